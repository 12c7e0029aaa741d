-- The newsflow store on PostgreSQL. Times are epoch milliseconds; *_json columns hold JSON text.
-- Shared with the dashboard, which reads these tables: add columns, never rename them.

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,
    url                 TEXT,
    title               TEXT    NOT NULL,
    body                TEXT    NOT NULL,
    summary             TEXT,
    source              TEXT    NOT NULL,
    feed_url            TEXT,
    published_at        BIGINT  NOT NULL,
    enriched_at         BIGINT  NOT NULL,
    language            TEXT    NOT NULL,
    language_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
    tone                DOUBLE PRECISION,
    enrichment_version  INTEGER NOT NULL,
    revision            INTEGER NOT NULL,
    content_hash        TEXT    NOT NULL,
    duplicate_of        TEXT,
    truncated           BOOLEAN NOT NULL DEFAULT FALSE,
    authors_json        TEXT    NOT NULL DEFAULT '[]',
    categories_json     TEXT    NOT NULL DEFAULT '[]',
    keywords_json       TEXT    NOT NULL DEFAULT '[]',
    mentions_json       TEXT    NOT NULL DEFAULT '[]',
    sentences_json      TEXT    NOT NULL DEFAULT '[]',
    -- Full text, kept in step with title and body by PostgreSQL itself. Query with the same
    -- configuration: search @@ websearch_to_tsquery('english', ?).
    search              TSVECTOR GENERATED ALWAYS AS (
                            setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                            || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')) STORED
);
CREATE INDEX articles_by_published_at ON articles (published_at DESC);
CREATE INDEX articles_by_source ON articles (source, published_at DESC);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE entities (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    country_code TEXT,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION
);
CREATE INDEX entities_by_name ON entities (name);

CREATE TABLE mentions (
    article_id         TEXT    NOT NULL,
    entity_id          TEXT    NOT NULL,
    mentions           INTEGER NOT NULL,
    salience           DOUBLE PRECISION NOT NULL DEFAULT 0,
    tone               DOUBLE PRECISION,
    in_title           BOOLEAN NOT NULL DEFAULT FALSE,
    surface_forms_json TEXT    NOT NULL DEFAULT '[]',
    published_at       BIGINT  NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX mentions_by_entity ON mentions (entity_id, published_at);

CREATE TABLE alerts (
    alert_id        TEXT PRIMARY KEY,
    rule_id         TEXT    NOT NULL,
    rule_name       TEXT    NOT NULL,
    rule_version    INTEGER NOT NULL,
    article_id      TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    url             TEXT,
    source          TEXT    NOT NULL,
    published_at    BIGINT  NOT NULL,
    alerted_at      BIGINT  NOT NULL,
    tone            DOUBLE PRECISION,
    entities_json   TEXT    NOT NULL DEFAULT '[]',
    snippets_json   TEXT    NOT NULL DEFAULT '[]',
    duplicate_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alerts_by_alerted_at ON alerts (alerted_at DESC);
CREATE INDEX alerts_by_rule ON alerts (rule_id, alerted_at DESC);

CREATE TABLE trends (
    entity_id    TEXT   NOT NULL,
    window_kind  TEXT   NOT NULL,
    window_start BIGINT NOT NULL,
    window_end   BIGINT NOT NULL,
    name         TEXT   NOT NULL,
    type         TEXT   NOT NULL,
    articles     BIGINT NOT NULL,
    mentions     BIGINT NOT NULL,
    tone_sum     DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, window_kind, window_start)
);
CREATE INDEX trends_by_window ON trends (window_kind, window_start);

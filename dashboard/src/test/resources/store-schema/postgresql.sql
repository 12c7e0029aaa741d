-- The store schema as BRIEF.md describes it (owned by the sink's Flyway migrations); the dashboard's
-- tests create it themselves until the sink's Database lands on main.
CREATE TABLE articles (
  id TEXT PRIMARY KEY, url TEXT, title TEXT NOT NULL, body TEXT NOT NULL, summary TEXT, source TEXT NOT NULL,
  feed_url TEXT, published_at BIGINT NOT NULL, enriched_at BIGINT NOT NULL, language TEXT NOT NULL,
  language_confidence DOUBLE PRECISION, tone DOUBLE PRECISION, enrichment_version INT NOT NULL, revision INT NOT NULL,
  content_hash TEXT, duplicate_of TEXT, truncated BOOLEAN NOT NULL DEFAULT FALSE, authors_json TEXT, categories_json TEXT,
  keywords_json TEXT, mentions_json TEXT, sentences_json TEXT,
  search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A')
                                       || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_search ON articles USING GIN (search);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country_code TEXT,
  latitude DOUBLE PRECISION, longitude DOUBLE PRECISION);
CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, mentions INT NOT NULL, salience DOUBLE PRECISION,
  tone DOUBLE PRECISION, in_title BOOLEAN NOT NULL DEFAULT FALSE, surface_forms_json TEXT, published_at BIGINT NOT NULL,
  PRIMARY KEY (article_id, entity_id));
CREATE INDEX mentions_entity ON mentions(entity_id, published_at);
CREATE TABLE alerts (alert_id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, rule_version INT NOT NULL,
  article_id TEXT NOT NULL, title TEXT NOT NULL, url TEXT, source TEXT, published_at BIGINT NOT NULL, alerted_at BIGINT NOT NULL,
  tone DOUBLE PRECISION, entities_json TEXT, snippets_json TEXT, duplicate_count INT NOT NULL DEFAULT 0);
CREATE TABLE trends (entity_id TEXT NOT NULL, window_kind TEXT NOT NULL, window_start BIGINT NOT NULL, window_end BIGINT NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, articles BIGINT NOT NULL, mentions BIGINT NOT NULL, tone_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, window_kind, window_start));

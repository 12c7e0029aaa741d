-- The store schema as BRIEF.md describes it (owned by the sink's Flyway migrations); the dashboard's
-- tests create it themselves until the sink's Database lands on main.
CREATE TABLE articles (
  id TEXT PRIMARY KEY, url TEXT, title TEXT NOT NULL, body TEXT NOT NULL, summary TEXT, source TEXT NOT NULL,
  feed_url TEXT, published_at INTEGER NOT NULL, enriched_at INTEGER NOT NULL, language TEXT NOT NULL,
  language_confidence REAL, tone REAL, enrichment_version INTEGER NOT NULL, revision INTEGER NOT NULL,
  content_hash TEXT, duplicate_of TEXT, truncated INTEGER NOT NULL DEFAULT 0, authors_json TEXT, categories_json TEXT,
  keywords_json TEXT, mentions_json TEXT, sentences_json TEXT);
CREATE INDEX articles_published ON articles(published_at);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country_code TEXT, latitude REAL, longitude REAL);
CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, mentions INTEGER NOT NULL, salience REAL,
  tone REAL, in_title INTEGER NOT NULL DEFAULT 0, surface_forms_json TEXT, published_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id));
CREATE INDEX mentions_entity ON mentions(entity_id, published_at);
CREATE TABLE alerts (alert_id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, rule_version INTEGER NOT NULL,
  article_id TEXT NOT NULL, title TEXT NOT NULL, url TEXT, source TEXT, published_at INTEGER NOT NULL, alerted_at INTEGER NOT NULL,
  tone REAL, entities_json TEXT, snippets_json TEXT, duplicate_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE trends (entity_id TEXT NOT NULL, window_kind TEXT NOT NULL, window_start INTEGER NOT NULL, window_end INTEGER NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, articles INTEGER NOT NULL, mentions INTEGER NOT NULL, tone_sum REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, window_kind, window_start));
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

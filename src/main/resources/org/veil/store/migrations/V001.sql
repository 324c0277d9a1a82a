-- Veil case database, version 1: case info, evidence sources, items, metadata, audit log.
CREATE TABLE case_info (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE sources (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL,
  path     TEXT NOT NULL UNIQUE,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);

CREATE TABLE items (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources(id),
  path        TEXT NOT NULL,
  parent_id   INTEGER REFERENCES items(id),
  size        INTEGER NOT NULL DEFAULT 0,
  modified_at TEXT,
  md5         TEXT,
  sha1        TEXT,
  sha256      TEXT,
  mime        TEXT,
  kind        TEXT,
  width       INTEGER,
  height      INTEGER,
  state       TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
  error       TEXT,
  flags       TEXT NOT NULL DEFAULT '',
  make        TEXT,
  model       TEXT,
  body_serial TEXT,
  lens        TEXT,
  software    TEXT,
  taken_at    TEXT,
  gps_lat     REAL,
  gps_lon     REAL,
  gps_alt     REAL,
  orientation INTEGER,
  ai_clues    TEXT NOT NULL DEFAULT '',
  pdq         TEXT,
  pdq_quality INTEGER,
  UNIQUE (source_id, path)
);
CREATE INDEX items_sha256 ON items(sha256);
CREATE INDEX items_md5 ON items(md5);
CREATE INDEX items_sha1 ON items(sha1);
CREATE INDEX items_state ON items(state);

CREATE TABLE metadata_tags (
  item_id   INTEGER NOT NULL REFERENCES items(id),
  directory TEXT NOT NULL,
  tag       TEXT NOT NULL,
  tag_id    INTEGER NOT NULL,
  value     TEXT
);
CREATE INDEX metadata_tags_item ON metadata_tags(item_id);

CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  examiner  TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  details   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);

-- The log is append-only for Veil itself; the hash chain catches anyone who drops these.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

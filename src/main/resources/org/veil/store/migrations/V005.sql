-- Veil case database, version 5: known-hash sets and the items that matched them.
-- VICS and plain lists are copied in (hash_set_entries); an NSRL RDS is far too large to copy, so
-- the case keeps its path and SHA-256 and matching reads the RDS file read-only (ADR 0181).

CREATE TABLE hash_sets (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  format        TEXT NOT NULL CHECK (format IN ('vics', 'nsrl', 'list')),
  version       TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('categories', 'known', 'alert')),
  scheme        TEXT REFERENCES category_schemes(id),
  source_path   TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  source_size   INTEGER NOT NULL,
  imported_by   TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  records       INTEGER NOT NULL DEFAULT 0,
  skipped       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hash_set_entries (
  id                INTEGER PRIMARY KEY,
  set_id            INTEGER NOT NULL REFERENCES hash_sets(id),
  md5               TEXT,
  sha1              TEXT,
  sha256            TEXT,
  category          TEXT,
  size              INTEGER,
  name              TEXT,
  media_id          TEXT,
  series            TEXT,
  tags              TEXT,
  comments          TEXT,
  precategorized    INTEGER,
  victim_identified INTEGER
);
CREATE INDEX hash_set_entries_md5 ON hash_set_entries(md5, set_id);
CREATE INDEX hash_set_entries_sha1 ON hash_set_entries(sha1, set_id);
CREATE INDEX hash_set_entries_sha256 ON hash_set_entries(sha256, set_id);

-- One row per item and set: the strongest hash that matched (sha256, then sha1, then md5).
CREATE TABLE hash_matches (
  item_id    INTEGER NOT NULL REFERENCES items(id),
  set_id     INTEGER NOT NULL REFERENCES hash_sets(id),
  matched_on TEXT NOT NULL CHECK (matched_on IN ('md5', 'sha1', 'sha256')),
  category   TEXT,
  detail     TEXT,
  matched_at TEXT NOT NULL,
  PRIMARY KEY (item_id, set_id)
);
CREATE INDEX hash_matches_set ON hash_matches(set_id);

-- 1 when the item matched a known-file set (NSRL): views hide these by default.
ALTER TABLE items ADD COLUMN known_file INTEGER NOT NULL DEFAULT 0;
CREATE INDEX items_known_file ON items(known_file);

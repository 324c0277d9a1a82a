-- Veil case database, version 4: category schemes, item categories, tags, notes, bookmarks.
-- Targets of tags, notes and bookmarks are polymorphic (an item or a chat message), so they carry
-- a kind and an id instead of a foreign key; Veil checks that the target exists before writing.

CREATE TABLE category_schemes (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE category_values (
  scheme      TEXT NOT NULL REFERENCES category_schemes(id),
  value       TEXT NOT NULL,
  label       TEXT NOT NULL,
  description TEXT NOT NULL,
  position    INTEGER NOT NULL,
  PRIMARY KEY (scheme, value)
);

INSERT INTO category_schemes(id, name) VALUES ('vic-us', 'Project VIC (US)');
INSERT INTO category_values(scheme, value, label, description, position) VALUES
  ('vic-us', '0', 'Non-pertinent', 'Not child abuse material and not relevant to the case', 0),
  ('vic-us', '1', 'Child abuse material', 'Child abuse material (CAM) as the law defines it', 1),
  ('vic-us', '2', 'Child exploitive / age difficult', 'Exploitive but not CAM, or the age cannot be determined', 2),
  ('vic-us', '3', 'CGI / animation', 'Computer-generated or animated child abuse material', 3),
  ('vic-us', '4', 'Comparison images', 'Kept for comparison and victim identification', 4);

INSERT INTO category_schemes(id, name) VALUES ('caid-uk', 'CAID (UK)');
INSERT INTO category_values(scheme, value, label, description, position) VALUES
  ('caid-uk', 'A', 'Category A', 'Penetrative sexual activity; sexual activity with an animal; sadism', 0),
  ('caid-uk', 'B', 'Category B', 'Non-penetrative sexual activity', 1),
  ('caid-uk', 'C', 'Category C', 'Other indecent images not falling within categories A or B', 2);

-- One row: the scheme the case's views and number keys use.
CREATE TABLE active_category_scheme (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  scheme    TEXT NOT NULL REFERENCES category_schemes(id)
);
INSERT INTO active_category_scheme(singleton, scheme) VALUES (1, 'vic-us');

-- At most one value per item and scheme; no row means uncategorised in that scheme.
CREATE TABLE item_categories (
  item_id    INTEGER NOT NULL REFERENCES items(id),
  scheme     TEXT NOT NULL,
  value      TEXT NOT NULL,
  provenance TEXT NOT NULL,
  set_by     TEXT NOT NULL,
  set_at     TEXT NOT NULL,
  PRIMARY KEY (item_id, scheme),
  FOREIGN KEY (scheme, value) REFERENCES category_values(scheme, value)
);
CREATE INDEX item_categories_value ON item_categories(scheme, value);

CREATE TABLE tags (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  colour     TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE target_tags (
  target_kind TEXT NOT NULL CHECK (target_kind IN ('item', 'message')),
  target_id   INTEGER NOT NULL,
  tag_id      INTEGER NOT NULL REFERENCES tags(id),
  tagged_by   TEXT NOT NULL,
  tagged_at   TEXT NOT NULL,
  PRIMARY KEY (target_kind, target_id, tag_id)
);
CREATE INDEX target_tags_tag ON target_tags(tag_id);

CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('item', 'message')),
  target_id   INTEGER NOT NULL,
  text        TEXT NOT NULL,
  written_by  TEXT NOT NULL,
  written_at  TEXT NOT NULL
);
CREATE INDEX notes_target ON notes(target_kind, target_id);

CREATE TABLE bookmarks (
  target_kind   TEXT NOT NULL CHECK (target_kind IN ('item', 'message')),
  target_id     INTEGER NOT NULL,
  label         TEXT NOT NULL DEFAULT '',
  bookmarked_by TEXT NOT NULL,
  bookmarked_at TEXT NOT NULL,
  PRIMARY KEY (target_kind, target_id)
);

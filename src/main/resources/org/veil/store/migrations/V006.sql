-- Veil case database, version 6: items per folder of each source, kept by triggers, so listing
-- the evidence tree of a large case reads a few hundred rows rather than every item's path.
-- A folder is the item path up to and including its last '/' ('' at the top of a source);
-- rtrim(path, replace(path, '/', '')) strips every trailing character that is not '/'.

CREATE TABLE folder_counts (
  source_id INTEGER NOT NULL REFERENCES sources(id),
  prefix    TEXT NOT NULL,
  items     INTEGER NOT NULL,
  PRIMARY KEY (source_id, prefix)
) WITHOUT ROWID;

INSERT INTO folder_counts(source_id, prefix, items)
  SELECT source_id, rtrim(path, replace(path, '/', '')), count(*) FROM items GROUP BY 1, 2;

-- Registering an item that exists already is an upsert's UPDATE, which fires no INSERT trigger.
CREATE TRIGGER items_counted_in_folder AFTER INSERT ON items
BEGIN
  INSERT INTO folder_counts(source_id, prefix, items)
    VALUES (NEW.source_id, rtrim(NEW.path, replace(NEW.path, '/', '')), 1)
    ON CONFLICT(source_id, prefix) DO UPDATE SET items = items + 1;
END;

-- Items are never moved or deleted today; should that change, the counts follow.
CREATE TRIGGER items_moved_between_folders AFTER UPDATE OF source_id, path ON items
  WHEN OLD.source_id IS NOT NEW.source_id OR OLD.path IS NOT NEW.path
BEGIN
  UPDATE folder_counts SET items = items - 1
    WHERE source_id = OLD.source_id AND prefix = rtrim(OLD.path, replace(OLD.path, '/', ''));
  DELETE FROM folder_counts
    WHERE source_id = OLD.source_id AND prefix = rtrim(OLD.path, replace(OLD.path, '/', ''))
      AND items <= 0;
  INSERT INTO folder_counts(source_id, prefix, items)
    VALUES (NEW.source_id, rtrim(NEW.path, replace(NEW.path, '/', '')), 1)
    ON CONFLICT(source_id, prefix) DO UPDATE SET items = items + 1;
END;

CREATE TRIGGER items_uncounted_in_folder AFTER DELETE ON items
BEGIN
  UPDATE folder_counts SET items = items - 1
    WHERE source_id = OLD.source_id AND prefix = rtrim(OLD.path, replace(OLD.path, '/', ''));
  DELETE FROM folder_counts
    WHERE source_id = OLD.source_id AND prefix = rtrim(OLD.path, replace(OLD.path, '/', ''))
      AND items <= 0;
END;

-- thumbs.db: small derived pictures, kept apart so case.db stays lean. Never evidence.
CREATE TABLE thumbnails (
  item_id INTEGER PRIMARY KEY,
  width   INTEGER NOT NULL,
  height  INTEGER NOT NULL,
  jpeg    BLOB NOT NULL
);

CREATE TABLE frame_strips (
  item_id INTEGER NOT NULL,
  frame   INTEGER NOT NULL,
  jpeg    BLOB NOT NULL,
  PRIMARY KEY (item_id, frame)
);

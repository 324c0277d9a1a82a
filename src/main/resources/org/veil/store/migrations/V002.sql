-- Veil case database, version 2: chats, participants, messages and the files messages carried.
-- Times are UTC text of one fixed width (2024-01-31T23:59:59.000Z) so they sort as text.

CREATE TABLE chats (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources(id),
  platform    TEXT NOT NULL,
  -- the platform's chat id, or for exports without one the source and name: what makes a
  -- second import of the same export find this chat again
  chat_key    TEXT NOT NULL,
  external_id TEXT,
  name        TEXT,
  type        TEXT,
  UNIQUE (platform, chat_key)
);

CREATE TABLE participants (
  id           INTEGER PRIMARY KEY,
  platform     TEXT NOT NULL,
  platform_id  TEXT NOT NULL,
  username     TEXT,
  display_name TEXT,
  -- lower-cased, NFKC-folded, without '@': what --user compares
  platform_id_key TEXT NOT NULL,
  username_key    TEXT,
  UNIQUE (platform, platform_id)
);
CREATE INDEX participants_platform_id_key ON participants(platform_id_key);
CREATE INDEX participants_username_key ON participants(username_key);

-- Display names over time: every name a participant sent under, with when it was first and last seen.
CREATE TABLE participant_names (
  participant_id INTEGER NOT NULL REFERENCES participants(id),
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL,
  first_seen     TEXT,
  last_seen      TEXT,
  PRIMARY KEY (participant_id, name)
);
CREATE INDEX participant_names_key ON participant_names(name_key);

CREATE TABLE messages (
  id                    INTEGER PRIMARY KEY,
  chat_id               INTEGER NOT NULL REFERENCES chats(id),
  external_id           TEXT NOT NULL,
  sent_at               TEXT,
  local_time            TEXT,
  sender_participant_id INTEGER REFERENCES participants(id),
  sender_ref            TEXT,
  sender_name           TEXT,
  text                  TEXT NOT NULL DEFAULT '',
  reply_to              TEXT,
  forwarded_from        TEXT,
  edited_at             TEXT,
  service               INTEGER NOT NULL DEFAULT 0,
  action                TEXT,
  UNIQUE (chat_id, external_id)
);
CREATE INDEX messages_chat_time ON messages(chat_id, sent_at);
CREATE INDEX messages_sender_time ON messages(sender_participant_id, sent_at);

-- The people a service line names (invited members), in order.
CREATE TABLE message_action_members (
  message_id INTEGER NOT NULL REFERENCES messages(id),
  ordinal    INTEGER NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (message_id, ordinal)
);

CREATE TABLE message_attachments (
  message_id  INTEGER NOT NULL REFERENCES messages(id),
  ordinal     INTEGER NOT NULL,
  path        TEXT,
  media_type  TEXT,
  mime_type   TEXT,
  present     INTEGER NOT NULL,
  -- where ingest finds the file: the evidence source and the item path inside it
  source_id   INTEGER REFERENCES sources(id),
  source_path TEXT,
  item_id     INTEGER REFERENCES items(id),
  PRIMARY KEY (message_id, ordinal)
);
CREATE INDEX message_attachments_item ON message_attachments(item_id);
CREATE INDEX message_attachments_unlinked ON message_attachments(source_id, source_path)
  WHERE item_id IS NULL;

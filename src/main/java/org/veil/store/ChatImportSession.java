package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.veil.model.Attachment;
import org.veil.model.Chat;
import org.veil.model.Message;
import org.veil.model.Participant;
import org.veil.model.SearchableMessage;
import org.veil.model.UserName;

/**
 * The writes of one chat import. Every method queues its work on the case's single writer thread,
 * where the session's caches live; a second import of the same export finds every chat and message
 * already there (unique keys) and adds nothing.
 */
public final class ChatImportSession {
  private final CaseDatabase db;
  private final long sourceId;
  private final String mediaPrefix;

  // Touched only on the writer thread.
  private final Map<String, Long> participantIds = new HashMap<>();
  private final Map<String, String> usernames = new HashMap<>();
  private final Map<NameKey, Instant[]> namesSeen = new LinkedHashMap<>();
  private boolean bulkSettings;

  private record NameKey(long participantId, String name) {}

  /** What one batch did. */
  public record BatchResult(List<SearchableMessage> added, int duplicates) {}

  ChatImportSession(CaseDatabase db, long sourceId, String mediaPrefix) {
    this.db = db;
    this.sourceId = sourceId;
    this.mediaPrefix = mediaPrefix;
  }

  /**
   * Finds or creates the chat; chats are told apart by the platform's id, or by source and name
   * when the export has no id.
   */
  public long chat(Chat chat) {
    return chatLater(chat).join();
  }

  /**
   * As {@link #chat(Chat)}, queued on the writer: message batches queued after it can name the chat
   * by this future without the parser waiting for the write.
   */
  public CompletableFuture<Long> chatLater(Chat chat) {
    String key =
        chat.externalId() != null && !chat.externalId().isBlank()
            ? chat.externalId()
            : "source:" + sourceId + ":" + (chat.name() == null ? "" : chat.name());
    return db.writeAsync(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO chats(source_id, platform, chat_key, external_id, name, type)"
                      + " VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT(platform, chat_key) DO UPDATE SET chat_key = chats.chat_key"
                      + " RETURNING id")) {
            upsert.setLong(1, sourceId);
            upsert.setString(2, chat.platform());
            upsert.setString(3, key);
            upsert.setString(4, chat.externalId());
            upsert.setString(5, chat.name());
            upsert.setString(6, chat.type());
            try (ResultSet rows = upsert.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  /**
   * Stores participants then messages of one chat in one transaction. Messages already stored (same
   * chat, same external id) are counted as duplicates and left as they are.
   *
   * @param platform the chat's platform, for the index documents
   */
  public CompletableFuture<BatchResult> messages(
      long chatId, String platform, List<Participant> participants, List<Message> messages) {
    return messages(CompletableFuture.completedFuture(chatId), platform, participants, messages);
  }

  /**
   * As above, for a chat from {@link #chatLater(Chat)}; the writer runs in order, so the chat is
   * written by the time this batch runs (a failed chat write fails the batch).
   */
  public CompletableFuture<BatchResult> messages(
      CompletableFuture<Long> chat,
      String platform,
      List<Participant> participants,
      List<Message> messages) {
    List<Participant> ownParticipants = List.copyOf(participants);
    List<Message> ownMessages = List.copyOf(messages);
    return db.writeAsync(
        connection -> {
          if (!bulkSettings) {
            // A large import touches index pages all over the messages table; the default 2 MB
            // page cache makes every insert a read: 256 MB, for this connection's life. And a
            // checkpoint (two fsyncs under synchronous=FULL) every 64 MB of WAL instead of
            // every 4 MB; finish() restores the default.
            try (var statement = connection.createStatement()) {
              statement.execute("PRAGMA cache_size = -262144");
              statement.execute("PRAGMA wal_autocheckpoint = 16384");
            }
            bulkSettings = true;
          }
          try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PARTICIPANT)) {
            for (Participant participant : ownParticipants) {
              upsertParticipant(upsert, participant);
            }
            long chatId = chat.join();
            return insertMessages(connection, upsert, chatId, platform, ownMessages);
          }
        });
  }

  /**
   * Records every display name each sender used in this import, with first and last time seen;
   * returns the participants who now have more than one name (their messages are re-indexed so any
   * of the names finds all of them).
   */
  public Set<Long> finish() {
    return db.write(
        connection -> {
          Set<Long> renamed = new HashSet<>();
          try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT OR IGNORE INTO participant_names(participant_id, name, name_key,"
                          + " first_seen, last_seen) VALUES (?, ?, ?, ?, ?)");
              PreparedStatement widen =
                  connection.prepareStatement(
                      "UPDATE participant_names SET"
                          + " first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen"
                          + " THEN ? ELSE first_seen END,"
                          + " last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen"
                          + " THEN ? ELSE last_seen END"
                          + " WHERE participant_id = ? AND name = ?");
              PreparedStatement count =
                  connection.prepareStatement(
                      "SELECT count(*) FROM participant_names WHERE participant_id = ?")) {
            for (var entry : namesSeen.entrySet()) {
              NameKey key = entry.getKey();
              String first = UtcText.of(entry.getValue()[0]);
              String last = UtcText.of(entry.getValue()[1]);
              insert.setLong(1, key.participantId());
              insert.setString(2, key.name());
              insert.setString(3, UserName.key(key.name()));
              insert.setString(4, first);
              insert.setString(5, last);
              boolean added = insert.executeUpdate() == 1;
              if (!added && first != null) {
                widen.setString(1, first);
                widen.setString(2, first);
                widen.setString(3, last);
                widen.setString(4, last);
                widen.setLong(5, key.participantId());
                widen.setString(6, key.name());
                widen.executeUpdate();
              }
              if (added) {
                count.setLong(1, key.participantId());
                try (ResultSet rows = count.executeQuery()) {
                  if (rows.next() && rows.getLong(1) > 1) {
                    renamed.add(key.participantId());
                  }
                }
              }
            }
          }
          namesSeen.clear();
          if (bulkSettings) {
            try (var statement = connection.createStatement()) {
              statement.execute("PRAGMA wal_autocheckpoint = 1000");
            }
            bulkSettings = false;
          }
          return renamed;
        });
  }

  /**
   * Links this import's attachments to the items ingest made of the same files (by source and
   * path); returns how many were linked.
   */
  public int linkAttachments() {
    return db.write(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE message_attachments SET item_id ="
                      + " (SELECT i.id FROM items i WHERE i.source_id = message_attachments.source_id"
                      + " AND i.path = message_attachments.source_path)"
                      + " WHERE source_id = ? AND item_id IS NULL AND source_path IS NOT NULL"
                      + " AND EXISTS (SELECT 1 FROM items i WHERE i.source_id ="
                      + " message_attachments.source_id AND i.path = message_attachments.source_path)")) {
            update.setLong(1, sourceId);
            return update.executeUpdate();
          }
        });
  }

  private static final String UPSERT_PARTICIPANT =
      "INSERT INTO participants(platform, platform_id, username, display_name,"
          + " platform_id_key, username_key) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT(platform, platform_id) DO UPDATE SET"
          + " username = coalesce(excluded.username, participants.username),"
          + " username_key = coalesce(excluded.username_key, participants.username_key),"
          + " display_name = coalesce(excluded.display_name, participants.display_name)"
          + " RETURNING id, username";

  private long upsertParticipant(PreparedStatement upsert, Participant participant)
      throws SQLException {
    upsert.setString(1, participant.platform());
    upsert.setString(2, participant.platformId());
    upsert.setString(3, blankToNull(participant.username()));
    upsert.setString(4, blankToNull(participant.displayName()));
    upsert.setString(5, UserName.key(participant.platformId()));
    String usernameKey = UserName.key(participant.username());
    upsert.setString(6, usernameKey.isEmpty() ? null : usernameKey);
    try (ResultSet rows = upsert.executeQuery()) {
      rows.next();
      long id = rows.getLong(1);
      participantIds.put(participant.platformId(), id);
      String username = rows.getString(2);
      if (username != null) {
        usernames.put(participant.platformId(), username);
      }
      return id;
    }
  }

  private BatchResult insertMessages(
      Connection connection,
      PreparedStatement upsert,
      long chatId,
      String platform,
      List<Message> messages)
      throws SQLException {
    List<SearchableMessage> added = new ArrayList<>(messages.size());
    int duplicates = 0;
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO messages(chat_id, external_id, sent_at, local_time,"
                    + " sender_participant_id, sender_ref, sender_name, text, reply_to,"
                    + " forwarded_from, edited_at, service, action)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT(chat_id, external_id) DO NOTHING RETURNING id");
        PreparedStatement attachment =
            connection.prepareStatement(
                "INSERT INTO message_attachments(message_id, ordinal, path, media_type,"
                    + " mime_type, present, source_id, source_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement member =
            connection.prepareStatement(
                "INSERT INTO message_action_members(message_id, ordinal, name) VALUES (?, ?, ?)")) {
      boolean attachmentsQueued = false;
      boolean membersQueued = false;
      for (Message message : messages) {
        Long participantId = senderParticipant(upsert, platform, message);
        int i = 1;
        insert.setLong(i++, chatId);
        insert.setString(i++, message.externalId());
        insert.setString(i++, UtcText.of(message.sentAt()));
        insert.setString(i++, message.localTime());
        if (participantId == null) {
          insert.setNull(i++, java.sql.Types.INTEGER);
        } else {
          insert.setLong(i++, participantId);
        }
        insert.setString(i++, message.senderId());
        insert.setString(i++, message.senderName());
        insert.setString(i++, message.text() == null ? "" : message.text());
        insert.setString(i++, message.replyTo());
        insert.setString(i++, message.forwardedFrom());
        insert.setString(i++, UtcText.of(message.editedAt()));
        insert.setInt(i++, message.service() ? 1 : 0);
        insert.setString(i, message.action());
        long id;
        try (ResultSet rows = insert.executeQuery()) {
          if (!rows.next()) {
            duplicates++;
            continue;
          }
          id = rows.getLong(1);
        }
        int ordinal = 0;
        for (Attachment file : message.attachments()) {
          attachment.setLong(1, id);
          attachment.setInt(2, ordinal++);
          attachment.setString(3, file.path());
          attachment.setString(4, file.mediaType());
          attachment.setString(5, file.mimeType());
          attachment.setInt(6, file.present() ? 1 : 0);
          attachment.setLong(7, sourceId);
          attachment.setString(
              8, file.present() && file.path() != null ? mediaPrefix + file.path() : null);
          attachment.addBatch();
          attachmentsQueued = true;
        }
        int position = 0;
        for (String name : message.actionMembers()) {
          member.setLong(1, id);
          member.setInt(2, position++);
          member.setString(3, name);
          member.addBatch();
          membersQueued = true;
        }
        if (participantId != null && message.senderName() != null) {
          seen(participantId, message.senderName(), message.sentAt());
        }
        List<String> names =
            message.senderId() != null && usernames.containsKey(message.senderId())
                ? List.of(usernames.get(message.senderId()))
                : List.of();
        added.add(
            new SearchableMessage(
                id,
                chatId,
                platform,
                message.senderId(),
                message.senderName(),
                names,
                message.sentAt(),
                message.text()));
      }
      if (attachmentsQueued) {
        attachment.executeBatch();
      }
      if (membersQueued) {
        member.executeBatch();
      }
    }
    return new BatchResult(added, duplicates);
  }

  private Long senderParticipant(PreparedStatement upsert, String platform, Message message)
      throws SQLException {
    String platformId = message.senderId();
    if (platformId == null || platformId.isBlank()) {
      return null;
    }
    Long id = participantIds.get(platformId);
    if (id == null) {
      id =
          upsertParticipant(
              upsert, new Participant(0, platform, platformId, null, message.senderName()));
    }
    return id;
  }

  private void seen(long participantId, String name, Instant at) {
    Instant[] span =
        namesSeen.computeIfAbsent(new NameKey(participantId, name), k -> new Instant[2]);
    if (at != null) {
      if (span[0] == null || at.isBefore(span[0])) {
        span[0] = at;
      }
      if (span[1] == null || at.isAfter(span[1])) {
        span[1] = at;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

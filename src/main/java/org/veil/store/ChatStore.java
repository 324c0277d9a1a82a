package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.veil.model.Attachment;
import org.veil.model.ChatSummary;
import org.veil.model.MediaPosting;
import org.veil.model.Message;
import org.veil.model.SearchableMessage;
import org.veil.model.StoredAttachment;
import org.veil.model.StoredMessage;
import org.veil.model.UserName;

/** Chats, participants and messages: imports write through a session, everything else reads. */
public final class ChatStore {
  private static final String MESSAGE_COLUMNS =
      "m.id, m.chat_id, m.sender_participant_id, m.external_id, m.sent_at, m.local_time,"
          + " m.sender_ref, m.sender_name, m.text, m.reply_to, m.forwarded_from, m.edited_at,"
          + " m.service, m.action, r.id";

  private static final String REPLY_JOIN =
      " LEFT JOIN messages r ON r.chat_id = m.chat_id AND r.external_id = m.reply_to";

  /** Messages with a row per attachment (what {@code streamMessages} folds back together). */
  private static final String MESSAGES_WITH_ATTACHMENTS =
      "SELECT "
          + MESSAGE_COLUMNS
          + ", a.path, a.media_type, a.mime_type, a.present, a.item_id, i.sha256"
          + " FROM messages m"
          + REPLY_JOIN
          + " LEFT JOIN message_attachments a ON a.message_id = m.id"
          + " LEFT JOIN items i ON i.id = a.item_id";

  private static final String POSTING_SELECT =
      "SELECT i.sha256, i.id, a.path, m.id, m.external_id, c.id, c.name, c.platform,"
          + " m.sender_ref, m.sender_name, m.sent_at"
          + " FROM message_attachments a"
          + " JOIN items i ON i.id = a.item_id"
          + " JOIN messages m ON m.id = a.message_id"
          + " JOIN chats c ON c.id = m.chat_id";

  private final CaseDatabase db;

  public ChatStore(CaseDatabase db) {
    this.db = db;
  }

  /**
   * Starts the writes of one import from {@code sourceId}.
   *
   * @param mediaPrefix what turns an attachment's path in the export into the item path ingest
   *     gives the same file in that source ({@code ""} for a folder, {@code "chat.zip!/"} for a
   *     zip)
   */
  public ChatImportSession session(long sourceId, String mediaPrefix) {
    return new ChatImportSession(db, sourceId, mediaPrefix);
  }

  public List<ChatSummary> chats() {
    return db.read(connection -> summaries(connection, null));
  }

  public Optional<ChatSummary> chat(long id) {
    return db.read(connection -> summaries(connection, id).stream().findFirst());
  }

  private static List<ChatSummary> summaries(Connection connection, Long only) throws SQLException {
    String sql =
        "SELECT c.id, c.platform, c.name, c.type, c.external_id, c.source_id,"
            + " coalesce(sum(m.service = 0), 0), coalesce(sum(m.service = 1), 0),"
            + " count(DISTINCT m.sender_participant_id), min(m.sent_at), max(m.sent_at)"
            + " FROM chats c LEFT JOIN messages m ON m.chat_id = c.id"
            + (only == null ? "" : " WHERE c.id = ?")
            + " GROUP BY c.id ORDER BY c.id";
    List<ChatSummary> out = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (only != null) {
        select.setLong(1, only);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(
              new ChatSummary(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getLong(6),
                  rows.getLong(7),
                  rows.getLong(8),
                  rows.getLong(9),
                  UtcText.parse(rows.getString(10)),
                  UtcText.parse(rows.getString(11))));
        }
      }
    }
    return out;
  }

  /** Every message of a chat in time order (messages without a time last), with attachments. */
  public void forEachMessage(long chatId, Consumer<StoredMessage> consumer) {
    db.read(
        connection -> {
          Map<Long, List<String>> members = actionMembers(connection, chatId);
          try (PreparedStatement select =
              connection.prepareStatement(
                  MESSAGES_WITH_ATTACHMENTS
                      + " WHERE m.chat_id = ?"
                      + " ORDER BY m.sent_at IS NULL, m.sent_at, m.id, a.ordinal")) {
            select.setLong(1, chatId);
            streamMessages(select, members, consumer);
          }
          return null;
        });
  }

  /** One message by row id. */
  public Optional<StoredMessage> message(long id) {
    return db.read(
        connection -> {
          List<StoredMessage> found = new ArrayList<>(1);
          try (PreparedStatement select =
              connection.prepareStatement(
                  MESSAGES_WITH_ATTACHMENTS + " WHERE m.id = ? ORDER BY a.ordinal")) {
            select.setLong(1, id);
            streamMessages(select, membersOf(connection, id), found::add);
          }
          return found.stream().findFirst();
        });
  }

  public long messageCount() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT count(*) FROM messages");
              ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
          }
        });
  }

  /**
   * Every stored message as the search index needs it, with every name its sender is known by: what
   * a rebuild of the index is fed.
   */
  public void forEachSearchable(Consumer<SearchableMessage> consumer) {
    forEachSearchable(null, consumer);
  }

  /** The messages of these participants, as {@link #forEachSearchable(Consumer)}. */
  public void forEachSearchableOf(
      Collection<Long> participantIds, Consumer<SearchableMessage> consumer) {
    if (!participantIds.isEmpty()) {
      forEachSearchable(participantIds, consumer);
    }
  }

  private void forEachSearchable(
      Collection<Long> participantIds, Consumer<SearchableMessage> consumer) {
    db.read(
        connection -> {
          Map<Long, List<String>> names = senderNames(connection);
          String sql =
              "SELECT m.id, m.chat_id, c.platform, m.sender_ref, m.sender_name,"
                  + " m.sender_participant_id, m.sent_at, m.text"
                  + " FROM messages m JOIN chats c ON c.id = m.chat_id";
          if (participantIds != null) {
            sql += " WHERE m.sender_participant_id IN (SELECT value FROM json_each(?))";
          }
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (participantIds != null) {
              select.setString(1, participantIds.toString());
            }
            select.setFetchSize(2000);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                long participant = rows.getLong(6);
                List<String> senderNames =
                    rows.wasNull() ? List.of() : names.getOrDefault(participant, List.of());
                consumer.accept(
                    new SearchableMessage(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        senderNames,
                        UtcText.parse(rows.getString(7)),
                        rows.getString(8)));
              }
            }
          }
          return null;
        });
  }

  /** Username and every display name of each participant. */
  private static Map<Long, List<String>> senderNames(Connection connection) throws SQLException {
    Map<Long, List<String>> names = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, username, display_name FROM participants"
                    + " UNION ALL SELECT participant_id, NULL, name FROM participant_names");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        List<String> list = names.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>(2));
        for (String name : new String[] {rows.getString(2), rows.getString(3)}) {
          if (name != null && !list.contains(name)) {
            list.add(name);
          }
        }
      }
    }
    return names;
  }

  /** Every message that carried a file with this SHA-256, in every chat, oldest first. */
  public List<MediaPosting> postingsOfSha256(String sha256) {
    String hash = sha256.strip().toLowerCase(java.util.Locale.ROOT);
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  POSTING_SELECT
                      + " WHERE i.sha256 = ?"
                      + " ORDER BY m.sent_at IS NULL, m.sent_at, m.id")) {
            select.setString(1, hash);
            return postings(select);
          }
        });
  }

  /** The distribution of an item: every posting of a file with the item's SHA-256. */
  public List<MediaPosting> postingsOfItem(long itemId) {
    Optional<String> sha256 =
        db.read(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement("SELECT sha256 FROM items WHERE id = ?")) {
                select.setLong(1, itemId);
                try (ResultSet rows = select.executeQuery()) {
                  return rows.next()
                      ? Optional.ofNullable(rows.getString(1))
                      : Optional.<String>empty();
                }
              }
            });
    return sha256.map(this::postingsOfSha256).orElse(List.of());
  }

  /**
   * The media a user posted (files the export contained and ingest hashed), oldest first. The user
   * is matched as search does: username, platform id or any display name, whole and
   * case-insensitively.
   */
  public List<MediaPosting> postedBy(String user) {
    String key = UserName.key(user);
    if (key.isEmpty()) {
      return List.of();
    }
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  POSTING_SELECT
                      + " WHERE m.sender_participant_id IN ("
                      + " SELECT id FROM participants WHERE platform_id_key = ? OR username_key = ?"
                      + " UNION SELECT participant_id FROM participant_names WHERE name_key = ?)"
                      + " ORDER BY m.sent_at IS NULL, m.sent_at, m.id, a.ordinal")) {
            select.setString(1, key);
            select.setString(2, key);
            select.setString(3, key);
            return postings(select);
          }
        });
  }

  private static List<MediaPosting> postings(PreparedStatement select) throws SQLException {
    List<MediaPosting> out = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        out.add(
            new MediaPosting(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                UtcText.parse(rows.getString(11))));
      }
    }
    return out;
  }

  private static Map<Long, List<String>> actionMembers(Connection connection, long chatId)
      throws SQLException {
    Map<Long, List<String>> members = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT a.message_id, a.name FROM message_action_members a"
                + " JOIN messages m ON m.id = a.message_id WHERE m.chat_id = ?"
                + " ORDER BY a.message_id, a.ordinal")) {
      select.setLong(1, chatId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          members.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return members;
  }

  private static Map<Long, List<String>> membersOf(Connection connection, long messageId)
      throws SQLException {
    Map<Long, List<String>> members = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name FROM message_action_members WHERE message_id = ? ORDER BY ordinal")) {
      select.setLong(1, messageId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          members.computeIfAbsent(messageId, k -> new ArrayList<>()).add(rows.getString(1));
        }
      }
    }
    return members;
  }

  /** Rows of a message joined to its attachments, folded back into one message each. */
  private static void streamMessages(
      PreparedStatement select, Map<Long, List<String>> members, Consumer<StoredMessage> consumer)
      throws SQLException {
    select.setFetchSize(1000);
    try (ResultSet rows = select.executeQuery()) {
      long current = Long.MIN_VALUE;
      Object[] head = null;
      List<StoredAttachment> files = new ArrayList<>();
      while (rows.next()) {
        long id = rows.getLong(1);
        if (id != current) {
          if (head != null) {
            consumer.accept(stored(head, files, members));
          }
          current = id;
          head = messageColumns(rows);
          files = new ArrayList<>();
        }
        String path = rows.getString(16);
        int present = rows.getInt(19);
        boolean hasAttachment = !rows.wasNull();
        if (hasAttachment) {
          long itemId = rows.getLong(20);
          Long item = rows.wasNull() ? null : itemId;
          files.add(
              new StoredAttachment(
                  new Attachment(path, rows.getString(17), rows.getString(18), present == 1),
                  item,
                  rows.getString(21)));
        }
      }
      if (head != null) {
        consumer.accept(stored(head, files, members));
      }
    }
  }

  private static Object[] messageColumns(ResultSet rows) throws SQLException {
    Object[] values = new Object[15];
    for (int i = 0; i < 15; i++) {
      values[i] = rows.getObject(i + 1);
    }
    return values;
  }

  private static StoredMessage stored(
      Object[] c, List<StoredAttachment> files, Map<Long, List<String>> members) {
    long id = ((Number) c[0]).longValue();
    Message message =
        new Message(
            (String) c[3],
            UtcText.parse((String) c[4]),
            (String) c[5],
            (String) c[6],
            (String) c[7],
            (String) c[8],
            (String) c[9],
            (String) c[10],
            UtcText.parse((String) c[11]),
            ((Number) c[12]).intValue() == 1,
            (String) c[13],
            members.getOrDefault(id, List.of()),
            files.stream().map(StoredAttachment::attachment).toList());
    Long participant = c[2] == null ? null : ((Number) c[2]).longValue();
    Long replyTo = c[14] == null ? null : ((Number) c[14]).longValue();
    return new StoredMessage(id, ((Number) c[1]).longValue(), participant, replyTo, message, files);
  }
}

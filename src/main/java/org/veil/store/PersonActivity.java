package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.veil.model.Participant;
import org.veil.model.UserName;

/**
 * What one person did across every room of a case: who they are (the participants a name matches),
 * when they were first and last seen, and the service lines about them (rooms created, joined by
 * link, being invited or added) — when they came into each room.
 */
public final class PersonActivity {
  private final CaseDatabase db;

  public PersonActivity(CaseDatabase db) {
    this.db = db;
  }

  /** A person's presence: messages they sent (service lines included) and the time span. */
  public record Seen(long messages, long chats, Instant firstAt, Instant lastAt) {}

  /**
   * A service line that brought the person into a room or that they performed there.
   *
   * @param asActor true when the person did it (created the room, joined by link, invited others);
   *     false when another named them (invited or added them)
   */
  public record RoomEvent(
      long messageId,
      long chatId,
      String chatName,
      String action,
      String actor,
      Instant sentAt,
      boolean asActor) {}

  /**
   * The participants a name stands for, matched as search's {@code --user} does: platform id,
   * username or any display name they used, whole and case-insensitively.
   */
  public List<Participant> find(String user) {
    String key = UserName.key(user);
    if (key.isEmpty()) {
      return List.of();
    }
    return db.read(
        connection -> {
          List<Participant> out = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + ParticipantStore.COLUMNS
                      + " FROM participants"
                      + " WHERE platform_id_key = ? OR username_key = ? OR id IN"
                      + " (SELECT participant_id FROM participant_names WHERE name_key = ?)"
                      + " ORDER BY id")) {
            select.setString(1, key);
            select.setString(2, key);
            select.setString(3, key);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(ParticipantStore.participant(rows));
              }
            }
          }
          return out;
        });
  }

  /** Every display name the participants sent under, first seen first. */
  public List<String> names(Collection<Long> participantIds) {
    return db.read(
        connection -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT DISTINCT name FROM participant_names"
                      + " WHERE participant_id IN (SELECT value FROM json_each(?))"
                      + " ORDER BY first_seen IS NULL, first_seen, name")) {
            select.setString(1, participantIds.toString());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(rows.getString(1));
              }
            }
          }
          return out;
        });
  }

  public Seen seen(Collection<Long> participantIds) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT count(*), count(DISTINCT chat_id), min(sent_at), max(sent_at)"
                      + " FROM messages"
                      + " WHERE sender_participant_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, participantIds.toString());
            try (ResultSet rows = select.executeQuery()) {
              rows.next();
              return new Seen(
                  rows.getLong(1),
                  rows.getLong(2),
                  UtcText.parse(rows.getString(3)),
                  UtcText.parse(rows.getString(4)));
            }
          }
        });
  }

  /**
   * Service lines the participants performed, and the ones that name them as members (invited,
   * added), oldest first. Members are named as exported (display names), so they are compared with
   * every display name and username the participants are known by.
   */
  public List<RoomEvent> roomEvents(Collection<Long> participantIds) {
    if (participantIds.isEmpty()) {
      return List.of();
    }
    return db.read(connection -> events(connection, participantIds.toString()));
  }

  private static List<RoomEvent> events(Connection connection, String ids) throws SQLException {
    String sql =
        "SELECT m.id, m.chat_id, c.name, m.action, m.sender_name, m.sent_at,"
            + " m.sender_participant_id IN (SELECT value FROM json_each(?1))"
            + " FROM messages m JOIN chats c ON c.id = m.chat_id"
            + " WHERE m.service = 1 AND ("
            + " m.sender_participant_id IN (SELECT value FROM json_each(?1))"
            + " OR m.id IN (SELECT a.message_id FROM message_action_members a WHERE a.name IN ("
            + "  SELECT name FROM participant_names"
            + "   WHERE participant_id IN (SELECT value FROM json_each(?1))"
            + "  UNION SELECT display_name FROM participants"
            + "   WHERE id IN (SELECT value FROM json_each(?1)) AND display_name IS NOT NULL"
            + "  UNION SELECT username FROM participants"
            + "   WHERE id IN (SELECT value FROM json_each(?1)) AND username IS NOT NULL)))"
            + " ORDER BY m.sent_at IS NULL, m.sent_at, m.id";
    List<RoomEvent> out = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(
              new RoomEvent(
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  UtcText.parse(rows.getString(6)),
                  rows.getInt(7) == 1));
        }
      }
    }
    return out;
  }
}

package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The messages just before and after one message in its chat, in the order a conversation view
 * shows them (by time, messages without a time last, then by row id): the context a tagged message
 * needs in a report.
 */
public final class MessageNeighbours {
  private static final String KEY = "(m.sent_at IS NULL, coalesce(m.sent_at, ''), m.id)";

  private final CaseDatabase db;

  public MessageNeighbours(CaseDatabase db) {
    this.db = db;
  }

  /**
   * Row ids of up to {@code before} and {@code after} neighbours, oldest first, without the
   * message.
   */
  public Context around(long messageId, int before, int after) {
    return db.read(
        connection -> {
          Object[] anchor = anchor(connection, messageId);
          if (anchor == null) {
            return new Context(List.of(), List.of());
          }
          List<Long> earlier = neighbours(connection, anchor, messageId, "<", "DESC", before);
          Collections.reverse(earlier);
          List<Long> later = neighbours(connection, anchor, messageId, ">", "ASC", after);
          return new Context(earlier, later);
        });
  }

  /** Neighbour ids, each list oldest first. */
  public record Context(List<Long> before, List<Long> after) {}

  private static Object[] anchor(Connection connection, long messageId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT chat_id, sent_at FROM messages WHERE id = ?")) {
      select.setLong(1, messageId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? new Object[] {rows.getLong(1), rows.getString(2)} : null;
      }
    }
  }

  private static List<Long> neighbours(
      Connection connection, Object[] anchor, long messageId, String op, String order, int limit)
      throws SQLException {
    List<Long> out = new ArrayList<>();
    if (limit <= 0) {
      return out;
    }
    String sentAt = (String) anchor[1];
    // op and order are fixed words chosen above, never input
    String sql =
        "SELECT m.id FROM messages m WHERE m.chat_id = ? AND "
            + KEY
            + " "
            + op
            + " (?, ?, ?) ORDER BY m.sent_at IS NULL "
            + order
            + ", m.sent_at "
            + order
            + ", m.id "
            + order
            + " LIMIT ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, (Long) anchor[0]);
      select.setInt(2, sentAt == null ? 1 : 0);
      select.setString(3, sentAt == null ? "" : sentAt);
      select.setLong(4, messageId);
      select.setInt(5, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(rows.getLong(1));
        }
      }
    }
    return out;
  }
}

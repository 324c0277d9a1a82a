package org.veil.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.SearchableMessage;
import org.veil.model.UserName;

/**
 * SQLite FTS5 over the same messages, in a scratch database of its own: the baseline the search
 * benchmark measures the Lucene index against. Not part of a case.
 */
public final class FullTextBaseline implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement insertText;
  private final PreparedStatement insertUser;

  private FullTextBaseline(Connection connection) throws SQLException {
    this.connection = connection;
    this.insertText = connection.prepareStatement("INSERT INTO fts(rowid, text) VALUES (?, ?)");
    this.insertUser =
        connection.prepareStatement(
            "INSERT INTO users(message_id, user_key, sent_at) VALUES (?, ?, ?)");
  }

  /** Creates the scratch database at {@code file}, replacing one left there before. */
  public static FullTextBaseline create(Path file) {
    try {
      Files.deleteIfExists(file);
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL"); // scratch data, rebuilt on every run
        statement.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')");
        statement.execute(
            "CREATE TABLE users(message_id INTEGER NOT NULL, user_key TEXT NOT NULL,"
                + " sent_at INTEGER)");
      }
      connection.setAutoCommit(false);
      return new FullTextBaseline(connection);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot create the FTS5 baseline: " + e.getMessage(), e);
    }
  }

  /** Adds messages in one transaction. */
  public void add(List<SearchableMessage> messages) {
    try {
      for (SearchableMessage message : messages) {
        insertText.setLong(1, message.id());
        insertText.setString(2, message.text());
        insertText.addBatch();
        Long sent = message.sentAt() == null ? null : message.sentAt().toEpochMilli();
        List<String> names = new ArrayList<>(message.senderNames());
        names.add(message.senderId());
        names.add(message.sender());
        for (String name : names.stream().map(UserName::key).distinct().toList()) {
          if (name.isEmpty()) {
            continue;
          }
          insertUser.setLong(1, message.id());
          insertUser.setString(2, name);
          if (sent == null) {
            insertUser.setNull(3, java.sql.Types.INTEGER);
          } else {
            insertUser.setLong(3, sent);
          }
          insertUser.addBatch();
        }
      }
      insertText.executeBatch();
      insertUser.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot fill the FTS5 baseline: " + e.getMessage(), e);
    }
  }

  /** Builds the sender index after loading (faster than keeping it up to date while loading). */
  public void finishLoading() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX users_key ON users(user_key, sent_at)");
      statement.execute("INSERT INTO fts(fts) VALUES ('optimize')");
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot index the FTS5 baseline: " + e.getMessage(), e);
    }
  }

  /**
   * The best {@code limit} messages for an FTS5 MATCH expression, by bm25, each with its snippet
   * (as the Lucene search returns them); returns their ids.
   */
  public List<Long> match(String expression, int limit) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT rowid, snippet(fts, 0, '<b>', '</b>', '…', 24) FROM fts"
                + " WHERE fts MATCH ? ORDER BY rank LIMIT ?")) {
      select.setString(1, expression);
      select.setInt(2, limit);
      return ids(select);
    } catch (SQLException e) {
      throw new StoreException("FTS5 query failed: " + e.getMessage(), e);
    }
  }

  /** The first {@code limit} messages of a sender (username, id or display name), oldest first. */
  public List<Long> byUser(String user, int limit) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT u.message_id, f.text FROM users u JOIN fts f ON f.rowid = u.message_id"
                + " WHERE u.user_key = ? ORDER BY u.sent_at LIMIT ?")) {
      select.setString(1, UserName.key(user));
      select.setInt(2, limit);
      return ids(select);
    } catch (SQLException e) {
      throw new StoreException("FTS5 user query failed: " + e.getMessage(), e);
    }
  }

  private static List<Long> ids(PreparedStatement select) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
        rows.getString(2); // fetch the text or snippet, as a search result needs it
      }
    }
    return ids;
  }

  @Override
  public void close() {
    try {
      insertText.close();
      insertUser.close();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the FTS5 baseline: " + e.getMessage(), e);
    }
  }
}

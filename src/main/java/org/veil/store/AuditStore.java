package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.veil.model.AuditEvent;

/**
 * Rows of the audit log. It only stores and reads: computing and checking the hash chain is the
 * {@code audit} package's job, done inside the same write transaction through {@link Appender}.
 */
public final class AuditStore {
  private final CaseDatabase db;

  public AuditStore(CaseDatabase db) {
    this.db = db;
  }

  /** Builds the next event from the current head; runs on the writer thread. */
  @FunctionalInterface
  public interface Appender {
    AuditEvent next(Optional<AuditEvent> head);
  }

  /** Appends one event atomically: reading the head and inserting happen in one transaction. */
  public AuditEvent append(Appender appender) {
    return db.write(connection -> appendIn(connection, appender));
  }

  /**
   * Appends one event inside a write that is already running on the writer connection, so a change
   * and its audit row commit or roll back together.
   */
  static AuditEvent appendIn(Connection connection, Appender appender) throws SQLException {
    AuditEvent event = appender.next(head(connection));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_log(seq, at, examiner, action, target, details, prev_hash,"
                + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, event.seq());
      insert.setString(2, event.at().toString());
      insert.setString(3, event.examiner());
      insert.setString(4, event.action());
      insert.setString(5, event.target());
      insert.setString(6, event.details());
      insert.setString(7, event.prevHash());
      insert.setString(8, event.hash());
      insert.executeUpdate();
    }
    anchor(connection, event);
    return event;
  }

  /**
   * Keeps the head's sequence and hash in case_info too, so cutting rows off the end of the log
   * shows up as a mismatch instead of a shorter but valid chain.
   */
  private static void anchor(Connection connection, AuditEvent event) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO case_info(key, value) VALUES ('audit_head', ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      upsert.setString(1, event.seq() + ":" + event.hash());
      upsert.executeUpdate();
    }
  }

  /** The recorded head as {@code seq:hash}, if any event was ever appended. */
  public Optional<String> anchoredHead() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT value FROM case_info WHERE key = 'audit_head'")) {
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
          }
        });
  }

  public Optional<AuditEvent> head() {
    return db.read(AuditStore::head);
  }

  private static Optional<AuditEvent> head(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, at, examiner, action, target, details, prev_hash, hash"
                    + " FROM audit_log ORDER BY seq DESC LIMIT 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? Optional.of(event(rows)) : Optional.empty();
    }
  }

  /** Every row in storage order (rowid), which is how a verifier must see them. */
  public void forEach(Consumer<AuditEvent> consumer) {
    db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT seq, at, examiner, action, target, details, prev_hash, hash"
                          + " FROM audit_log ORDER BY rowid");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              consumer.accept(event(rows));
            }
          }
          return null;
        });
  }

  public List<AuditEvent> all() {
    List<AuditEvent> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  private static AuditEvent event(ResultSet rows) throws SQLException {
    return new AuditEvent(
        rows.getLong(1),
        Instant.parse(rows.getString(2)),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8));
  }
}

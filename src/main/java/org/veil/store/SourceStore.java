package org.veil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veil.model.EvidenceSource;
import org.veil.model.EvidenceSource.SourceKind;

/** Evidence sources: what was added, by whom and when. */
public final class SourceStore {
  private final CaseDatabase db;

  public SourceStore(CaseDatabase db) {
    this.db = db;
  }

  /** Adds a source, or returns the one already recorded for the same path. */
  public EvidenceSource add(SourceKind kind, String path, String addedBy, Instant addedAt) {
    return db.write(
        connection -> {
          Optional<EvidenceSource> existing = find(connection, path);
          if (existing.isPresent()) {
            return existing.get();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO sources(kind, path, added_by, added_at) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.label());
            insert.setString(2, path);
            insert.setString(3, addedBy);
            insert.setString(4, addedAt.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return new EvidenceSource(keys.getLong(1), kind, path, addedBy, addedAt);
            }
          }
        });
  }

  public Optional<EvidenceSource> byPath(String path) {
    return db.read(connection -> find(connection, path));
  }

  public Optional<EvidenceSource> byId(long id) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, kind, path, added_by, added_at FROM sources WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(source(rows)) : Optional.empty();
            }
          }
        });
  }

  public List<EvidenceSource> all() {
    return db.read(
        connection -> {
          List<EvidenceSource> out = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, kind, path, added_by, added_at FROM sources ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.add(source(rows));
            }
          }
          return out;
        });
  }

  private static Optional<EvidenceSource> find(java.sql.Connection connection, String path)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, kind, path, added_by, added_at FROM sources WHERE path = ?")) {
      select.setString(1, path);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(source(rows)) : Optional.empty();
      }
    }
  }

  private static EvidenceSource source(ResultSet rows) throws SQLException {
    return new EvidenceSource(
        rows.getLong(1),
        SourceKind.valueOf(rows.getString(2).toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        rows.getString(3),
        rows.getString(4),
        Instant.parse(rows.getString(5)));
  }
}

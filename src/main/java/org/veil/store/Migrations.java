package org.veil.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Schema versions as SQL resources {@code migrations/V001.sql}, {@code V002.sql}, ...; the applied
 * version is {@code PRAGMA user_version}. Each step runs in its own transaction.
 */
final class Migrations {
  private static final int MAX_VERSION_SCANNED = 99;

  private final TreeMap<Integer, String> scripts;

  private Migrations(TreeMap<Integer, String> scripts) {
    this.scripts = scripts;
  }

  static Migrations forResource(String folder) {
    TreeMap<Integer, String> scripts = new TreeMap<>();
    for (int version = 1; version <= MAX_VERSION_SCANNED; version++) {
      String name = folder + "/" + String.format(Locale.ROOT, "V%03d.sql", version);
      try (InputStream in = Migrations.class.getResourceAsStream(name)) {
        if (in != null) {
          scripts.put(version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read migration " + name, e);
      }
    }
    return new Migrations(scripts);
  }

  int latest() {
    return scripts.isEmpty() ? 0 : scripts.lastKey();
  }

  void apply(Connection connection, String what) throws SQLException, CaseException {
    int current = userVersion(connection);
    if (current > latest()) {
      throw new CaseException(
          what
              + " was written by a newer Veil (schema version "
              + current
              + ", this Veil knows "
              + latest()
              + ")");
    }
    for (var step : scripts.tailMap(current, false).entrySet()) {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements(step.getValue())) {
          statement.executeUpdate(sql);
        }
        // user_version takes no bind parameters; the value is our own integer
        statement.executeUpdate("PRAGMA user_version = " + step.getKey());
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    }
  }

  static int userVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA user_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** Splits a script at statement ends; trigger bodies (BEGIN ... END;) stay whole. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBody = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      String upper = trimmed.toUpperCase(Locale.ROOT);
      if (upper.equals("BEGIN")) {
        inBody = true;
      } else if (inBody && upper.equals("END;")) {
        inBody = false;
        out.add(current.toString().strip());
        current.setLength(0);
      } else if (!inBody && trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}

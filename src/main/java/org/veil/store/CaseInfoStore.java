package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.veil.model.CaseInfo;

/** The case's identity, as key/value rows so later versions can add keys without a migration. */
final class CaseInfoStore {
  private CaseInfoStore() {}

  static Void save(Connection connection, CaseInfo info) throws SQLException {
    Map<String, String> values = new HashMap<>();
    values.put("name", info.name());
    values.put("number", info.number());
    values.put("agency", info.agency());
    values.put("examiner", info.examiner());
    values.put("created", info.created().toString());
    values.put("time_zone", info.timeZone().getId());
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO case_info(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      for (var entry : values.entrySet()) {
        upsert.setString(1, entry.getKey());
        upsert.setString(2, entry.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    return null;
  }

  static CaseInfo load(Connection connection) throws SQLException {
    Map<String, String> values = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT key, value FROM case_info");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.put(rows.getString(1), rows.getString(2));
      }
    }
    String created = values.get("created");
    String zone = values.get("time_zone");
    return new CaseInfo(
        values.getOrDefault("name", ""),
        values.get("number"),
        values.get("agency"),
        values.get("examiner"),
        created == null ? Instant.EPOCH : Instant.parse(created),
        zone == null ? ZoneId.of("UTC") : ZoneId.of(zone));
  }
}

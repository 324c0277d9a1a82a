package org.veil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.ItemPlace;
import org.veil.model.ItemTime;

/** The few columns the timeline and the map draw, read in one pass each (no full item rows). */
public final class InsightQuery {
  private final CaseDatabase db;

  public InsightQuery(CaseDatabase db) {
    this.db = db;
  }

  /** Items whose metadata names a time taken, in id order. */
  public List<ItemTime> takenTimes() {
    return db.read(
        connection -> {
          List<ItemTime> out = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, taken_at FROM items WHERE taken_at IS NOT NULL ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.add(new ItemTime(rows.getLong(1), rows.getString(2)));
            }
          }
          return out;
        });
  }

  /** Items with a GPS position, in id order; positions outside the globe are left out. */
  public List<ItemPlace> places() {
    return db.read(
        connection -> {
          List<ItemPlace> out = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, gps_lat, gps_lon FROM items"
                      + " WHERE gps_lat IS NOT NULL AND gps_lon IS NOT NULL"
                      + " AND gps_lat BETWEEN ? AND ? AND gps_lon BETWEEN ? AND ? ORDER BY id")) {
            select.setDouble(1, -90);
            select.setDouble(2, 90);
            select.setDouble(3, -180);
            select.setDouble(4, 180);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                out.add(new ItemPlace(rows.getLong(1), rows.getDouble(2), rows.getDouble(3)));
              }
            }
          }
          return out;
        });
  }

  /** Every message's sent time (UTC), in time order; messages without a time are left out. */
  public List<Instant> messageTimes() {
    return db.read(
        connection -> {
          List<Instant> out = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT sent_at FROM messages WHERE sent_at IS NOT NULL ORDER BY sent_at");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              try {
                out.add(UtcText.parse(rows.getString(1)));
              } catch (DateTimeParseException skipped) {
                // a time the importer wrote cannot be unreadable; if it is, it has no place here
              }
            }
          }
          return out;
        });
  }
}

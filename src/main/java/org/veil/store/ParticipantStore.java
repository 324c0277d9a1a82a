package org.veil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.veil.model.Participant;

/** The accounts chat imports found, read-only, for exports that list who took part. */
public final class ParticipantStore {
  private final CaseDatabase db;

  public ParticipantStore(CaseDatabase db) {
    this.db = db;
  }

  /** Every participant in id order. */
  public void forEach(Consumer<Participant> consumer) {
    db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT " + COLUMNS + " FROM participants ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              consumer.accept(participant(rows));
            }
          }
          return null;
        });
  }

  /** The columns {@link #participant} reads, in its order. */
  static final String COLUMNS = "id, platform, platform_id, username, display_name";

  /** The participant on the current row of a select of {@link #COLUMNS}. */
  static Participant participant(ResultSet rows) throws java.sql.SQLException {
    return new Participant(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5));
  }

  public List<Participant> all() {
    List<Participant> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }
}

package org.veil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.veil.model.Hashes;

/**
 * An NSRL RDSv3 SQLite file, opened read-only and immutable so that nothing (not even a journal or
 * WAL file) is ever written beside it. Hashes are read from the {@code METADATA} table, or the
 * {@code FILE} view when that is all there is, with columns {@code sha256}, {@code sha1}, {@code
 * md5}, {@code file_name} and {@code file_size}.
 */
public final class NsrlFile implements AutoCloseable {
  private static final List<String> TABLES = List.of("METADATA", "FILE");
  private static final List<String> NEEDED = List.of("sha256", "sha1", "md5", "file_name");

  private final Connection connection;
  private final String table;
  private final List<String> indexedHashes;

  private NsrlFile(Connection connection, String table, List<String> indexedHashes) {
    this.connection = connection;
    this.table = table;
    this.indexedHashes = indexedHashes;
  }

  /** A hit: which hash matched and the file name the RDS gives for it. */
  public record Hit(String matchedOn, String fileName) {}

  /** Opens the file; a missing file or one without the RDSv3 tables is an IOException. */
  public static NsrlFile open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such NSRL file: " + file);
    }
    try (var in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(16);
      if (!new String(header, java.nio.charset.StandardCharsets.ISO_8859_1)
          .equals("SQLite format 3\0")) {
        throw new IOException(file + " is not an SQLite file, so not an NSRL RDSv3 set");
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Connection connection = null;
    try {
      connection =
          DriverManager.getConnection(
              "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1",
              config.toProperties());
      String table = findTable(connection, file);
      List<String> indexed = indexedHashes(connection, table);
      return new NsrlFile(connection, table, indexed);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IOException("cannot read the NSRL file " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing was written; the handle goes with the process
      }
    }
  }

  private static String findTable(Connection connection, Path file)
      throws SQLException, IOException {
    for (String table : TABLES) {
      Set<String> columns = new HashSet<>();
      // table names come from TABLES, never from input; PRAGMA takes no bind parameters
      try (PreparedStatement info =
              connection.prepareStatement("PRAGMA table_info(" + table + ")");
          ResultSet rows = info.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString("name").toLowerCase(Locale.ROOT));
        }
      }
      if (!columns.isEmpty() && columns.containsAll(NEEDED)) {
        return table;
      }
    }
    throw new IOException(
        file + " is not an NSRL RDSv3 file: no METADATA or FILE table with " + NEEDED);
  }

  /** Hash columns with an index of their own, so lookups need no full scan. */
  private static List<String> indexedHashes(Connection connection, String table)
      throws SQLException {
    Set<String> firstColumns = new HashSet<>();
    List<String> indexes = new ArrayList<>();
    try (PreparedStatement list = connection.prepareStatement("PRAGMA index_list(" + table + ")");
        ResultSet rows = list.executeQuery()) {
      while (rows.next()) {
        indexes.add(rows.getString("name"));
      }
    }
    for (String index : indexes) {
      try (PreparedStatement info =
          connection.prepareStatement("SELECT name FROM pragma_index_info(?) WHERE seqno = 0"); ) {
        info.setString(1, index);
        try (ResultSet rows = info.executeQuery()) {
          if (rows.next()) {
            firstColumns.add(rows.getString(1).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return HashSetStore.HASH_KINDS.stream().filter(firstColumns::contains).toList();
  }

  /** The RDS release from its {@code VERSION} table, or null when the file has none. */
  public String version() throws IOException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT name FROM sqlite_master WHERE name = 'VERSION' COLLATE NOCASE");
        ResultSet rows = select.executeQuery()) {
      if (!rows.next()) {
        return null;
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the NSRL version: " + e.getMessage(), e);
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT * FROM VERSION LIMIT 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new IOException("cannot read the NSRL version: " + e.getMessage(), e);
    }
  }

  /** How many rows the hash table holds. */
  public long count() throws IOException {
    try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IOException("cannot count the NSRL rows: " + e.getMessage(), e);
    }
  }

  /** Which lookup the file allows: an indexed hash column, or none (one full scan per call). */
  public List<String> indexedHashes() {
    return indexedHashes;
  }

  /**
   * Looks the items up: through an indexed hash column when there is one, otherwise in one pass
   * over the table against the wanted hashes held in memory. Case of hex digits is ignored.
   */
  public Map<Long, Hit> find(Map<Long, Hashes> items) throws IOException {
    try {
      return indexedHashes.isEmpty() ? scan(items) : lookUp(items, indexedHashes.get(0));
    } catch (SQLException e) {
      throw new IOException("cannot read the NSRL file: " + e.getMessage(), e);
    }
  }

  private Map<Long, Hit> lookUp(Map<Long, Hashes> items, String kind) throws SQLException {
    Map<Long, Hit> out = new LinkedHashMap<>();
    // kind and table are constants chosen above; the hashes are bound
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT file_name FROM " + table + " WHERE " + kind + " IN (?, ?) LIMIT 1")) {
      for (var entry : items.entrySet()) {
        String hash = hashOf(entry.getValue(), kind);
        if (hash == null) {
          continue;
        }
        select.setString(1, hash.toLowerCase(Locale.ROOT));
        select.setString(2, hash.toUpperCase(Locale.ROOT));
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            out.put(entry.getKey(), new Hit(kind, rows.getString(1)));
          }
        }
      }
    }
    return out;
  }

  private Map<Long, Hit> scan(Map<Long, Hashes> items) throws SQLException {
    Map<String, Map<String, List<Long>>> wanted = new HashMap<>();
    for (String kind : HashSetStore.HASH_KINDS) {
      wanted.put(kind, new HashMap<>());
    }
    items.forEach(
        (id, hashes) -> {
          for (String kind : HashSetStore.HASH_KINDS) {
            String hash = hashOf(hashes, kind);
            if (hash != null) {
              wanted
                  .get(kind)
                  .computeIfAbsent(hash.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                  .add(id);
            }
          }
        });
    Map<Long, Hit> out = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT sha256, sha1, md5, file_name FROM " + table);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        for (int column = 1; column <= 3; column++) {
          String value = rows.getString(column);
          if (value == null) {
            continue;
          }
          String kind = HashSetStore.HASH_KINDS.get(column - 1);
          List<Long> ids = wanted.get(kind).get(value.toLowerCase(Locale.ROOT));
          if (ids != null) {
            for (long id : ids) {
              Hit previous = out.get(id);
              // keep the strongest hash that matched
              if (previous == null
                  || HashSetStore.HASH_KINDS.indexOf(kind)
                      < HashSetStore.HASH_KINDS.indexOf(previous.matchedOn())) {
                out.put(id, new Hit(kind, rows.getString(4)));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static String hashOf(Hashes hashes, String kind) {
    return switch (kind) {
      case "sha256" -> hashes.sha256();
      case "sha1" -> hashes.sha1();
      default -> hashes.md5();
    };
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }
}

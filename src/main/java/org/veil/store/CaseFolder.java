package org.veil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.veil.model.CaseInfo;

/**
 * A case on disk: {@code Name.veil/} with {@code case.db}, {@code thumbs.db}, {@code index/} and
 * {@code exports/}. Opening takes an OS lock so only one Veil process works on a case at a time.
 */
public final class CaseFolder implements AutoCloseable {
  public static final String EXTENSION = ".veil";
  static final String CASE_DB = "case.db";
  static final String THUMBS_DB = "thumbs.db";

  private final Path dir;
  private final CaseLock lock;
  private final CaseDatabase db;
  private final CaseDatabase thumbsDb;

  private CaseFolder(Path dir, CaseLock lock, CaseDatabase db, CaseDatabase thumbsDb) {
    this.dir = dir;
    this.lock = lock;
    this.db = db;
    this.thumbsDb = thumbsDb;
  }

  /** Creates a new case; the folder must not exist yet or be empty. */
  public static CaseFolder create(Path dir, CaseInfo info) throws CaseException {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(absolute)) {
        if (!Files.isDirectory(absolute)) {
          throw new CaseException(absolute + " exists and is not a folder");
        }
        try (var entries = Files.list(absolute)) {
          if (entries.findAny().isPresent()) {
            throw new CaseException(absolute + " is not empty; choose a new folder for the case");
          }
        }
      }
      Files.createDirectories(absolute.resolve("index"));
      Files.createDirectories(absolute.resolve("exports"));
    } catch (IOException e) {
      throw new CaseException(
          "cannot create the case folder " + absolute + ": " + e.getMessage(), e);
    }
    CaseFolder folder = openUnchecked(absolute);
    folder.db.write(connection -> CaseInfoStore.save(connection, info));
    return folder;
  }

  /** Opens an existing case, migrating its schema when this Veil is newer. */
  public static CaseFolder open(Path dir) throws CaseException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute.resolve(CASE_DB))) {
      throw new CaseException(absolute + " is not a Veil case (no " + CASE_DB + ")");
    }
    return openUnchecked(absolute);
  }

  public static boolean isCase(Path dir) {
    return Files.isRegularFile(dir.resolve(CASE_DB));
  }

  private static CaseFolder openUnchecked(Path dir) throws CaseException {
    CaseLock lock = CaseLock.acquire(dir);
    CaseDatabase db = null;
    try {
      db = CaseDatabase.open(dir.resolve(CASE_DB), "migrations", "veil-writer");
      CaseDatabase thumbs =
          CaseDatabase.open(dir.resolve(THUMBS_DB), "thumbs-migrations", "veil-thumbs-writer");
      return new CaseFolder(dir, lock, db, thumbs);
    } catch (CaseException | RuntimeException e) {
      if (db != null) {
        db.close();
      }
      try {
        lock.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  public Path dir() {
    return dir;
  }

  public Path indexDir() {
    return dir.resolve("index");
  }

  public Path exportsDir() {
    return dir.resolve("exports");
  }

  /** A scratch folder inside the case (never beside evidence) for spooled archive members. */
  public Path cacheDir() throws IOException {
    return Files.createDirectories(dir.resolve("cache"));
  }

  public CaseDatabase db() {
    return db;
  }

  public CaseDatabase thumbsDb() {
    return thumbsDb;
  }

  public CaseInfo info() {
    return db.read(CaseInfoStore::load);
  }

  public ZoneId timeZone() {
    return info().timeZone();
  }

  public String name() {
    return info().name();
  }

  public Instant created() {
    return info().created();
  }

  @Override
  public void close() {
    try {
      thumbsDb.close();
    } finally {
      try {
        db.close();
      } finally {
        try {
          lock.close();
        } catch (IOException ignored) {
          // the OS releases the lock with the process anyway
        }
      }
    }
  }
}

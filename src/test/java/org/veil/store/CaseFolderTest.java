package org.veil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.CaseInfo;
import org.veil.testing.TestCases;

class CaseFolderTest {
  @TempDir Path temp;

  @Test
  void createsTheFolderLayoutAndKeepsCaseInfo() throws Exception {
    Path dir = temp.resolve("Alpha.veil");
    try (CaseFolder folder = CaseFolder.create(dir, TestCases.info("Alpha"))) {
      assertTrue(Files.isRegularFile(dir.resolve("case.db")));
      assertTrue(Files.isRegularFile(dir.resolve("thumbs.db")));
      assertTrue(Files.isDirectory(dir.resolve("index")));
      assertTrue(Files.isDirectory(dir.resolve("exports")));
    }
    try (CaseFolder folder = CaseFolder.open(dir)) {
      CaseInfo info = folder.info();
      assertEquals(TestCases.info("Alpha"), info);
    }
  }

  @Test
  void databaseIsWalWithFullSyncAndCurrentSchema() throws Exception {
    try (CaseFolder folder = TestCases.create(temp, "Beta")) {
      String journal =
          folder
              .db()
              .read(c -> c.createStatement().executeQuery("PRAGMA journal_mode").getString(1));
      int sync =
          folder.db().read(c -> c.createStatement().executeQuery("PRAGMA synchronous").getInt(1));
      int version = folder.db().read(Migrations::userVersion);
      assertEquals("wal", journal);
      assertEquals(2, sync, "synchronous=FULL is 2");
      assertEquals(Migrations.forResource("migrations").latest(), version);
      // the writer uses the same settings
      int writerSync =
          folder.db().write(c -> c.createStatement().executeQuery("PRAGMA synchronous").getInt(1));
      assertEquals(2, writerSync);
    }
  }

  @Test
  void aSecondOpenGetsAClearErrorNotACorruptCase() throws Exception {
    try (CaseFolder first = TestCases.create(temp, "Gamma")) {
      CaseLockedException error =
          assertThrows(CaseLockedException.class, () -> CaseFolder.open(first.dir()));
      assertTrue(error.getMessage().contains("open in another window"), error.getMessage());
    }
    // released on close
    try (CaseFolder again = CaseFolder.open(temp.resolve("Gamma.veil"))) {
      assertEquals("Gamma", again.name());
    }
  }

  @Test
  void aSecondProcessIsRefused() throws Exception {
    try (CaseFolder first = TestCases.create(temp, "Delta")) {
      Process other =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.veil.Launcher",
                  "case",
                  "info",
                  first.dir().toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(other.getInputStream().readAllBytes());
      assertEquals(2, other.waitFor(), output);
      assertTrue(output.contains("case is open in another window"), output);
      assertEquals(1, output.strip().lines().count(), "one line, no stack trace: " + output);
    }
  }

  @Test
  void refusesNonEmptyFoldersAndNonCases() throws Exception {
    Path busy = Files.createDirectories(temp.resolve("busy"));
    Files.writeString(busy.resolve("note.txt"), "x");
    assertThrows(CaseException.class, () -> CaseFolder.create(busy, TestCases.info("x")));
    assertThrows(CaseException.class, () -> CaseFolder.open(busy));
  }

  @Test
  void refusesACaseFromANewerVeil() throws Exception {
    Path dir;
    try (CaseFolder folder = TestCases.create(temp, "Future")) {
      dir = folder.dir();
    }
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"))) {
      connection.createStatement().execute("PRAGMA user_version = 999");
    }
    CaseException error = assertThrows(CaseException.class, () -> CaseFolder.open(dir));
    assertTrue(error.getMessage().contains("newer Veil"), error.getMessage());
  }

  @Test
  void splitsScriptsKeepingTriggerBodiesWhole() {
    var statements =
        Migrations.statements(
            "CREATE TABLE a(x);\n-- note\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
                + "  SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a(x);\n");
    assertEquals(3, statements.size());
    assertTrue(statements.get(1).contains("RAISE"));
  }
}

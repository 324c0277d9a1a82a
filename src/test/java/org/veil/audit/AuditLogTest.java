package org.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.AuditEvent;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.StoreException;
import org.veil.testing.TestCases;

/** Tampering with raw SQL, as someone with the file and a sqlite shell could, is always caught. */
class AuditLogTest {
  @TempDir Path temp;
  private Path dir;

  @BeforeEach
  void fiveEvents() throws Exception {
    try (CaseFolder folder = TestCases.create(temp, "Audit")) {
      dir = folder.dir();
      AuditLog log = new AuditLog(new AuditStore(folder.db()));
      for (int i = 1; i <= 5; i++) {
        log.record("examiner-a", "test.event", "item:" + i, Map.of("n", i, "note", "ü \"q\""));
      }
    }
  }

  private AuditVerification verify() throws Exception {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      return AuditVerifier.verify(new AuditStore(folder.db()));
    }
  }

  private void tamper(String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"))) {
      c.createStatement().execute("DROP TRIGGER audit_log_no_update");
      c.createStatement().execute("DROP TRIGGER audit_log_no_delete");
      for (String statement : sql) {
        c.createStatement().execute(statement);
      }
    }
  }

  @Test
  void anUntouchedLogVerifies() throws Exception {
    AuditVerification result = verify();
    assertTrue(result.intact(), result.reason());
    assertEquals(5, result.rows());
  }

  @Test
  void chainsEachEventToTheOneBefore() throws Exception {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      var events = new AuditStore(folder.db()).all();
      assertEquals(AuditLog.GENESIS, events.getFirst().prevHash());
      for (int i = 1; i < events.size(); i++) {
        assertEquals(events.get(i - 1).hash(), events.get(i).prevHash());
      }
      assertEquals("{\"n\":1,\"note\":\"ü \\\"q\\\"\"}", events.getFirst().details());
    }
  }

  @Test
  void veilItselfCannotUpdateOrDeleteRows() throws Exception {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      assertThrows(
          StoreException.class,
          () -> folder.db().write(c -> c.createStatement().executeUpdate("DELETE FROM audit_log")));
      assertThrows(
          StoreException.class,
          () ->
              folder
                  .db()
                  .write(
                      c -> c.createStatement().executeUpdate("UPDATE audit_log SET examiner='x'")));
    }
  }

  @Test
  void detectsAnEditedRow() throws Exception {
    tamper("UPDATE audit_log SET examiner = 'mallory' WHERE seq = 3");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(3, result.firstBadSeq(), result.reason());
  }

  @Test
  void detectsEditedDetails() throws Exception {
    tamper("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 2");
    assertEquals(2, verify().firstBadSeq());
  }

  @Test
  void detectsADeletedRow() throws Exception {
    tamper("DELETE FROM audit_log WHERE seq = 2");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(3, result.firstBadSeq(), result.reason());
  }

  @Test
  void detectsRowsCutOffTheEnd() throws Exception {
    tamper("DELETE FROM audit_log WHERE seq >= 4");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(4, result.firstBadSeq(), result.reason());
  }

  @Test
  void detectsAnInsertedRow() throws Exception {
    // a forged row with a correct-looking own hash, slotted in by renumbering the rest
    tamper(
        "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3",
        "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103",
        "INSERT INTO audit_log(seq, at, examiner, action, target, details, prev_hash, hash)"
            + " SELECT 3, at, 'mallory', 'forged', 'x', '{}', hash, hash FROM audit_log WHERE seq = 2");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(3, result.firstBadSeq(), result.reason());
  }

  @Test
  void detectsReorderedRows() throws Exception {
    tamper(
        "UPDATE audit_log SET seq = 100 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = 100");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(2, result.firstBadSeq(), result.reason());
  }

  @Test
  void aForgerWhoRecomputesOneHashStillBreaksTheNextLink() throws Exception {
    AuditEvent third;
    try (CaseFolder folder = CaseFolder.open(dir)) {
      third = new AuditStore(folder.db()).all().get(2);
    }
    String forged =
        AuditLog.hash(
            third.seq(),
            third.at(),
            "mallory",
            third.action(),
            third.target(),
            third.details(),
            third.prevHash());
    tamper("UPDATE audit_log SET examiner = 'mallory', hash = '" + forged + "' WHERE seq = 3");
    AuditVerification result = verify();
    assertFalse(result.intact());
    assertEquals(4, result.firstBadSeq(), result.reason());
  }
}

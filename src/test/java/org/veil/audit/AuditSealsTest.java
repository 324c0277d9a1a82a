package org.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.AuditEvent;
import org.veil.model.AuditFilter;
import org.veil.model.AuditSeal;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.testing.TestCases;

class AuditSealsTest {
  @TempDir Path temp;

  private static void fill(AuditLog log, int n) {
    for (int i = 1; i <= n; i++) {
      log.record("examiner-a", "tag.added", "item:" + i, Map.of("n", i));
    }
  }

  @Test
  void aSealNamesTheHeadItFollowsAndTheChainStillVerifies() throws Exception {
    try (CaseFolder folder = TestCases.create(temp, "Seal")) {
      AuditLog log = new AuditLog(new AuditStore(folder.db()));
      fill(log, 4);
      AuditEvent head = log.store().head().orElseThrow();

      AuditSeal seal = new AuditSeals(log).seal("examiner-b", "reviewed all 4 events");

      assertEquals(5, seal.seq());
      assertEquals(4, seal.sealedSeq());
      assertEquals(4, seal.events());
      assertEquals(head.hash(), seal.sealedHash());
      assertEquals("examiner-b", seal.examiner());
      assertEquals("reviewed all 4 events", seal.statement());
      AuditEvent row = log.store().head().orElseThrow();
      assertEquals(AuditSeals.SEALED, row.action());
      assertEquals(row.hash(), seal.hash());
      assertTrue(AuditVerifier.verify(log.store()).intact());

      fill(log, 2);
      AuditSeal second = new AuditSeals(log).seal("examiner-a", null);
      assertEquals(
          List.of(5L, 8L), new AuditSeals(log).seals().stream().map(AuditSeal::seq).toList());
      assertEquals(second, new AuditSeals(log).latest().orElseThrow());
      assertEquals("", second.statement());
      assertTrue(AuditVerifier.verify(log.store()).intact());
    }
  }

  @Test
  void anEmptyLogCannotBeSealed() throws Exception {
    try (CaseFolder folder = TestCases.create(temp, "Empty")) {
      AuditLog log = new AuditLog(new AuditStore(folder.db()));
      assertThrows(IllegalArgumentException.class, () -> new AuditSeals(log).seal("e", "x"));
      assertTrue(log.store().all().isEmpty(), "a refused seal writes nothing");
    }
  }

  @Test
  void aBrokenChainIsNeverSealed() throws Exception {
    Path dir;
    try (CaseFolder folder = TestCases.create(temp, "Broken")) {
      dir = folder.dir();
      fill(new AuditLog(new AuditStore(folder.db())), 3);
    }
    tamper(dir, "UPDATE audit_log SET examiner = 'mallory' WHERE seq = 2");
    try (CaseFolder folder = CaseFolder.open(dir)) {
      AuditLog log = new AuditLog(new AuditStore(folder.db()));
      AuditSeals.BrokenChainException refused =
          assertThrows(
              AuditSeals.BrokenChainException.class, () -> new AuditSeals(log).seal("e", ""));
      assertTrue(refused.getMessage().contains("row 2"), refused.getMessage());
      assertEquals(3, log.store().all().size());
    }
  }

  @Test
  void aForgedSealThatClaimsAnEarlierHeadIsCaughtEvenWithAValidHash() throws Exception {
    Path dir;
    AuditEvent head;
    try (CaseFolder folder = TestCases.create(temp, "Forged")) {
      dir = folder.dir();
      AuditLog log = new AuditLog(new AuditStore(folder.db()));
      fill(log, 3);
      head = log.store().head().orElseThrow();
    }
    // row 4 claims to seal only row 1, with a hash recomputed over its forged details
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sealed_seq", 1L);
    details.put("sealed_hash", head.hash());
    details.put("events", 1L);
    details.put("statement", "");
    String canonical = CanonicalJson.of(details);
    Instant at = Instant.parse("2026-02-01T00:00:00Z");
    String hash =
        AuditLog.hash(4, at, "mallory", AuditSeals.SEALED, "audit", canonical, head.hash());
    tamper(
        dir,
        "INSERT INTO audit_log(seq, at, examiner, action, target, details, prev_hash, hash) VALUES"
            + " (4, '"
            + at
            + "', 'mallory', 'audit.sealed', 'audit', '"
            + canonical
            + "', '"
            + head.hash()
            + "', '"
            + hash
            + "')",
        "UPDATE case_info SET value = '4:" + hash + "' WHERE key = 'audit_head'");
    try (CaseFolder folder = CaseFolder.open(dir)) {
      AuditVerification result = AuditVerifier.verify(new AuditStore(folder.db()));
      assertFalse(result.intact());
      assertEquals(4, result.firstBadSeq());
      assertTrue(result.reason().contains("seal"), result.reason());
    }
  }

  @Test
  void filtersByExaminerActionFamilyTargetAndTime() {
    Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
    AuditEvent tag = new AuditEvent(1, t0, "Kim", "tag.added", "item:7", "{}", "0", "a");
    AuditEvent note =
        new AuditEvent(2, t0.plusSeconds(60), "lee", "note.added", "message:3", "{}", "a", "b");
    assertTrue(new AuditFilter("kim", null, null, null, null).matches(tag));
    assertFalse(new AuditFilter("kim", null, null, null, null).matches(note));
    assertTrue(new AuditFilter(null, "tag.", null, null, null).matches(tag));
    assertFalse(new AuditFilter(null, "tag", null, null, null).matches(tag), "whole action only");
    assertTrue(new AuditFilter(null, "NOTE.ADDED", null, null, null).matches(note));
    assertTrue(new AuditFilter(null, null, "item:7", null, null).matches(tag));
    assertFalse(new AuditFilter(null, null, "item:70", null, null).matches(tag));
    assertTrue(new AuditFilter(null, null, null, t0, t0.plusSeconds(1)).matches(tag));
    assertFalse(
        new AuditFilter(null, null, null, t0, t0.plusSeconds(60)).matches(note), "to is exclusive");
    assertTrue(AuditFilter.ALL.matches(note));
    assertThrows(IllegalArgumentException.class, () -> new AuditFilter(null, null, null, t0, t0));
  }

  private static void tamper(Path dir, String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"))) {
      c.createStatement().execute("DROP TRIGGER IF EXISTS audit_log_no_update");
      c.createStatement().execute("DROP TRIGGER IF EXISTS audit_log_no_delete");
      for (String statement : sql) {
        c.createStatement().execute(statement);
      }
    }
  }
}

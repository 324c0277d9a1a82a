package org.veil.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditSeals;
import org.veil.model.AuditSeal;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.task.TaskRunner;
import org.veil.testing.TestCases;
import org.veil.ui.OpenCase;

/** The audit screen's filters, chain check and seal, on a log written at known times (Seoul). */
class AuditViewModelTest {
  @TempDir Path temp;
  private Path dir;

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void writeLog() throws Exception {
    dir = temp.resolve("Audit.veil");
    HandClock clock = new HandClock();
    try (CaseFolder folder = CaseFolder.create(dir, TestCases.info("Audit"))) {
      AuditLog log = new AuditLog(new AuditStore(folder.db()), clock);
      record(log, clock, "2026-03-01T00:30:00Z", "examiner-a", "case.created", "case");
      record(log, clock, "2026-03-01T15:30:00Z", "examiner-a", "category.set", "item:12");
      record(log, clock, "2026-03-02T02:00:00Z", "examiner-b", "tag.added", "item:12");
      record(log, clock, "2026-03-03T01:00:00Z", "examiner-b", "category.set", "item:13");
    }
  }

  private static void record(
      AuditLog log, HandClock clock, String at, String who, String action, String target) {
    clock.now = Instant.parse(at);
    log.record(who, action, target, Map.of("n", 1));
  }

  private final List<OpenCase> opened = new java.util.ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void close() {
    opened.forEach(OpenCase::close);
  }

  private AuditViewModel open(Path caseDir) throws Exception {
    OpenCase open = new OpenCase(CaseFolder.open(caseDir), TaskRunner.sameThread());
    opened.add(open);
    AuditViewModel model = new AuditViewModel(open);
    model.load();
    return model;
  }

  private static List<Long> seqs(AuditViewModel model) {
    return model.rows().stream().map(AuditViewModel.Row::seq).toList();
  }

  @Test
  void showsEveryRowInTheCaseTimeZone() throws Exception {
    AuditViewModel model = open(dir);
    assertEquals(List.of(1L, 2L, 3L, 4L), seqs(model));
    AuditViewModel.Row second = model.rows().get(1);
    assertEquals("2026-03-02 00:30:00 +09:00", second.time());
    assertEquals("examiner-a", second.examiner());
    assertEquals("category.set", second.action());
    assertEquals("item:12", second.target());
    assertEquals("{\"n\":1}", second.details());
    assertEquals(List.of("examiner-a", "examiner-b"), model.examiners());
    assertEquals(List.of("case.", "category.", "tag."), model.actionFamilies());
    assertEquals("4 of 4 rows · times in Asia/Seoul", model.summaryProperty().get());
  }

  @Test
  void filtersByExaminerActionFamilyTargetAndCaseDays() throws Exception {
    AuditViewModel model = open(dir);
    model.examinerProperty().set("EXAMINER-B");
    model.applyFilter();
    assertEquals(List.of(3L, 4L), seqs(model));
    model.clearFilter();
    model.actionProperty().set("category.");
    model.applyFilter();
    assertEquals(List.of(2L, 4L), seqs(model));
    model.clearFilter();
    model.targetProperty().set("12"); // an item number alone means item:12
    model.applyFilter();
    assertEquals(List.of(2L, 3L), seqs(model));
    model.clearFilter();
    // 2 March in Seoul runs from 1 March 15:00 UTC to 2 March 15:00 UTC
    model.fromProperty().set(LocalDate.of(2026, 3, 2));
    model.toProperty().set(LocalDate.of(2026, 3, 2));
    model.applyFilter();
    assertEquals(List.of(2L, 3L), seqs(model));
    assertEquals("2 of 4 rows · times in Asia/Seoul", model.summaryProperty().get());
  }

  @Test
  void aBackwardsTimeRangeIsExplainedAndTheRowsStay() throws Exception {
    AuditViewModel model = open(dir);
    model.fromProperty().set(LocalDate.of(2026, 3, 5));
    model.toProperty().set(LocalDate.of(2026, 3, 1));
    model.applyFilter();
    assertTrue(model.noticeProperty().get().contains("ends before it starts"));
    assertEquals(4, model.rows().size());
  }

  @Test
  void verifiesAnIntactLogAndSealsIt() throws Exception {
    AuditViewModel model = open(dir);
    model.verify();
    assertTrue(model.verificationProperty().get().intact());
    assertEquals(
        "Intact: all 4 rows verify", AuditViewModel.describe(model.verificationProperty().get()));
    model.seal("Review of exhibit 1 complete");
    assertTrue(model.noticeProperty().get().startsWith("Sealed by examiner-a at row 4"));
    assertEquals(5, model.rows().size());
    assertEquals(AuditSeals.SEALED, model.rows().getLast().action());
    try (CaseFolder folder = CaseFolder.open(copyOf(dir, "check"))) {
      List<AuditSeal> seals = new AuditSeals(new AuditLog(new AuditStore(folder.db()))).seals();
      assertEquals(1, seals.size());
      assertEquals(4, seals.getFirst().sealedSeq());
      assertEquals("Review of exhibit 1 complete", seals.getFirst().statement());
    }
  }

  @Test
  void aTamperedCopyIsBrokenAtTheChangedRowAndCannotBeSealed() throws Exception {
    Path copy = copyOf(dir, "Tampered");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("case.db"))) {
      c.createStatement().execute("DROP TRIGGER audit_log_no_update");
      c.createStatement().execute("UPDATE audit_log SET examiner = 'mallory' WHERE seq = 3");
    }
    AuditViewModel tampered = open(copy);
    tampered.verify();
    assertFalse(tampered.verificationProperty().get().intact());
    assertEquals(3, tampered.verificationProperty().get().firstBadSeq());
    String said = AuditViewModel.describe(tampered.verificationProperty().get());
    assertTrue(said.startsWith("Broken at row 3: row 3 was changed"), said);
    tampered.seal("should not stick");
    assertTrue(tampered.noticeProperty().get().startsWith("Not sealed"));
    assertEquals(4, tampered.rows().size());

    AuditViewModel original = open(dir);
    original.verify();
    assertTrue(original.verificationProperty().get().intact());
  }

  private Path copyOf(Path source, String name) throws Exception {
    Path target = temp.resolve(name + ".veil");
    try (var files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (!file.getFileName().toString().endsWith(".lock")) {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }
}

package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditVerifier;
import org.veil.model.ItemState;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.synth.CorpusSpec;
import org.veil.synth.SyntheticCorpus;
import org.veil.testing.TestCases;

/** SIGKILL in the middle of an ingest, then run it again: a consistent case, nothing lost. */
class KillDuringIngestTest {
  @TempDir Path temp;

  @Test
  void aKilledIngestResumesToOneDoneItemPerFile() throws Exception {
    Path evidence = temp.resolve("evidence");
    List<Path> files =
        SyntheticCorpus.generate(
            evidence,
            CorpusSpec.builder(160, 77)
                .sizes(List.of(CorpusSpec.SizeShare.jpeg(1024, 768, 1, 0.85f)))
                .subfolders(3)
                .build());
    Path caseDir;
    try (CaseFolder folder = TestCases.create(temp, "Killed")) {
      caseDir = folder.dir();
    }
    Process ingest =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.veil.Launcher",
                "ingest",
                caseDir.toString(),
                evidence.toString(),
                "--workers",
                "1")
            .redirectOutput(temp.resolve("out.txt").toFile())
            .redirectError(temp.resolve("err.txt").toFile())
            .start();
    long done = waitForDoneRows(caseDir, 20, ingest);
    ingest.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
    ingest.waitFor();
    assertTrue(done < files.size(), "killed midway, after " + done + " items");

    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"));
        ResultSet check = raw.createStatement().executeQuery("PRAGMA integrity_check")) {
      check.next();
      assertEquals("ok", check.getString(1));
    }

    try (CaseFolder folder = CaseFolder.open(caseDir)) {
      IngestReport resumed =
          new IngestPipeline(folder, new org.veil.audit.AuditLog(new AuditStore(folder.db())))
              .run(List.of(evidence), "examiner-a", org.veil.task.TaskContext.detached());
      assertTrue(resumed.skipped() >= done, "done items are not redone: " + resumed);
      ItemStore items = new ItemStore(folder.db());
      var all = items.all();
      assertEquals(files.size(), all.size(), "one item per file");
      assertEquals(
          files.size(), all.stream().map(i -> i.path()).distinct().count(), "no duplicate rows");
      assertTrue(all.stream().allMatch(i -> i.state() == ItemState.DONE), "all done");
      assertTrue(AuditVerifier.verify(new AuditStore(folder.db())).intact());
      assertEquals(
          files.size(),
          new org.veil.store.ThumbnailStore(folder.thumbsDb()).count(),
          "every done image has its thumbnail");
      java.util.Map<String, Long> perFolder = new java.util.TreeMap<>();
      for (var item : all) {
        perFolder.merge(item.path().substring(0, item.path().lastIndexOf('/') + 1), 1L, Long::sum);
      }
      java.util.Map<String, Long> counted = new java.util.TreeMap<>();
      new org.veil.store.ItemQuery(folder.db())
          .folderCounts()
          .forEach(f -> counted.put(f.prefix(), f.count()));
      assertEquals(perFolder, counted, "the evidence tree counts each item once after resuming");
      try (var check =
          folder
              .db()
              .read(
                  c -> {
                    try (var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                      rows.next();
                      return rows.getString(1);
                    }
                  })
              .lines()) {
        assertEquals(List.of("ok"), check.toList());
      }
    }
  }

  private static long waitForDoneRows(Path caseDir, int atLeast, Process ingest) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && ingest.isAlive()) {
      if (Files.exists(caseDir.resolve("case.db"))) {
        try (Connection raw =
                DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"));
            ResultSet rows =
                raw.createStatement()
                    .executeQuery("SELECT count(*) FROM items WHERE state = 'done'")) {
          long done = rows.next() ? rows.getLong(1) : 0;
          if (done >= atLeast) {
            return done;
          }
        } catch (java.sql.SQLException busy) {
          // the writer holds the lock for a moment; look again
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the ingest never got to " + atLeast + " done items");
  }
}

package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.IngestReport;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.task.Cancellation;
import org.veil.task.ProgressSnapshot;
import org.veil.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil ingest DIR SOURCE...}: progress on stderr, summary on stdout. */
@Command(
    name = "ingest",
    description =
        "Add evidence sources (folders, zip/tar/tar.gz archives, files) to a case and ingest them."
            + " Evidence is opened read-only. Rerunning resumes: done items are skipped.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE", description = "Evidence.")
  List<Path> sources;

  @Option(names = "--examiner", description = "Who runs the ingest (default: the case examiner).")
  String examiner;

  @Option(names = "--workers", description = "Worker threads (default: one per core).")
  Integer workers;

  @Override
  public Integer call() throws CaseException, IOException {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      String who = Examiners.resolve(examiner, folder);
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      IngestPipeline pipeline =
          workers == null
              ? new IngestPipeline(folder, audit)
              : new IngestPipeline(
                  folder,
                  audit,
                  org.veil.ingest.IngestLimits.DEFAULT,
                  org.veil.ingest.EvidenceReader.READ_ONLY,
                  workers,
                  java.time.Clock.systemUTC());
      Cancellation cancellation = new Cancellation();
      StderrProgress progress = new StderrProgress();
      IngestReport report = pipeline.run(sources, who, new TaskContext(cancellation, progress));
      progress.finish();
      System.out.printf(
          Locale.ROOT,
          "ingested: %d done, %d failed, %d skipped (already done), %.1f MB in %.1f s%n",
          report.done(),
          report.failed(),
          report.skipped(),
          report.bytes() / 1e6,
          report.elapsed().toMillis() / 1000.0);
      for (IngestReport.Failure failure : report.failures()) {
        System.out.println("failed: " + failure.path() + ": " + failure.reason());
      }
      return report.failed() > 0 ? 1 : 0;
    }
  }

  /** Prints at most one progress line a second. */
  static final class StderrProgress implements java.util.function.Consumer<ProgressSnapshot> {
    private long lastPrinted;
    private boolean printed;

    @Override
    public synchronized void accept(ProgressSnapshot snapshot) {
      long now = System.nanoTime();
      if (now - lastPrinted < 1_000_000_000L) {
        return;
      }
      lastPrinted = now;
      printed = true;
      String eta =
          snapshot.eta() == null
              ? "?"
              : String.format(
                  Locale.ROOT,
                  "%d:%02d",
                  snapshot.eta().toMinutes(),
                  snapshot.eta().toSecondsPart());
      System.err.printf(
          Locale.ROOT,
          "\r%d items, %.0f/%.0f MB, %.1f MB/s, %.0f items/s, ETA %s   ",
          snapshot.items(),
          snapshot.bytes() / 1e6,
          Math.max(0, snapshot.bytesTotal()) / 1e6,
          snapshot.bytesPerSecond() / 1e6,
          snapshot.itemsPerSecond(),
          eta);
    }

    synchronized void finish() {
      if (printed) {
        System.err.println();
      }
    }
  }
}

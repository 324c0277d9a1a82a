package org.veil.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param skipped items already done by an earlier run
 * @param failures every item that failed in this run, with its reason
 */
public record IngestReport(
    long done,
    long failed,
    long skipped,
    long bytes,
    Duration elapsed,
    boolean cancelled,
    List<Failure> failures) {

  public IngestReport {
    failures = List.copyOf(failures);
  }

  /** One failed item. */
  public record Failure(String source, String path, String reason) {}
}

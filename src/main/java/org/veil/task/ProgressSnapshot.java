package org.veil.task;

import java.time.Duration;

/**
 * How far a job is, as shown in a status bar or on stderr.
 *
 * @param itemsTotal -1 when not known yet
 * @param eta null when it cannot be estimated yet
 */
public record ProgressSnapshot(
    String message,
    long items,
    long itemsTotal,
    long bytes,
    long bytesTotal,
    double itemsPerSecond,
    double bytesPerSecond,
    Duration eta) {

  public double fraction() {
    if (bytesTotal > 0) {
      return Math.min(1.0, (double) bytes / bytesTotal);
    }
    return itemsTotal > 0 ? Math.min(1.0, (double) items / itemsTotal) : -1;
  }
}

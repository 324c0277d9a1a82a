package org.veil.ingest;

/** What one top-level archive, nested members included, may still expand to. */
final class ArchiveBudget {
  private final IngestLimits limits;
  private long expanded;
  private int entries;

  ArchiveBudget(IngestLimits limits) {
    this.limits = limits;
  }

  void addExpanded(long bytes) throws ArchiveLimitException {
    expanded += bytes;
    if (expanded > limits.maxArchiveExpandedBytes()) {
      throw new ArchiveLimitException(
          "archive expands past "
              + (limits.maxArchiveExpandedBytes() >> 20)
              + " MiB in total (possible zip bomb); the rest was not expanded",
          true);
    }
  }

  void countEntry() throws ArchiveLimitException {
    if (++entries > limits.maxArchiveEntries()) {
      throw new ArchiveLimitException(
          "archive lists more than "
              + limits.maxArchiveEntries()
              + " members; the rest was skipped",
          true);
    }
  }

  IngestLimits limits() {
    return limits;
  }
}

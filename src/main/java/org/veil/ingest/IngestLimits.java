package org.veil.ingest;

/**
 * Bounds that keep hostile evidence from exhausting the laptop.
 *
 * @param maxInMemoryBytes larger files are hashed streaming and not decoded or expanded in memory
 * @param maxArchiveDepth how deep archives inside archives are opened
 * @param maxExpansionRatio an archive member that inflates more than this is a likely zip bomb
 * @param maxArchiveExpandedBytes the most one top-level archive may expand to in total
 * @param maxArchiveEntries the most members one archive may list
 */
public record IngestLimits(
    long maxInMemoryBytes,
    int maxArchiveDepth,
    long maxExpansionRatio,
    long maxArchiveExpandedBytes,
    int maxArchiveEntries) {

  public static final IngestLimits DEFAULT =
      new IngestLimits(64L << 20, 4, 200, 16L << 30, 1_000_000);

  /** Ratios are only judged past this many expanded bytes; tiny text compresses very well. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;
}

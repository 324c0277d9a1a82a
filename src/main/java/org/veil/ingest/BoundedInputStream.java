package org.veil.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts what an archive member really inflates to, never trusting the sizes in its header, and
 * stops at the expansion ratio or the archive's total budget.
 */
final class BoundedInputStream extends FilterInputStream {
  private final ArchiveBudget budget;
  private final LongSupplier compressedSoFar;
  private long count;

  /** {@code compressedSoFar} gives the compressed bytes behind what was read so far. */
  BoundedInputStream(InputStream in, ArchiveBudget budget, LongSupplier compressedSoFar) {
    super(in);
    this.budget = budget;
    this.compressedSoFar = compressedSoFar;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int n) throws IOException {
    count += n;
    budget.addExpanded(n);
    if (count > IngestLimits.RATIO_GRACE_BYTES) {
      long compressed = Math.max(1, compressedSoFar.getAsLong());
      long ratio = count / compressed;
      if (ratio > budget.limits().maxExpansionRatio()) {
        throw new ArchiveLimitException(
            "member expands more than "
                + budget.limits().maxExpansionRatio()
                + ":1 (possible zip bomb); not expanded further",
            false);
      }
    }
  }

  long count() {
    return count;
  }
}

package org.veil.task;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Counts items and bytes from many threads and turns them into rates and an ETA. */
public final class ProgressMeter {
  private final LongSupplier nanoClock;
  private final long startNanos;
  private final AtomicLong items = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile long itemsTotal = -1;
  private volatile long bytesTotal = -1;
  private volatile String message = "";

  public ProgressMeter() {
    this(System::nanoTime);
  }

  public ProgressMeter(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
  }

  public void totals(long items, long bytes) {
    this.itemsTotal = items;
    this.bytesTotal = bytes;
  }

  public void message(String message) {
    this.message = message;
  }

  public void add(long items, long bytes) {
    this.items.addAndGet(items);
    this.bytes.addAndGet(bytes);
  }

  public ProgressSnapshot snapshot() {
    double seconds = Math.max(1e-9, (nanoClock.getAsLong() - startNanos) / 1e9);
    long doneItems = items.get();
    long doneBytes = bytes.get();
    double itemRate = doneItems / seconds;
    double byteRate = doneBytes / seconds;
    Duration eta = null;
    if (bytesTotal > 0 && byteRate > 0 && doneBytes > 0) {
      eta = Duration.ofMillis((long) (Math.max(0, bytesTotal - doneBytes) / byteRate * 1000));
    } else if (itemsTotal > 0 && itemRate > 0 && doneItems > 0) {
      eta = Duration.ofMillis((long) (Math.max(0, itemsTotal - doneItems) / itemRate * 1000));
    }
    return new ProgressSnapshot(
        message, doneItems, itemsTotal, doneBytes, bytesTotal, itemRate, byteRate, eta);
  }
}

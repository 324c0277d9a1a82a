package org.veil.task;

import java.util.concurrent.CancellationException;

/** A flag a long job polls between units of work; cancelling is cooperative and keeps work done. */
public final class Cancellation {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancellationException("cancelled");
    }
  }
}

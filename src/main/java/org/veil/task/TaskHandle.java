package org.veil.task;

import java.util.concurrent.CompletableFuture;

/** A submitted task: cancel it, or wait for it. */
public record TaskHandle<V>(String name, Cancellation cancellation, CompletableFuture<V> result) {
  public void cancel() {
    cancellation.cancel();
  }
}

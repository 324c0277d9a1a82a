package org.veil.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work and what to do with its outcome. Callbacks run on the runner's callback
 * executor (the FX thread in the UI, the calling thread in tests).
 */
public final class BackgroundTask<V> {

  /** The work itself; it polls {@link TaskContext#isCancelled()} between units. */
  @FunctionalInterface
  public interface Work<V> {
    V run(TaskContext context) throws Exception;
  }

  private final String name;
  private final Work<V> work;
  private Consumer<ProgressSnapshot> onProgress = snapshot -> {};
  private Consumer<V> onSuccess = value -> {};
  private Consumer<Throwable> onFailure = error -> {};
  private Runnable onCancelled = () -> {};

  private BackgroundTask(String name, Work<V> work) {
    this.name = Objects.requireNonNull(name);
    this.work = Objects.requireNonNull(work);
  }

  public static <V> BackgroundTask<V> of(String name, Work<V> work) {
    return new BackgroundTask<>(name, work);
  }

  public BackgroundTask<V> onProgress(Consumer<ProgressSnapshot> callback) {
    this.onProgress = callback;
    return this;
  }

  public BackgroundTask<V> onSuccess(Consumer<V> callback) {
    this.onSuccess = callback;
    return this;
  }

  public BackgroundTask<V> onFailure(Consumer<Throwable> callback) {
    this.onFailure = callback;
    return this;
  }

  public BackgroundTask<V> onCancelled(Runnable callback) {
    this.onCancelled = callback;
    return this;
  }

  public String name() {
    return name;
  }

  Work<V> work() {
    return work;
  }

  Consumer<ProgressSnapshot> progressCallback() {
    return onProgress;
  }

  Consumer<V> successCallback() {
    return onSuccess;
  }

  Consumer<Throwable> failureCallback() {
    return onFailure;
  }

  Runnable cancelledCallback() {
    return onCancelled;
  }
}

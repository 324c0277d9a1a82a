package org.veil.task;

import java.util.function.Consumer;

/** What a running job sees: where to report progress and whether it should stop. */
public final class TaskContext {
  private final Cancellation cancellation;
  private final Consumer<ProgressSnapshot> progress;

  public TaskContext(Cancellation cancellation, Consumer<ProgressSnapshot> progress) {
    this.cancellation = cancellation;
    this.progress = progress;
  }

  /** A context for direct calls (CLI, tests): never cancelled, progress dropped. */
  public static TaskContext detached() {
    return new TaskContext(new Cancellation(), snapshot -> {});
  }

  public Cancellation cancellation() {
    return cancellation;
  }

  public boolean isCancelled() {
    return cancellation.isCancelled();
  }

  public void report(ProgressSnapshot snapshot) {
    progress.accept(snapshot);
  }
}

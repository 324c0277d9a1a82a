package org.veil.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one way Veil runs background work. View models submit {@link BackgroundTask}s here and never
 * create threads; tests use {@link #sameThread()} to run them synchronously.
 */
public final class TaskRunner implements AutoCloseable {
  private final Executor workExecutor;
  private final Executor callbackExecutor;
  private final ExecutorService owned;

  private TaskRunner(Executor workExecutor, Executor callbackExecutor, ExecutorService owned) {
    this.workExecutor = workExecutor;
    this.callbackExecutor = callbackExecutor;
    this.owned = owned;
  }

  /** Runs tasks on named background threads; callbacks go to {@code callbackExecutor}. */
  public static TaskRunner background(String threadPrefix, Executor callbackExecutor) {
    ExecutorService pool = Executors.newCachedThreadPool(NamedThreads.factory(threadPrefix));
    return new TaskRunner(pool, callbackExecutor, pool);
  }

  /** Runs each task and its callbacks on the submitting thread, before submit returns. */
  public static TaskRunner sameThread() {
    return new TaskRunner(Runnable::run, Runnable::run, null);
  }

  public <V> TaskHandle<V> submit(BackgroundTask<V> task) {
    Cancellation cancellation = new Cancellation();
    CompletableFuture<V> result = new CompletableFuture<>();
    TaskContext context =
        new TaskContext(
            cancellation,
            snapshot -> callbackExecutor.execute(() -> task.progressCallback().accept(snapshot)));
    workExecutor.execute(
        () -> {
          try {
            V value = task.work().run(context);
            if (cancellation.isCancelled()) {
              callbackExecutor.execute(task.cancelledCallback());
              result.cancel(false);
            } else {
              callbackExecutor.execute(() -> task.successCallback().accept(value));
              result.complete(value);
            }
          } catch (CancellationException cancelled) {
            callbackExecutor.execute(task.cancelledCallback());
            result.cancel(false);
          } catch (Throwable error) {
            callbackExecutor.execute(() -> task.failureCallback().accept(error));
            result.completeExceptionally(error);
          }
        });
    return new TaskHandle<>(task.name(), cancellation, result);
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.shutdownNow();
    }
  }
}

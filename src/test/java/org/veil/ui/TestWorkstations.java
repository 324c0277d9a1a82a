package org.veil.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.veil.demo.DemoCase;
import org.veil.task.TaskRunner;

/**
 * How the workstation tests start a window, run work on the FX thread, wait for it, and clean up
 * their Veil folder.
 */
public final class TestWorkstations {
  private TestWorkstations() {}

  /** Runs {@code work} on the FX thread and returns its result (30 s at most). */
  public static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(work)
        .get(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Lets the FX thread run what is queued (a few rounds: layout, CSS, a pulse). */
  public static void settle() {
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
  }

  /** Waits up to 30 s for {@code condition}, then settles. */
  public static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, condition);
    settle();
  }

  /** A shown 1360x860 workstation whose settings and demo case live in {@code home}. */
  public static Workstation start(Stage stage, Path home, DemoCase demo) {
    Workstation workstation =
        new Workstation(
            stage,
            Settings.load(home),
            demo,
            TaskRunner.background("veil-ui-task", Platform::runLater));
    stage.setWidth(1360);
    stage.setHeight(860);
    stage.show();
    return workstation;
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

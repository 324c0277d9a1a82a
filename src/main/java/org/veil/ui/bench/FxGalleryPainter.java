package org.veil.ui.bench;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.veil.bench.GalleryPainter;
import org.veil.store.CaseFolder;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.Settings;
import org.veil.ui.media.VeiledImage;
import org.veil.ui.review.GalleryView;
import org.veil.ui.review.ReviewViewModel;

/**
 * The workstation's gallery, painted in a window on JavaFX's headless platform (software
 * rendering), timed from opening the case to every visible cell drawn with its blurred thumbnail.
 */
public final class FxGalleryPainter implements GalleryPainter {
  private static final long TIMEOUT_SECONDS = 120;

  @Override
  public Timings paint(Path caseDir, int pageItems, boolean measureHeap) throws Exception {
    startToolkit();
    Path home = java.nio.file.Files.createTempDirectory("veil-bench-home");
    AtomicReference<Scene> scene = new AtomicReference<>();
    AtomicReference<ReviewViewModel> model = new AtomicReference<>();
    AtomicReference<GalleryView> gallery = new AtomicReference<>();
    TaskRunner tasks = TaskRunner.background("veil-bench-task", Platform::runLater);
    // S cells on a large monitor: 20 columns by 11 rows, at least 200 thumbnails. The headless
    // platform's screen is 1000 px, so the scene is painted by snapshots instead of in a window.
    int columns = (int) Math.ceil(Math.sqrt(pageItems));
    int rows = (int) Math.ceil(pageItems / (double) columns) + 1;
    int width = columns * 124 + 40;
    int height = rows * 158;
    // The pixels the snapshot reads back into, made before timing: a screen has its own, and a
    // new 18 MB image per render would time the garbage collector rather than the gallery.
    WritableImage screen = new WritableImage(width, height);
    long fxThread = onFx(() -> Thread.currentThread().threadId());
    long[] cpu0 = {cpu(fxThread), loaderCpu()};
    long start = System.nanoTime();
    long[] opened = new long[1];
    onFx(
        () -> {
          Settings settings = Settings.load(home);
          org.veil.ui.Theme.apply(true);
          settings.thumbnailSize("S");
          OpenCase open;
          try {
            open = new OpenCase(CaseFolder.open(caseDir), tasks);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          ReviewViewModel review = new ReviewViewModel(open, settings);
          GalleryView view = new GalleryView(review); // as the workstation does: view, then load
          review.load();
          opened[0] = System.nanoTime();
          Scene painted = new Scene(view, width, height);
          org.veil.ui.Theme.style(painted);
          scene.set(painted);
          model.set(review);
          gallery.set(view);
          return null;
        });
    long[] loaded = new long[1];
    int painted = awaitPainted(gallery::get, pageItems, loaded, screen);
    long firstPage = System.nanoTime();
    long[] cpu1 = {cpu(fxThread), loaderCpu()};

    long pageStart = System.nanoTime();
    onFx(
        () -> {
          GalleryView view = gallery.get();
          model.get().move(view.pageSize(), false);
          return null;
        });
    int pageDownPainted = awaitPainted(gallery::get, pageItems, new long[1], screen);
    long pageDown = System.nanoTime();
    long[] cpu2 = {cpu(fxThread), loaderCpu()};
    long heap = -1;
    if (measureHeap) {
      System.gc();
      heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
    long items = model.get().ids().size();
    onFx(
        () -> {
          model.get().close();
          return null;
        });
    tasks.close();
    return new Timings(
        items,
        (opened[0] - start) / 1_000_000,
        (firstPage - start) / 1_000_000,
        (loaded[0] - start) / 1_000_000,
        (pageDown - pageStart) / 1_000_000,
        painted,
        pageDownPainted,
        heap,
        (cpu1[0] - cpu0[0]) / 1_000_000,
        (cpu1[1] - cpu0[1]) / 1_000_000,
        (cpu2[0] - cpu1[0]) / 1_000_000,
        (cpu2[1] - cpu1[1]) / 1_000_000);
  }

  /** Waits until every visible cell with an item shows its picture, after one more pulse. */
  private static int awaitPainted(
      Supplier<GalleryView> gallery, int wanted, long[] loadedAt, WritableImage screen)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      int[] counts =
          onFx(
              () -> {
                gallery.get().applyCss();
                gallery.get().layout(); // what a pulse does: cells for the visible rows
                int shown = 0;
                int drawn = 0;
                for (var node : gallery.get().lookupAll(".veiled-image")) {
                  if (node instanceof VeiledImage image
                      && image.itemId() >= 0
                      && image.isVisible()
                      && image.getParent() != null
                      && visibleInGallery(gallery.get(), image)) {
                    shown++;
                    if (image.image() != null) {
                      drawn++;
                    }
                  }
                }
                return new int[] {shown, drawn};
              });
      if (counts[0] >= Math.min(wanted, 1) && counts[1] == counts[0] && counts[0] >= wanted) {
        loadedAt[0] = System.nanoTime();
        onFx(
            () -> {
              var shot =
                  gallery.get().getScene().snapshot(screen); // one full render of what is drawn
              String snapshotDir = System.getProperty("veil.bench.snapshots");
              if (snapshotDir != null) {
                javax.imageio.ImageIO.write(
                    javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null),
                    "png",
                    java.nio.file.Path.of(snapshotDir)
                        .resolve("gallery-" + System.nanoTime() + ".png")
                        .toFile());
              }
              return null;
            });
        return counts[1];
      }

      Thread.sleep(4);
    }
    throw new IllegalStateException("the gallery did not paint within " + TIMEOUT_SECONDS + " s");
  }

  private static boolean visibleInGallery(GalleryView gallery, VeiledImage image) {
    var bounds = image.localToScene(image.getBoundsInLocal());
    return bounds.getMaxY() > 0 && bounds.getMinY() < gallery.getScene().getHeight();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The FX thread's CPU time plus the render thread's, which draws what the FX thread laid out. */
  private static long cpu(long fxThreadId) {
    return Math.max(0, THREADS.getThreadCpuTime(fxThreadId)) + cpuOf("QuantumRenderer");
  }

  private static long cpuOf(String namePrefix) {
    long total = 0;
    for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(namePrefix)) {
        total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  /** CPU time of the picture loaders ({@code veil-thumbs-N}), alive or not counted. */
  private static long loaderCpu() {
    return cpuOf("veil-thumbs");
  }

  private static void startToolkit() throws InterruptedException {
    if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
      System.setProperty("glass.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    Platform.setImplicitExit(false);
    started.await(30, TimeUnit.SECONDS);
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> error = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            result.set(work.call());
          } catch (Throwable e) {
            error.set(e);
          } finally {
            done.countDown();
          }
        });
    if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the FX thread did not answer");
    }
    if (error.get() != null) {
      throw new IllegalStateException(error.get().getMessage(), error.get());
    }
    return result.get();
  }
}

package org.veil.ui.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.veil.media.Blur;
import org.veil.task.NamedThreads;

/**
 * Pictures ready to draw, loaded off the FX thread by a few named workers and kept in a bounded LRU
 * (by pixel bytes). Blurred pictures are made only from the small thumbnail and kept tiny ({@link
 * #BLURRED_SIDE} px; the view enlarges them smoothly), so a blurred picture never holds more detail
 * than the blur leaves, at any size. Newest requests are served first, so scrolling fast never
 * queues behind pages already gone.
 */
public final class PictureCache implements AutoCloseable {
  /** The longer side of a cached blurred picture. */
  public static final int BLURRED_SIDE = Blur.SHOWN_SIDE;

  /** The shorter side asked of a revealed preview. */
  public static final int LARGE_MIN_SIDE = 1024;

  /** What to draw. */
  public enum Variant {
    BLURRED,
    SHARP_THUMBNAIL,
    SHARP_LARGE
  }

  /**
   * One cached picture: an item (or frame {@code frame} of its video strip, -1 for the item's own
   * picture) in one variant, strength and colour mode.
   */
  public record Key(long itemId, int frame, Variant variant, boolean grayscale, int strength) {
    public Key(long itemId, Variant variant, boolean grayscale, int strength) {
      this(itemId, -1, variant, grayscale, strength);
    }

    /**
     * The key of a picture drawn with {@code blur}'s settings: the strength counts only for a
     * blurred picture, so a revealed one is cached once whatever the strength.
     */
    public static Key of(long itemId, int frame, Variant variant, BlurSettings blur) {
      return new Key(
          itemId,
          frame,
          variant,
          blur.grayscale(),
          variant == Variant.BLURRED ? blur.strength() : 0);
    }
  }

  /** Frames in a video's strip: 4 x 4 over its duration. */
  public static final int STRIP_FRAMES = 16;

  /** A pending load; cancelling skips it if it has not started. */
  public static final class Request {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
      cancelled.set(true);
    }

    boolean isCancelled() {
      return cancelled.get();
    }
  }

  private final PictureSource source;
  private final Executor callbacks;
  private final ThreadPoolExecutor workers;
  private final long budgetBytes;
  private long usedBytes;
  private final LinkedHashMap<Key, Image> images = new LinkedHashMap<>(256, 0.75f, true);
  private final Map<Key, List<Waiter>> inflight = new HashMap<>();

  /**
   * @param callbacks where loaded pictures are handed over ({@code Platform::runLater})
   * @param budgetBytes the most the cached pictures may take (4 bytes a pixel)
   */
  public PictureCache(PictureSource source, Executor callbacks, int threads, long budgetBytes) {
    this.source = source;
    this.callbacks = callbacks;
    this.budgetBytes = budgetBytes;
    LinkedBlockingDeque<Runnable> lifo =
        new LinkedBlockingDeque<>() {
          @Override
          public boolean offer(Runnable task) {
            return super.offerFirst(task);
          }
        };
    this.workers =
        new ThreadPoolExecutor(
            threads, threads, 30, TimeUnit.SECONDS, lifo, NamedThreads.factory("veil-thumbs"));
    this.workers.allowCoreThreadTimeOut(true);
  }

  /** The picture if it is cached; call on the FX thread. */
  public synchronized Image cached(Key key) {
    return images.get(key);
  }

  /**
   * Loads {@code key} unless cached; {@code onLoaded} runs through the callback executor with the
   * picture, or with null when there is none (no thumbnail, unreadable evidence).
   */
  public Request load(Key key, Consumer<Image> onLoaded) {
    Request request = new Request();
    Image hit = cached(key);
    if (hit != null) {
      onLoaded.accept(hit);
      return request;
    }
    Waiter waiter = new Waiter(request, onLoaded);
    synchronized (this) {
      List<Waiter> waiting = inflight.get(key);
      if (waiting != null) {
        waiting.add(waiter); // already being made: share it, never decode twice
        return request;
      }
      waiting = new ArrayList<>();
      waiting.add(waiter);
      inflight.put(key, waiting);
    }
    workers.execute(() -> make(key));
    return request;
  }

  /** Reads ahead: makes the picture now so a later {@link #load} finds it cached. */
  public void prefetch(Key key) {
    if (cached(key) == null) {
      load(key, image -> {});
    }
  }

  private record Waiter(Request request, Consumer<Image> onLoaded) {}

  private final List<Runnable> whenIdle = new ArrayList<>();

  /**
   * Runs {@code action} through the callback executor once no picture is waiting to be made (at
   * once if none is): work that can wait, such as listing the evidence tree, then does not compete
   * with the first screen of pictures for the processor.
   */
  public void whenIdle(Runnable action) {
    synchronized (this) {
      if (!inflight.isEmpty()) {
        whenIdle.add(action);
        return;
      }
    }
    callbacks.execute(action);
  }

  private void runIdleActions() {
    List<Runnable> due;
    synchronized (this) {
      if (!inflight.isEmpty() || whenIdle.isEmpty()) {
        return;
      }
      due = new ArrayList<>(whenIdle);
      whenIdle.clear();
    }
    due.forEach(callbacks::execute);
  }

  private void make(Key key) {
    boolean unwanted;
    synchronized (this) {
      List<Waiter> waiting = inflight.get(key);
      unwanted = waiting != null && waiting.stream().allMatch(w -> w.request().isCancelled());
      if (unwanted) {
        inflight.remove(key); // every cell that asked has scrolled away
      }
    }
    if (unwanted) {
      runIdleActions();
      return;
    }
    Image image = picture(key);
    List<Waiter> done;
    synchronized (this) {
      if (image != null) {
        put(key, image);
      }
      done = inflight.remove(key);
    }
    if (done != null) {
      callbacks.execute(
          () -> {
            for (Waiter waiter : done) {
              if (!waiter.request().isCancelled()) {
                waiter.onLoaded().accept(image);
              }
            }
          });
    }
    runIdleActions();
  }

  public synchronized int size() {
    return images.size();
  }

  private synchronized void put(Key key, Image image) {
    Image old = images.put(key, image);
    if (old != null) {
      usedBytes -= bytes(old);
    }
    usedBytes += bytes(image);
    var eldest = images.entrySet().iterator();
    while (usedBytes > budgetBytes && eldest.hasNext()) {
      Map.Entry<Key, Image> entry = eldest.next();
      if (entry.getKey().equals(key)) {
        break;
      }
      usedBytes -= bytes(entry.getValue());
      eldest.remove();
    }
  }

  private static long bytes(Image image) {
    return (long) image.getWidth() * (long) image.getHeight() * 4;
  }

  /** Makes a picture; any failure means "nothing to show", never a crash. */
  private Image picture(Key key) {
    try {
      Optional<BufferedImage> picture =
          key.frame() >= 0
              ? source.frame(key.itemId(), key.frame(), STRIP_FRAMES)
              : switch (key.variant()) {
                case SHARP_LARGE -> source.large(key.itemId(), LARGE_MIN_SIDE);
                case SHARP_THUMBNAIL -> source.thumbnail(key.itemId());
                case BLURRED -> source.thumbnailForBlur(key.itemId());
              };
      if (picture.isEmpty()) {
        return null;
      }
      BufferedImage image = picture.get();
      if (key.variant() == Variant.BLURRED) {
        image = Blur.blurredWithin(image, key.strength(), BLURRED_SIDE);
      }
      if (key.grayscale()) {
        image = Blur.grayscale(image);
      }
      return SwingFXUtils.toFXImage(image, null);
    } catch (Exception | OutOfMemoryError e) {
      return null;
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}

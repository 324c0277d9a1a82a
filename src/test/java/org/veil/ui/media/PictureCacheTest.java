package org.veil.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.media.Blur;
import org.veil.ui.media.PictureCache.Key;
import org.veil.ui.media.PictureCache.Variant;

/** The bounded picture cache: shared loads, cancellation, the byte budget, which source is read. */
class PictureCacheTest {
  /** Counts what was asked; blocks the first thumbnail read until released. */
  static final class CountingSource implements PictureSource {
    final AtomicInteger thumbnails = new AtomicInteger();
    final AtomicInteger forBlur = new AtomicInteger();
    final AtomicInteger large = new AtomicInteger();
    final CountDownLatch gate = new CountDownLatch(1);
    volatile boolean gated;

    @Override
    public Optional<BufferedImage> thumbnail(long itemId) throws Exception {
      thumbnails.incrementAndGet();
      return picture(itemId, 256);
    }

    @Override
    public Optional<BufferedImage> thumbnailForBlur(long itemId) throws Exception {
      forBlur.incrementAndGet();
      if (gated) {
        gate.await(10, TimeUnit.SECONDS);
      }
      return picture(itemId, 64);
    }

    @Override
    public Optional<BufferedImage> large(long itemId, int minSide) throws Exception {
      large.incrementAndGet();
      return picture(itemId, 1024);
    }

    private static Optional<BufferedImage> picture(long itemId, int side) {
      if (itemId == 666) {
        throw new IllegalStateException("corrupt");
      }
      return itemId == 0
          ? Optional.empty()
          : Optional.of(new BufferedImage(side, side * 3 / 4, BufferedImage.TYPE_INT_RGB));
    }
  }

  private final CountingSource source = new CountingSource();
  private PictureCache cache;

  @BeforeAll
  static void toolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    started.await(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() {
    if (cache != null) {
      cache.close();
    }
  }

  private static Key blurred(long id) {
    return new Key(id, Variant.BLURRED, false, Blur.DEFAULT_STRENGTH);
  }

  private static Image await(List<Image> results, int n) throws InterruptedException {
    for (int i = 0; i < 500 && results.size() < n; i++) {
      Thread.sleep(10);
    }
    return results.isEmpty() ? null : results.getFirst();
  }

  @Test
  void blurredPicturesComeFromTheSmallDecodeAndStayTiny() throws Exception {
    cache = new PictureCache(source, Runnable::run, 1, 1L << 30);
    List<Image> results = new CopyOnWriteArrayList<>();
    cache.load(blurred(1), results::add);
    Image image = await(results, 1);
    assertNotNull(image);
    assertTrue(Math.max(image.getWidth(), image.getHeight()) <= PictureCache.BLURRED_SIDE);
    assertEquals(1, source.forBlur.get());
    assertEquals(0, source.thumbnails.get());
    assertEquals(0, source.large.get());
    assertEquals(image, cache.cached(blurred(1)));
  }

  @Test
  void twoRequestsForOnePictureShareOneLoad() throws Exception {
    source.gated = true;
    cache = new PictureCache(source, Runnable::run, 2, 1L << 30);
    List<Image> results = new CopyOnWriteArrayList<>();
    cache.load(blurred(5), results::add);
    cache.load(blurred(5), results::add);
    cache.prefetch(blurred(5));
    source.gate.countDown();
    await(results, 2);
    Thread.sleep(50);
    assertEquals(2, results.size());
    assertEquals(1, source.forBlur.get());
  }

  @Test
  void cancelledRequestsGetNothingAndUnwantedLoadsAreSkipped() throws Exception {
    source.gated = true;
    cache = new PictureCache(source, Runnable::run, 1, 1L << 30);
    List<Image> first = new CopyOnWriteArrayList<>();
    cache.load(blurred(1), first::add); // holds the only worker at the gate
    List<Image> second = new CopyOnWriteArrayList<>();
    PictureCache.Request request = cache.load(blurred(2), second::add);
    request.cancel();
    source.gate.countDown();
    await(first, 1);
    Thread.sleep(100);
    assertTrue(second.isEmpty());
    assertEquals(1, source.forBlur.get(), "the cancelled picture was never decoded");
  }

  @Test
  void idleWorkWaitsForThePicturesInFlight() throws Exception {
    source.gated = true;
    cache = new PictureCache(source, Runnable::run, 1, 1L << 30);
    List<String> order = new CopyOnWriteArrayList<>();
    cache.load(blurred(1), image -> order.add("picture"));
    cache.whenIdle(() -> order.add("idle work"));
    Thread.sleep(50);
    assertTrue(order.isEmpty(), "idle work ran while a picture was being made");
    source.gate.countDown();
    for (int i = 0; i < 500 && order.size() < 2; i++) {
      Thread.sleep(10);
    }
    assertEquals(List.of("picture", "idle work"), order);
    cache.whenIdle(() -> order.add("at once"));
    assertEquals("at once", order.getLast());
  }

  @Test
  void missingAndBrokenPicturesAnswerNull() throws Exception {
    cache = new PictureCache(source, Runnable::run, 1, 1L << 30);
    List<Object> results = new CopyOnWriteArrayList<>();
    cache.load(blurred(0), image -> results.add(image == null ? "none" : image));
    cache.load(blurred(666), image -> results.add(image == null ? "none" : image));
    for (int i = 0; i < 500 && results.size() < 2; i++) {
      Thread.sleep(10);
    }
    assertEquals(List.of("none", "none"), results);
    assertNull(cache.cached(blurred(666)));
  }

  @Test
  void theByteBudgetEvictsTheLeastRecentlyUsed() throws Exception {
    // a sharp 256 x 192 thumbnail is 196 608 bytes: the budget holds two
    cache = new PictureCache(source, Runnable::run, 1, 2 * 256 * 192 * 4);
    for (long id = 1; id <= 3; id++) {
      List<Image> results = new CopyOnWriteArrayList<>();
      cache.load(new Key(id, Variant.SHARP_THUMBNAIL, false, 0), results::add);
      await(results, 1);
    }
    assertEquals(2, cache.size());
    assertNull(cache.cached(new Key(1, Variant.SHARP_THUMBNAIL, false, 0)));
    assertNotNull(cache.cached(new Key(3, Variant.SHARP_THUMBNAIL, false, 0)));
  }
}

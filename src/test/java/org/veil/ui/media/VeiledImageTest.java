package org.veil.ui.media;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.media.Blur;

class VeiledImageTest {
  @BeforeAll
  static void toolkit() throws InterruptedException {
    PictureCacheTest.toolkit();
  }

  @Test
  void aPictureAViewLetsGoOfIsCollectedThoughThePolicyLivesOn() throws Exception {
    RevealPolicy policy = new RevealPolicy(Clock.systemUTC(), (a, b, c, d, e, f) -> {});
    BlurSettings blur = new BlurSettings(Blur.DEFAULT_STRENGTH, false);
    PictureSource none =
        new PictureSource() {
          @Override
          public Optional<java.awt.image.BufferedImage> thumbnail(long itemId) {
            return Optional.empty();
          }

          @Override
          public Optional<java.awt.image.BufferedImage> large(long itemId, int minSide) {
            return Optional.empty();
          }

          @Override
          public Optional<java.awt.image.BufferedImage> frame(long itemId, int index, int count) {
            return Optional.empty();
          }
        };
    try (PictureCache cache = new PictureCache(none, Platform::runLater, 1, 1 << 20)) {
      AtomicReference<WeakReference<VeiledImage>> made = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Platform.runLater(
          () -> {
            VeiledImage image = new VeiledImage(policy, cache, blur, "test", false);
            image.show(7);
            made.set(new WeakReference<>(image));
            done.countDown();
          });
      done.await(10, TimeUnit.SECONDS);
      for (int i = 0; i < 50 && made.get().get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertNull(made.get().get(), "held by the shared policy or blur settings");
      // the policy and settings still work for pictures that are alive
      policy.hold(8, "test");
      policy.release();
      blur.strengthProperty().set(Blur.DEFAULT_STRENGTH + 1);
    }
  }
}

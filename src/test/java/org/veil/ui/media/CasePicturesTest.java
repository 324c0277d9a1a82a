package org.veil.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.media.Thumbnailer;
import org.veil.media.VeilSeed;
import org.veil.store.CaseFolder;
import org.veil.store.TestCases;
import org.veil.store.ThumbnailStore;
import org.veil.store.ThumbnailStore.Thumbnail;

class CasePicturesTest {
  @TempDir Path temp;

  @Test
  void blurredPicturesStartFromTheStoredSeedElseFromTheThumbnail() throws Exception {
    try (CaseFolder folder = TestCases.create(temp)) {
      // the thumbnail is blue and the seed red, so the colour tells which one was read
      byte[] blueJpeg = Thumbnailer.jpegThumbnail(solid(256, 192, Color.BLUE), 1);
      byte[] redSeed = VeilSeed.of(solid(256, 192, Color.RED)).encode();
      new ThumbnailStore(folder.thumbsDb())
          .putAll(
              List.of(
                  new Thumbnail(1, 256, 192, blueJpeg, redSeed),
                  new Thumbnail(2, 256, 192, blueJpeg),
                  new Thumbnail(3, 256, 192, blueJpeg, new byte[] {9, 9, 1})));
      CasePictures pictures = new CasePictures(folder);

      BufferedImage seeded = pictures.thumbnailForBlur(1).orElseThrow();
      assertEquals(32, seeded.getWidth());
      assertTrue(isMostly(seeded, Color.RED), "the seed, not the thumbnail");

      BufferedImage older = pictures.thumbnailForBlur(2).orElseThrow();
      assertEquals(64, older.getWidth(), "the thumbnail read at a quarter of its size");
      assertTrue(isMostly(older, Color.BLUE));

      BufferedImage damaged = pictures.thumbnailForBlur(3).orElseThrow();
      assertTrue(isMostly(damaged, Color.BLUE), "a damaged seed falls back to the thumbnail");

      assertTrue(pictures.thumbnailForBlur(4).isEmpty());
    }
  }

  private static BufferedImage solid(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static boolean isMostly(BufferedImage image, Color colour) {
    int argb = image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
    Color centre = new Color(argb);
    return Math.abs(centre.getRed() - colour.getRed()) < 30
        && Math.abs(centre.getGreen() - colour.getGreen()) < 30
        && Math.abs(centre.getBlue() - colour.getBlue()) < 30;
  }
}

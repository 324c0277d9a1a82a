package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RgbRowsTest {
  @Test
  void fastPathsReadWhatGetRgbReads() {
    BufferedImage scene = TestPictures.scene(9, 97, 61);
    int[] types = {
      BufferedImage.TYPE_3BYTE_BGR,
      BufferedImage.TYPE_INT_RGB,
      BufferedImage.TYPE_INT_ARGB,
      BufferedImage.TYPE_INT_BGR,
      BufferedImage.TYPE_BYTE_GRAY,
      BufferedImage.TYPE_4BYTE_ABGR
    };
    for (int type : types) {
      BufferedImage image = new BufferedImage(97, 61, type);
      Graphics2D g = image.createGraphics();
      g.drawImage(scene, 0, 0, null);
      g.setColor(new Color(10, 200, 30, 100));
      g.fillRect(5, 5, 40, 20);
      g.dispose();
      assertSameRows(image, "type " + type);
      assertSameRows(image.getSubimage(7, 3, 50, 40), "subimage of type " + type);
    }
  }

  private static void assertSameRows(BufferedImage image, String what) {
    int w = image.getWidth();
    RgbRows rows = new RgbRows(image);
    int[] fast = new int[w];
    int[] slow = new int[w];
    for (int y = 0; y < image.getHeight(); y++) {
      rows.read(y, fast);
      image.getRGB(0, y, w, 1, slow, 0, w);
      assertArrayEquals(slow, fast, what + " row " + y);
    }
  }
}

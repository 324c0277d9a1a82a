package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.DecodedImage;
import org.veil.task.NamedThreads;

class ImageDecoderTest {
  @TempDir Path temp;

  @Test
  void largeJpegIsSubsampledSoItsShorterSideStaysAboveTheTarget() throws Exception {
    byte[] jpeg = TestPictures.jpeg(TestPictures.scene(1, 4000, 3000), 0.85f);
    DecodedImage decoded = ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE);
    assertEquals(4000, decoded.width());
    assertEquals(3000, decoded.height());
    assertEquals(6, decoded.subsampling());
    assertEquals(667, decoded.image().getWidth());
    assertEquals(500, decoded.image().getHeight());
    assertEquals("jpeg", decoded.format());
  }

  @Test
  void smallPictureAndNoTargetDecodeAtFullResolution() throws Exception {
    byte[] jpeg = TestPictures.jpeg(TestPictures.scene(2, 640, 480), 0.85f);
    assertEquals(1, ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE).subsampling());
    DecodedImage full = ImageDecoder.decode(jpeg, 0);
    assertEquals(640, full.image().getWidth());
    assertEquals(1, full.subsampling());
    assertEquals(3, ImageDecoder.subsamplingFor(1280, 960, 256));
    assertEquals(1, ImageDecoder.subsamplingFor(100, 100000, 512));
  }

  @Test
  void paletteGrayAndSixteenBitPngGifAndBmpDecode() throws Exception {
    byte[] r = {(byte) 200, 10};
    byte[] g = {(byte) 30, 10};
    byte[] b = {(byte) 40, (byte) 250};
    BufferedImage palette =
        new BufferedImage(
            64, 48, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(1, 2, r, g, b));
    Graphics2D pg = palette.createGraphics();
    pg.setColor(new Color(200, 30, 40));
    pg.fillRect(0, 0, 64, 48);
    pg.dispose();
    assertColour(decode(TestPictures.encode(palette, "png"), "png"), 200, 30, 40);
    assertColour(decode(TestPictures.encode(palette, "gif"), "gif"), 200, 30, 40);

    BufferedImage rgb = solid(64, 48, new Color(20, 120, 220));
    assertColour(decode(TestPictures.encode(rgb, "bmp"), "bmp"), 20, 120, 220);

    BufferedImage gray = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D gg = gray.createGraphics();
    gg.setColor(new Color(128, 128, 128));
    gg.fillRect(0, 0, 64, 48);
    gg.dispose();
    int expectedGray = gray.getRGB(0, 0) & 0xff;
    assertColour(
        decode(TestPictures.encode(gray, "png"), "png"), expectedGray, expectedGray, expectedGray);
    DecodedImage grayJpeg = decode(TestPictures.jpeg(gray, 0.95f), "jpeg");
    assertColour(grayJpeg, expectedGray, expectedGray, expectedGray);

    BufferedImage gray16 = new BufferedImage(64, 48, BufferedImage.TYPE_USHORT_GRAY);
    fill(gray16.getRaster(), new int[] {40000});
    int expected16 = gray16.getRGB(0, 0) & 0xff;
    assertColour(
        decode(TestPictures.encode(gray16, "png"), "png"), expected16, expected16, expected16);

    ComponentColorModel rgb16Model =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_USHORT);
    WritableRaster raster = rgb16Model.createCompatibleWritableRaster(64, 48);
    fill(raster, new int[] {65535, 32896, 0});
    BufferedImage rgb16 = new BufferedImage(rgb16Model, raster, false, null);
    DecodedImage decoded16 = decode(TestPictures.encode(rgb16, "png"), "png");
    assertColour(decoded16, 255, 128, 0);
  }

  @Test
  void cmykAndYcckJpegsDecodeToReadableColours() throws Exception {
    // A 4-component JPEG as the JDK writes it, then with Adobe APP14 markers (transform 0 = CMYK,
    // 2 = YCCK) spliced in after SOI, as print workflows write them.
    WritableRaster raster =
        WritableRaster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 80, 60, 4, null);
    fill(raster, new int[] {200, 100, 50, 30});
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    byte[] plain = bytes.toByteArray();
    for (int transform : new int[] {-1, 0, 2}) {
      byte[] jpeg = transform < 0 ? plain : withAdobeMarker(plain, transform);
      DecodedImage decoded = ImageDecoder.decode(jpeg, 0);
      assertEquals(80, decoded.image().getWidth());
      assertEquals(60, decoded.image().getHeight());
      assertEquals(0xff, decoded.image().getRGB(5, 5) >>> 24);
    }
    // Transform 1 (YCbCr) cannot describe 4 components: a reason, not a crash.
    MediaException e =
        assertThrows(MediaException.class, () -> ImageDecoder.decode(withAdobeMarker(plain, 1), 0));
    assertTrue(e.getMessage().startsWith("JPEG data is truncated or corrupt: "), e.getMessage());
  }

  private static byte[] withAdobeMarker(byte[] jpeg, int transform) {
    byte[] app14 = {
      (byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform
    };
    byte[] out = new byte[jpeg.length + app14.length];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(app14, 0, out, 2, app14.length);
    System.arraycopy(jpeg, 2, out, 2 + app14.length, jpeg.length - 2);
    return out;
  }

  @Test
  void headerClaimingAbsurdSizeIsRefusedBeforeDecoding() throws Exception {
    MediaException e =
        assertThrows(
            MediaException.class, () -> ImageDecoder.decode(pngHeader(100000, 100000), 512));
    assertEquals(
        "image claims 100000x100000 pixels (10000 MP), refusing to decode", e.getMessage());
  }

  @Test
  void truncatedJpegIsAFailureWithAReason() {
    byte[] jpeg = TestPictures.jpeg(TestPictures.scene(3, 800, 600), 0.9f);
    byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);
    MediaException e = assertThrows(MediaException.class, () -> ImageDecoder.decode(half, 0));
    assertTrue(e.getMessage().startsWith("JPEG data is truncated or corrupt: "), e.getMessage());
  }

  @Test
  void truncatedPngIsAFailureWithAReason() {
    byte[] png = TestPictures.encode(TestPictures.scene(4, 300, 200), "png");
    byte[] half = Arrays.copyOf(png, png.length / 2);
    MediaException e = assertThrows(MediaException.class, () -> ImageDecoder.decode(half, 0));
    assertTrue(e.getMessage().startsWith("PNG data is truncated or corrupt: "), e.getMessage());
  }

  @Test
  void randomBytesAndJpegMarkerFollowedByGarbageAreFailures() {
    byte[] random = new byte[5000];
    new Random(7).nextBytes(random);
    random[0] = 0x12;
    MediaException e = assertThrows(MediaException.class, () -> ImageDecoder.decode(random, 512));
    assertEquals("not a decodable image", e.getMessage());

    byte[] fakeJpeg = random.clone();
    fakeJpeg[0] = (byte) 0xff;
    fakeJpeg[1] = (byte) 0xd8;
    fakeJpeg[2] = (byte) 0xff;
    MediaException f = assertThrows(MediaException.class, () -> ImageDecoder.decode(fakeJpeg, 512));
    assertTrue(f.getMessage().startsWith("JPEG data is truncated or corrupt: "), f.getMessage());

    assertThrows(MediaException.class, () -> ImageDecoder.decode(new byte[0], 512));
  }

  @Test
  void knownUndecodableFormatsAreNamed() {
    byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    MediaException e = assertThrows(MediaException.class, () -> ImageDecoder.decode(webp, 512));
    assertTrue(e.getMessage().startsWith("WebP images are not decodable"), e.getMessage());
  }

  @Test
  void fileIsReadWithoutBeingTouched() throws Exception {
    Path file = temp.resolve("evidence.jpg");
    Files.write(file, TestPictures.jpeg(TestPictures.scene(5, 1200, 900), 0.9f));
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    byte[] before = Files.readAllBytes(file);

    DecodedImage decoded = ImageDecoder.decode(file, 256);
    assertEquals(1200, decoded.width());
    assertEquals(3, decoded.subsampling());
    assertEquals(400, decoded.image().getWidth());

    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(file).toMillis());
    try (var listing = Files.list(temp)) {
      assertEquals(1, listing.count(), "nothing written beside the evidence");
    }
    MediaException missing =
        assertThrows(MediaException.class, () -> ImageDecoder.decode(temp.resolve("gone.jpg"), 0));
    assertTrue(missing.getMessage().startsWith("not a readable file"));
  }

  @Test
  void workersDecodeConcurrentlyWithIdenticalResults() throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      inputs.add(TestPictures.jpeg(TestPictures.scene(10 + i, 900, 700), 0.85f));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, NamedThreads.factory("test-decode"));
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (byte[] input : inputs) {
          results.add(pool.submit(() -> pixels(ImageDecoder.decode(input, 300))));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(
            pixels(ImageDecoder.decode(inputs.get(i % inputs.size()), 300)), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int[] pixels(DecodedImage d) {
    BufferedImage image = d.image();
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static DecodedImage decode(byte[] bytes, String format) throws MediaException {
    DecodedImage decoded = ImageDecoder.decode(bytes, 0);
    assertEquals(format, decoded.format());
    assertEquals(64, decoded.width());
    assertEquals(48, decoded.height());
    return decoded;
  }

  private static void assertColour(DecodedImage decoded, int r, int g, int b) {
    int rgb = decoded.image().getRGB(10, 10);
    int tolerance = 3;
    String message = "got #%06x expected %d,%d,%d".formatted(rgb & 0xffffff, r, g, b);
    assertTrue(Math.abs(((rgb >> 16) & 0xff) - r) <= tolerance, message);
    assertTrue(Math.abs(((rgb >> 8) & 0xff) - g) <= tolerance, message);
    assertTrue(Math.abs((rgb & 0xff) - b) <= tolerance, message);
  }

  private static BufferedImage solid(int w, int h, Color colour) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  private static void fill(WritableRaster raster, int[] pixel) {
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        raster.setPixel(x, y, pixel);
      }
    }
  }

  /** A PNG whose IHDR claims the given size, followed by an empty IDAT and IEND. */
  static byte[] pngHeader(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", ihdr.toByteArray());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return bytes.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    out.writeInt(data.length);
    byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(typeBytes);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}

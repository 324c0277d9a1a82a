package org.veil.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.veil.model.DecodedImage;

/**
 * Decodes a picture once, subsampled to the size its consumers need, after checking the header.
 *
 * <p>Thread-safe: every call uses its own {@link ImageReader}. Never throws anything but {@link
 * MediaException} for bad input: corrupt data, absurd dimensions and exhausted memory all become a
 * reason an analyst can read.
 */
public final class ImageDecoder {
  /**
   * The shorter side the ingest decodes to (subsampling by {@code floor(shorter side / 480)}): a
   * 1280x960 chat picture is read at 640x480, a 4000x3000 photo at 667x500. That is about twice the
   * 256 px thumbnail, so the thumbnail's area averaging removes subsampling aliasing, and far above
   * PDQ's 64x64 working size; ADR 0121 measures the hash drift (2-4 bits at /2) and the time saved
   * (PDQ at 1280x960 costs about as much as the decode itself).
   */
  public static final int INGEST_MIN_SIDE = 480;

  /** Headers that claim more pixels than this are refused before any pixel is decoded. */
  public static final long MAX_PIXELS = 300_000_000L;

  private ImageDecoder() {}

  /** Decodes in-memory bytes (an archive entry, a test image). */
  public static DecodedImage decode(byte[] bytes, int targetMinSide) throws MediaException {
    if (bytes == null || bytes.length == 0) {
      throw new MediaException("empty file: not a decodable image");
    }
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      return decode(in, targetMinSide, () -> signatureHint(bytes));
    } catch (IOException e) {
      throw new MediaException("cannot read image data: " + e.getMessage(), e);
    }
  }

  /** Decodes a file, opened read-only ({@link FileImageInputStream} uses mode {@code "r"}). */
  public static DecodedImage decode(Path file, int targetMinSide) throws MediaException {
    if (!Files.isRegularFile(file)) {
      throw new MediaException("not a readable file: " + file);
    }
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      return decode(in, targetMinSide, () -> signatureHint(file));
    } catch (FileNotFoundException e) {
      throw new MediaException("cannot open file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MediaException("cannot read file: " + e.getMessage(), e);
    }
  }

  /**
   * The subsampling factor that keeps the shorter side at or above {@code targetMinSide}; 1 when
   * the picture is already small or {@code targetMinSide <= 0} (full resolution).
   */
  public static int subsamplingFor(int width, int height, int targetMinSide) {
    if (targetMinSide <= 0) {
      return 1;
    }
    return Math.max(1, Math.min(width, height) / targetMinSide);
  }

  private interface Hint {
    String get();
  }

  private static DecodedImage decode(ImageInputStream in, int targetMinSide, Hint hint)
      throws MediaException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new MediaException(hint.get());
    }
    ImageReader reader = readers.next();
    String format = formatName(reader);
    String label = format.toUpperCase(Locale.ROOT);
    int width = -1;
    int height = -1;
    try {
      reader.setInput(in, false, true);
      width = reader.getWidth(0);
      height = reader.getHeight(0);
      if (width <= 0 || height <= 0) {
        throw new MediaException(
            label + " header claims " + width + "x" + height + " pixels, refusing to decode");
      }
      long pixels = (long) width * height;
      if (pixels > MAX_PIXELS) {
        throw new MediaException(
            "image claims %dx%d pixels (%d MP), refusing to decode"
                .formatted(width, height, pixels / 1_000_000));
      }
      int subsampling = subsamplingFor(width, height, targetMinSide);
      ImageReadParam param = reader.getDefaultReadParam();
      if (subsampling > 1) {
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
      }
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      // JDK 25 decodes CMYK and YCCK JPEGs itself (SimpleCMYKColorSpace); no fallback needed.
      BufferedImage image = reader.read(0, param);
      for (String warning : warnings) {
        if (isDamage(warning)) {
          throw new MediaException(label + " data is truncated or corrupt: " + warning);
        }
      }
      return new DecodedImage(image, width, height, subsampling, format);
    } catch (MediaException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new MediaException(label + " data is truncated or corrupt: " + reason(e), e);
    } catch (OutOfMemoryError e) {
      // Local to this decode: the buffer that failed is garbage now; the worker can go on.
      throw new MediaException(
          "not enough memory to decode a %dx%d %s image".formatted(width, height, label), e);
    } finally {
      reader.dispose();
    }
  }

  private static boolean isDamage(String warning) {
    // "extraneous bytes before marker" is common in camera files and leaves the pixels intact.
    String w = warning.toLowerCase(Locale.ROOT);
    return !w.contains("extraneous bytes");
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String formatName(ImageReader reader) {
    try {
      String name = reader.getFormatName();
      return name == null ? "image" : name.toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "image";
    }
  }

  private static String signatureHint(Path file) {
    byte[] head = new byte[16];
    try (var in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, head.length);
      return signatureHint(java.util.Arrays.copyOf(head, n));
    } catch (IOException e) {
      return "not a decodable image";
    }
  }

  /** Names formats we recognise but cannot decode, so the reason is not a vague "unknown". */
  static String signatureHint(byte[] bytes) {
    if (bytes.length >= 12
        && ascii(bytes, 0, 4).equals("RIFF")
        && ascii(bytes, 8, 4).equals("WEBP")) {
      return "WebP images are not decodable by this build (no WebP decoder)";
    }
    if (bytes.length >= 12 && ascii(bytes, 4, 4).equals("ftyp")) {
      String brand = ascii(bytes, 8, 4);
      if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("avif")) {
        return "HEIF/AVIF images (" + brand.trim() + ") are not decodable by this build";
      }
    }
    return "not a decodable image";
  }

  private static String ascii(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}

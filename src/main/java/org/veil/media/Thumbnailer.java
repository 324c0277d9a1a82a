package org.veil.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Small upright sRGB JPEG thumbnails for {@code thumbs.db}. */
public final class Thumbnailer {
  /** The longest side of a stored thumbnail. */
  public static final int MAX_SIDE = 256;

  /** JPEG quality: small blobs, no visible blocking at gallery sizes. */
  public static final float QUALITY = 0.8f;

  private Thumbnailer() {}

  /** A thumbnail as stored: the upright JPEG, its size, and the seed of the item's veil. */
  public record Made(byte[] jpeg, int width, int height, VeilSeed seed) {}

  /**
   * Downscales by area averaging (after the subsampled decode, this is the anti-aliasing step),
   * applies the EXIF orientation, encodes a baseline sRGB JPEG, and makes the {@link VeilSeed} from
   * the same upright pixels.
   *
   * @param orientation EXIF orientation 1-8 (anything else is treated as 1)
   * @param maxSide the longest side of the result; a smaller picture keeps its size
   */
  public static Made make(BufferedImage decoded, int orientation, int maxSide)
      throws MediaException {
    if (decoded == null || decoded.getWidth() <= 0 || decoded.getHeight() <= 0) {
      throw new MediaException("no picture to make a thumbnail from");
    }
    if (maxSide <= 0) {
      throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
    }
    int[] size = AreaAverage.fit(decoded.getWidth(), decoded.getHeight(), maxSide);
    BufferedImage small = AreaAverage.downscale(decoded, size[0], size[1]);
    BufferedImage upright = orientation == 1 ? small : Orientation.apply(small, orientation);
    return new Made(
        encodeJpeg(upright, QUALITY),
        upright.getWidth(),
        upright.getHeight(),
        VeilSeed.of(upright));
  }

  /** {@link #make(BufferedImage, int, int)} at {@link #MAX_SIDE}. */
  public static Made make(BufferedImage decoded, int orientation) throws MediaException {
    return make(decoded, orientation, MAX_SIDE);
  }

  /** The JPEG of {@link #make(BufferedImage, int, int)}. */
  public static byte[] jpegThumbnail(BufferedImage decoded, int orientation, int maxSide)
      throws MediaException {
    return make(decoded, orientation, maxSide).jpeg();
  }

  /** {@link #jpegThumbnail(BufferedImage, int, int)} at {@link #MAX_SIDE}. */
  public static byte[] jpegThumbnail(BufferedImage decoded, int orientation) throws MediaException {
    return jpegThumbnail(decoded, orientation, MAX_SIDE);
  }

  /** Reads back a stored thumbnail. */
  public static BufferedImage readThumbnail(byte[] jpeg) throws MediaException {
    if (jpeg == null || jpeg.length == 0) {
      throw new MediaException("empty thumbnail");
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
      if (image == null) {
        throw new MediaException("thumbnail is not a decodable image");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      throw new MediaException("thumbnail is corrupt: " + e.getMessage(), e);
    }
  }

  /** How much of a stored thumbnail the blur needs: 256 px read at 1/4 is 64 px. */
  static final int BLUR_SUBSAMPLING = 4;

  /**
   * Reads back a stored thumbnail at a quarter of its size, for blurring when there is no {@link
   * VeilSeed}: 64 px is four times the blur's largest tiny copy, and far quicker to decode.
   */
  public static BufferedImage readThumbnailForBlur(byte[] jpeg) throws MediaException {
    Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    if (jpeg == null || jpeg.length == 0 || !readers.hasNext()) {
      return readThumbnail(jpeg);
    }
    javax.imageio.ImageReader reader = readers.next();
    try (var in =
        new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      reader.setInput(in, true, true);
      javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(BLUR_SUBSAMPLING, BLUR_SUBSAMPLING, 0, 0);
      return reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      return readThumbnail(jpeg);
    } finally {
      reader.dispose();
    }
  }

  /** Encodes an RGB image as JPEG at the given quality (0-1). */
  public static byte[] encodeJpeg(BufferedImage rgb, float quality) throws MediaException {
    BufferedImage image = rgb;
    if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
      image = AreaAverage.downscale(rgb, rgb.getWidth(), rgb.getHeight());
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new MediaException("no JPEG encoder available");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new MediaException("cannot encode thumbnail: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}

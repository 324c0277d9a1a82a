package org.veil.media;

import java.awt.image.BufferedImage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcodec.api.JCodecException;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;

/**
 * First frames and frame strips of common videos (MP4/MOV with H.264; what JCodec 0.2.5 decodes).
 * Files are opened read-only. Every failure, including the runtime exceptions a pure-Java codec
 * throws on damaged streams, becomes a {@link MediaException} with a reason.
 */
public final class VideoFrames {
  /** Strip frames are reduced to this longer side: a 4x4 preview strip, not a player. */
  public static final int STRIP_FRAME_MAX_SIDE = 256;

  /**
   * How long one video may take to give its first frame, or its strip, before it is given up as
   * damaged: a 1080p H.264 first frame takes well under a second here.
   */
  public static final Duration BUDGET = Duration.ofSeconds(30);

  private VideoFrames() {}

  /** The first frame, upright; empty when the container holds no decodable video frame. */
  public static Optional<BufferedImage> firstFrame(Path file) throws MediaException {
    return firstFrame(file, BUDGET);
  }

  static Optional<BufferedImage> firstFrame(Path file, Duration budget) throws MediaException {
    return withChannel(file, budget, VideoFrames::firstFrame);
  }

  /** As {@link #firstFrame(Path)} for in-memory bytes (an archive entry). */
  public static Optional<BufferedImage> firstFrame(byte[] bytes) throws MediaException {
    return withBytes(bytes, BUDGET, VideoFrames::firstFrame);
  }

  /**
   * Up to {@code count} frames spread evenly over the video (the middle of each of {@code count}
   * equal slices), each at most {@link #STRIP_FRAME_MAX_SIDE} px on its longer side.
   */
  public static List<BufferedImage> strip(Path file, int count) throws MediaException {
    requirePositive(count);
    return withChannel(file, BUDGET, channel -> strip(channel, count));
  }

  /** As {@link #strip(Path, int)} for in-memory bytes. */
  public static List<BufferedImage> strip(byte[] bytes, int count) throws MediaException {
    requirePositive(count);
    return withBytes(bytes, BUDGET, channel -> strip(channel, count));
  }

  private interface Reading<T> {
    T read(SeekableByteChannel channel) throws IOException, JCodecException;
  }

  private static Optional<BufferedImage> firstFrame(SeekableByteChannel channel)
      throws IOException, JCodecException {
    AWTFrameGrab grab = AWTFrameGrab.createAWTFrameGrab(channel);
    return Optional.ofNullable(grab.getFrameWithOrientation());
  }

  private static List<BufferedImage> strip(SeekableByteChannel channel, int count)
      throws IOException, JCodecException {
    AWTFrameGrab grab = AWTFrameGrab.createAWTFrameGrab(channel);
    DemuxerTrackMeta meta = grab.getVideoTrack().getMeta();
    int total = meta == null ? 0 : meta.getTotalFrames();
    List<BufferedImage> frames = new ArrayList<>(count);
    if (total <= 0) {
      BufferedImage frame = grab.getFrameWithOrientation();
      if (frame != null) {
        frames.add(small(frame));
      }
      return frames;
    }
    int last = -1;
    for (int i = 0; i < count; i++) {
      int index = (int) ((i + 0.5) * total / count);
      if (index == last) {
        continue; // fewer frames than asked for
      }
      last = index;
      grab.seekToFramePrecise(index);
      BufferedImage frame = grab.getFrameWithOrientation();
      if (frame == null) {
        break;
      }
      frames.add(small(frame));
    }
    return frames;
  }

  private static BufferedImage small(BufferedImage frame) {
    int[] size = AreaAverage.fit(frame.getWidth(), frame.getHeight(), STRIP_FRAME_MAX_SIDE);
    return AreaAverage.downscale(frame, size[0], size[1]);
  }

  private static <T> T withChannel(Path file, Duration budget, Reading<T> reading)
      throws MediaException {
    if (!Files.isRegularFile(file)) {
      throw new MediaException("not a readable file: " + file);
    }
    // NIOUtils.readableChannel opens a FileInputStream's channel: read-only.
    try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
      return read(new DeadlineChannel(channel, budget), reading);
    } catch (FileNotFoundException e) {
      throw new MediaException("cannot open file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MediaException("cannot read video: " + e.getMessage(), e);
    }
  }

  private static <T> T withBytes(byte[] bytes, Duration budget, Reading<T> reading)
      throws MediaException {
    if (bytes == null || bytes.length == 0) {
      throw new MediaException("empty file: not a decodable video");
    }
    return read(
        new DeadlineChannel(
            ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(bytes)), budget),
        reading);
  }

  private static <T> T read(SeekableByteChannel channel, Reading<T> reading) throws MediaException {
    try {
      return reading.read(channel);
    } catch (JCodecException e) {
      throw new MediaException("unsupported video: " + reason(e), e);
    } catch (DeadlineChannel.TimeUp e) {
      throw new MediaException("video decoding " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MediaException("video data is truncated or corrupt: " + reason(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof DeadlineChannel.TimeUp timeUp) { // JCodec wraps some IOExceptions
          throw new MediaException("video decoding " + timeUp.getMessage(), e);
        }
      }
      // JCodec signals damaged streams with index, null and arithmetic exceptions.
      throw new MediaException("video data is truncated or corrupt: " + reason(e), e);
    } catch (OutOfMemoryError e) {
      throw new MediaException("not enough memory to decode this video", e);
    }
  }

  // a caller's mistake, checked before reading: any exception while reading is the video's fault
  private static void requirePositive(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}

package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFramesTest {
  static final int FRAMES = 24;
  @TempDir static Path temp;
  static Path video;

  /** 24 frames of 160x120 on black, frame n with a white bar 6 * (n + 1) px wide on the left. */
  @BeforeAll
  static void encodeSyntheticVideo() throws Exception {
    video = temp.resolve("clip.mp4");
    AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(video.toFile(), 12);
    for (int n = 0; n < FRAMES; n++) {
      BufferedImage frame = new BufferedImage(160, 120, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = frame.createGraphics();
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, 160, 120);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 6 * (n + 1), 120);
      g.dispose();
      encoder.encodeImage(frame);
    }
    encoder.finish();
    Files.setLastModifiedTime(video, FileTime.fromMillis(1_000_000_000_000L));
  }

  @Test
  void aStripOfNoFramesIsTheCallersMistakeNotTheVideos() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> VideoFrames.strip(video, 0));
    byte[] bytes = Files.readAllBytes(video);
    assertThrows(IllegalArgumentException.class, () -> VideoFrames.strip(bytes, -1));
  }

  @Test
  void aVideoThatTakesTooLongIsGivenUpWithAReason() throws Exception {
    // a hostile file could keep the decoder reading for ever; with no time left it stops at once
    MediaException error =
        assertThrows(
            MediaException.class, () -> VideoFrames.firstFrame(video, java.time.Duration.ZERO));
    assertTrue(
        error.getMessage().startsWith("video decoding gave up after 0 s"), error.getMessage());
    // and the same file within the budget decodes
    assertEquals(0, frameNumber(VideoFrames.firstFrame(video).orElseThrow()));
  }

  @Test
  void firstFrameFromFileAndBytes() throws Exception {
    BufferedImage first = VideoFrames.firstFrame(video).orElseThrow();
    assertEquals(160, first.getWidth());
    assertEquals(120, first.getHeight());
    assertEquals(0, frameNumber(first));
    BufferedImage fromBytes = VideoFrames.firstFrame(Files.readAllBytes(video)).orElseThrow();
    assertEquals(0, frameNumber(fromBytes));
    assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(video).toMillis());
  }

  @Test
  void stripSpreadsFramesOverTheDuration() throws Exception {
    List<BufferedImage> strip = VideoFrames.strip(video, 4);
    assertEquals(4, strip.size());
    int[] numbers = strip.stream().mapToInt(VideoFramesTest::frameNumber).toArray();
    // middles of four 6-frame slices: 3, 9, 15, 21
    assertArrayEquals(new int[] {3, 9, 15, 21}, numbers, Arrays.toString(numbers));
    List<BufferedImage> fromBytes = VideoFrames.strip(Files.readAllBytes(video), 4);
    assertEquals(4, fromBytes.size());
  }

  @Test
  void askingForMoreFramesThanExistGivesEachFrameOnce() throws Exception {
    List<BufferedImage> strip = VideoFrames.strip(video, 100);
    assertEquals(FRAMES, strip.size());
  }

  @Test
  void damagedAndForeignDataAreReasonsNotCrashes() throws Exception {
    byte[] bytes = Files.readAllBytes(video);
    byte[] random = new byte[4096];
    new Random(1).nextBytes(random);
    MediaException e = assertThrows(MediaException.class, () -> VideoFrames.firstFrame(random));
    assertTrue(e.getMessage().startsWith("unsupported video"), e.getMessage());

    // JCodec writes the index (moov) last: a cut file has frames but no index.
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
    MediaException cut =
        assertThrows(MediaException.class, () -> VideoFrames.firstFrame(truncated));
    System.err.println("truncated: " + cut.getMessage());
    assertThrows(MediaException.class, () -> VideoFrames.strip(truncated, 4));

    // Every 50th byte flipped past the header: decoding either copes or reports, never throws.
    byte[] damaged = bytes.clone();
    for (int i = 400; i < damaged.length; i += 50) {
      damaged[i] ^= (byte) 0x5a;
    }
    try {
      VideoFrames.strip(damaged, 4);
    } catch (MediaException expected) {
      assertTrue(!expected.getMessage().isBlank());
    }

    byte[] jpeg = TestPictures.jpeg(TestPictures.scene(1, 64, 48), 0.8f);
    assertThrows(MediaException.class, () -> VideoFrames.firstFrame(jpeg));
    assertThrows(MediaException.class, () -> VideoFrames.firstFrame(temp.resolve("missing.mp4")));
    assertThrows(MediaException.class, () -> VideoFrames.firstFrame(new byte[0]));
  }

  private static int frameNumber(BufferedImage frame) {
    // Strip frames are downscaled: measure the bar as a share of the width.
    int y = frame.getHeight() / 2;
    int white = 0;
    for (int x = 0; x < frame.getWidth(); x++) {
      white += (frame.getRGB(x, y) & 0xff) > 128 ? 1 : 0;
    }
    return Math.round(white * 160f / frame.getWidth() / 6f) - 1;
  }
}

package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Metadata;

/** Hostile and broken files end as problems on the result, never as exceptions. */
class CorruptInputTest {
  @TempDir Path dir;

  @Test
  void truncatedJpegIsReadPartlyWithAProblem() throws IOException {
    byte[] whole = Files.readAllBytes(GoldenFixturesTest.fixtures().resolve("Apple iPhone 4.jpg"));
    byte[] head = Arrays.copyOf(whole, 3000); // cut inside the EXIF segment
    Metadata fromBytes = MetadataReader.read(head, "cut.jpg");
    assertTrue(fromBytes.hasProblems(), "problems: " + fromBytes.problems());
    Path file = dir.resolve("cut.jpg");
    Files.write(file, head);
    Metadata fromPath = MetadataReader.read(file);
    assertEquals(fromBytes.problems(), fromPath.problems());
  }

  @Test
  void randomBytesNamedJpg() throws IOException {
    byte[] noise = new byte[10_000];
    new Random(7).nextBytes(noise);
    noise[0] = 0x12; // not a JPEG/PNG signature by chance
    Path file = dir.resolve("photo.jpg");
    Files.write(file, noise);
    Metadata metadata = MetadataReader.read(file);
    assertTrue(metadata.hasProblems());
    assertTrue(
        metadata.problems().getFirst().contains("could not be read"),
        metadata.problems().toString());
    assertNull(metadata.summary().make());
    assertEquals(List.of(), metadata.summary().aiClues());
  }

  @Test
  void randomBytesBehindAJpegSignature() {
    byte[] noise = new byte[5_000];
    new Random(11).nextBytes(noise);
    noise[0] = (byte) 0xff;
    noise[1] = (byte) 0xd8;
    Metadata metadata = MetadataReader.read(noise, "photo.jpg");
    assertTrue(metadata.hasProblems(), metadata.toString());
  }

  @Test
  void emptyFile() throws IOException {
    Path file = dir.resolve("empty.jpg");
    Files.write(file, new byte[0]);
    assertEquals(List.of("file is empty"), MetadataReader.read(file).problems());
    assertEquals(
        List.of("file is empty"), MetadataReader.read(new byte[0], "empty.jpg").problems());
  }

  @Test
  void missingFile() {
    Metadata metadata = MetadataReader.read(dir.resolve("nowhere.jpg"));
    assertTrue(metadata.problems().getFirst().startsWith("file not found"), metadata.toString());
  }

  @Test
  void pngHeaderClaimingTenGigapixels() throws IOException {
    byte[] png = pngWithHeader(100_000, 100_000);
    Metadata metadata = MetadataReader.read(png, "huge.png");
    assertEquals(100_000, metadata.summary().width());
    assertTrue(
        metadata.problems().stream().anyMatch(p -> p.contains("100000 x 100000")),
        metadata.problems().toString());
    Path file = dir.resolve("huge.png");
    Files.write(file, png);
    assertFalse(MetadataReader.read(file).problems().isEmpty());
  }

  @Test
  void pngChunkLengthBeyondTheFile() throws IOException {
    byte[] png = pngWithHeader(10, 10);
    byte[] cut = Arrays.copyOf(png, png.length - 12); // drop IEND: the IDAT claims too much
    cut[8 + 25 + 3] = (byte) 0x7f; // IDAT length's low byte now points past the end
    Metadata metadata = MetadataReader.read(cut, "cut.png");
    assertTrue(
        metadata.problems().stream().anyMatch(p -> p.contains("beyond the end")),
        metadata.problems().toString());
  }

  @Test
  void pngHeaderWithBadCrc() throws IOException {
    byte[] png = pngWithHeader(10, 10);
    png[8 + 8 + 3] = 11; // width 11, CRC still for 10
    Metadata metadata = MetadataReader.read(png, "edited.png");
    assertTrue(
        metadata.problems().stream().anyMatch(p -> p.contains("CRC")),
        metadata.problems().toString());
  }

  /** A PNG with a valid-CRC IHDR, an empty IDAT and IEND: the header says what it likes. */
  static byte[] pngWithHeader(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    DataOutputStream out = new DataOutputStream(bytes);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream ihdr = new DataOutputStream(header);
    ihdr.writeInt(width);
    ihdr.writeInt(height);
    ihdr.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", header.toByteArray());
    chunk(out, "IDAT", new byte[0]);
    chunk(out, "IEND", new byte[0]);
    return bytes.toByteArray();
  }

  static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    out.writeInt(data.length);
    out.write(typeBytes);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}

package org.veil.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Evidence crafted to break naive tools: bombs, lies, traversal. All synthetic. */
public final class HostileFiles {
  private HostileFiles() {}

  /** A PNG whose header claims {@code width x height} with a few bytes of data behind it. */
  public static byte[] pngClaiming(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(ihdr);
    data.writeInt(width);
    data.writeInt(height);
    data.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", ihdr.toByteArray());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] body)
      throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(body.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    data.write(name);
    data.write(body);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    data.writeInt((int) crc.getValue());
  }

  /** A zip whose one member inflates {@code megabytes} of zeros (~1000:1). */
  public static void zipBomb(Path zip, int megabytes) throws IOException {
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      ZipArchiveEntry entry = new ZipArchiveEntry("zeros.bin");
      out.putArchiveEntry(entry);
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        out.write(zeros);
      }
      out.closeArchiveEntry();
    }
  }

  /** A 7z (LZMA2, solid) with the given member names and contents; names are written as given. */
  public static void sevenZ(Path file, Object... namesAndBytes) throws IOException {
    try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile out =
        new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(file.toFile())) {
      for (int i = 0; i < namesAndBytes.length; i += 2) {
        var entry = new org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry();
        entry.setName((String) namesAndBytes[i]);
        entry.setLastModifiedTime(java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        out.putArchiveEntry(entry);
        out.write((byte[]) namesAndBytes[i + 1]);
        out.closeArchiveEntry();
      }
    }
  }

  /** A zip with the given member names and contents; names are written as given. */
  public static void zip(Path zip, Object... namesAndBytes) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip)) {
      file.write(zipBytes(namesAndBytes));
    }
  }

  public static byte[] zipBytes(Object... namesAndBytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      for (int i = 0; i < namesAndBytes.length; i += 2) {
        ZipArchiveEntry entry = new ZipArchiveEntry((String) namesAndBytes[i]);
        out.putArchiveEntry(entry);
        out.write((byte[]) namesAndBytes[i + 1]);
        out.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * A zip whose member says it is encrypted: a plain zip with the encryption bit set in its local
   * and central headers (writers refuse to produce one without a real cipher).
   */
  public static void zipWithEncryptedMember(Path zip, String name, byte[] content)
      throws IOException {
    byte[] bytes = zipBytes(name, content);
    for (int i = 0; i + 10 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K') {
        if (bytes[i + 2] == 3 && bytes[i + 3] == 4) {
          bytes[i + 6] |= 1;
        } else if (bytes[i + 2] == 1 && bytes[i + 3] == 2) {
          bytes[i + 8] |= 1;
        }
      }
    }
    Files.write(zip, bytes);
  }
}

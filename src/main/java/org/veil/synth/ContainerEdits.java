package org.veil.synth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Inserts a JPEG segment or a PNG chunk into encoded bytes, for the AI-clue samples. */
final class ContainerEdits {
  private ContainerEdits() {}

  /** A segment right after SOI and any APP0 (JFIF), where writers put their metadata. */
  static byte[] insertJpegSegment(byte[] jpeg, int marker, byte[] payload) {
    if (payload.length > 65_533) {
      throw new IllegalArgumentException("JPEG segment payload too long: " + payload.length);
    }
    int at = 2;
    if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
      at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
    out.write(jpeg, 0, at);
    out.write(0xff);
    out.write(marker);
    out.write((payload.length + 2) >> 8);
    out.write((payload.length + 2) & 0xff);
    out.write(payload, 0, payload.length);
    out.write(jpeg, at, jpeg.length - at);
    return out.toByteArray();
  }

  /** A chunk right after IHDR (signature 8 bytes + IHDR 25 bytes), with its CRC. */
  static byte[] insertPngChunk(byte[] png, String type, byte[] data) {
    int at = 8 + 25;
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.capacity());
    out.write(png, 0, at);
    out.write(chunk.array(), 0, chunk.capacity());
    out.write(png, at, png.length - at);
    return out.toByteArray();
  }

  /** A tEXt chunk body: Latin-1 keyword, NUL, Latin-1 text. */
  static byte[] text(String keyword, String text) {
    byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
    byte[] value = text.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(key.length + 1 + value.length)
        .put(key)
        .put((byte) 0)
        .put(value)
        .array();
  }
}

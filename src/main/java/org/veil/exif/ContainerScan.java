package org.veil.exif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A small bounded walk over JPEG segments and PNG chunks for what metadata-extractor does not
 * expose: C2PA (JUMBF in APP11, PNG caBX), generator text-chunk keywords, and the raw XMP packet.
 * It reads headers and the few bytes it needs, never image data.
 */
final class ContainerScan {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] XMP_JPEG_PREFIX =
      "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int MAX_SEGMENTS = 10_000;
  private static final int MAX_CHUNKS = 100_000;
  private static final int JUMBF_PEEK = 256;
  private static final int MAX_XMP_BYTES = 4 * 1024 * 1024;

  private ContainerScan() {}

  static void scan(ByteSource source, AiClues clues, List<String> problems) {
    try {
      byte[] head = source.read(0, 8);
      if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
        scanJpeg(source, clues, problems);
      } else if (startsWith(head, PNG_SIGNATURE)) {
        scanPng(source, clues, problems);
      }
    } catch (IOException e) {
      problems.add("could not scan the file's structure: " + e.getMessage());
    }
  }

  private static void scanJpeg(ByteSource source, AiClues clues, List<String> problems)
      throws IOException {
    long size = source.size();
    long position = 2;
    for (int segments = 0; segments < MAX_SEGMENTS; segments++) {
      byte[] header = source.read(position, 4);
      if (header.length < 2 || (header[0] & 0xff) != 0xff) {
        problems.add("JPEG structure broken at byte " + position + " (no segment marker)");
        return;
      }
      int marker = header[1] & 0xff;
      if (marker == 0xff) { // fill byte before a marker
        position++;
        continue;
      }
      if (marker == 0xda || marker == 0xd9) { // start of scan / end of image: no metadata after
        return;
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { // standalone markers
        position += 2;
        continue;
      }
      if (header.length < 4) {
        problems.add("JPEG truncated inside the segment header at byte " + position);
        return;
      }
      int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
      if (length < 2 || position + 2 + length > size) {
        problems.add(
            "JPEG segment 0x%02X at byte %d claims %d bytes beyond the end of the file"
                .formatted(marker, position, length));
        return;
      }
      long payload = position + 4;
      int payloadLength = length - 2;
      if (marker == 0xeb
          && isC2paJumbf(source.read(payload, Math.min(payloadLength, JUMBF_PEEK)))) {
        clues.add(AiClues.C2PA_JPEG);
      } else if (marker == 0xe1 && payloadLength > XMP_JPEG_PREFIX.length) {
        byte[] prefix = source.read(payload, XMP_JPEG_PREFIX.length);
        if (startsWith(prefix, XMP_JPEG_PREFIX)) {
          byte[] packet =
              source.read(payload + XMP_JPEG_PREFIX.length, payloadLength - XMP_JPEG_PREFIX.length);
          clues.xmpText(new String(packet, StandardCharsets.UTF_8));
        }
      }
      position += 2 + length;
    }
    problems.add("JPEG has more than " + MAX_SEGMENTS + " segments; stopped reading");
  }

  private static void scanPng(ByteSource source, AiClues clues, List<String> problems)
      throws IOException {
    long size = source.size();
    long position = 8;
    for (int chunks = 0; chunks < MAX_CHUNKS; chunks++) {
      if (position == size) {
        problems.add("PNG ends without an IEND chunk");
        return;
      }
      byte[] header = source.read(position, 8);
      if (header.length < 8) {
        problems.add("PNG truncated inside a chunk header at byte " + position);
        return;
      }
      long length =
          ((header[0] & 0xffL) << 24)
              | ((header[1] & 0xffL) << 16)
              | ((header[2] & 0xffL) << 8)
              | (header[3] & 0xffL);
      String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
      long data = position + 8;
      if (length > Integer.MAX_VALUE || data + length + 4 > size) {
        problems.add(
            "PNG chunk '%s' at byte %d claims %d bytes beyond the end of the file"
                .formatted(printable(type), position, length));
        return;
      }
      int dataLength = (int) length;
      switch (type) {
        case "IHDR" -> checkCrc(source, position, dataLength, type, problems);
        case "tEXt", "zTXt", "iTXt" -> {
          byte[] peek = source.read(data, Math.min(dataLength, 80));
          String keyword = keyword(peek);
          clues.pngKeyword(keyword);
          if ("iTXt".equals(type) && "XML:com.adobe.xmp".equals(keyword)) {
            readItxtXmp(source.read(data, Math.min(dataLength, MAX_XMP_BYTES)), clues);
          }
        }
        case "caBX" -> clues.add(AiClues.C2PA_PNG);
        case "IEND" -> {
          return;
        }
        default -> {}
      }
      position = data + length + 4;
    }
    problems.add("PNG has more than " + MAX_CHUNKS + " chunks; stopped reading");
  }

  /** Uncompressed iTXt XMP only; a compressed packet is left to metadata-extractor's parser. */
  private static void readItxtXmp(byte[] chunk, AiClues clues) {
    int keywordEnd = indexOf(chunk, 0, (byte) 0);
    if (keywordEnd < 0 || keywordEnd + 2 >= chunk.length || chunk[keywordEnd + 1] != 0) {
      return;
    }
    int languageEnd = indexOf(chunk, keywordEnd + 3, (byte) 0);
    int translatedEnd = languageEnd < 0 ? -1 : indexOf(chunk, languageEnd + 1, (byte) 0);
    if (translatedEnd < 0) {
      return;
    }
    clues.xmpText(
        new String(
            chunk, translatedEnd + 1, chunk.length - translatedEnd - 1, StandardCharsets.UTF_8));
  }

  private static void checkCrc(
      ByteSource source, long position, int dataLength, String type, List<String> problems)
      throws IOException {
    byte[] chunk = source.read(position + 4, 4 + dataLength + 4);
    if (chunk.length < 8 + dataLength) {
      return;
    }
    CRC32 crc = new CRC32();
    crc.update(chunk, 0, 4 + dataLength);
    long stored =
        ((chunk[4 + dataLength] & 0xffL) << 24)
            | ((chunk[5 + dataLength] & 0xffL) << 16)
            | ((chunk[6 + dataLength] & 0xffL) << 8)
            | (chunk[7 + dataLength] & 0xffL);
    if (crc.getValue() != stored) {
      problems.add("PNG chunk '" + type + "' fails its CRC check (corrupt or edited)");
    }
  }

  /** A JUMBF superbox ('jumb') whose description box carries the 'c2pa' label. */
  static boolean isC2paJumbf(byte[] payload) {
    return indexOf(payload, "jumb".getBytes(StandardCharsets.ISO_8859_1)) >= 0
        && indexOf(payload, "c2pa".getBytes(StandardCharsets.ISO_8859_1)) >= 0;
  }

  private static String keyword(byte[] peek) {
    int end = indexOf(peek, 0, (byte) 0);
    return end <= 0 ? null : new String(peek, 0, end, StandardCharsets.ISO_8859_1);
  }

  private static String printable(String type) {
    return type.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? type : "?";
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int from, byte value) {
    for (int i = Math.max(from, 0); i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

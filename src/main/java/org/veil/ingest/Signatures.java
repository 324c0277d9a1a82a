package org.veil.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.model.MediaKind;

/**
 * Identifies files by their signature (magic bytes), never by name: seized media is often renamed
 * to hide it. The extension is only compared, to flag {@code extension-mismatch}.
 */
public final class Signatures {
  /** How many leading bytes {@link #identify} needs at most. */
  public static final int HEAD_BYTES = 512;

  private static final Map<String, Set<String>> EXTENSIONS =
      Map.ofEntries(
          Map.entry("image/jpeg", Set.of("jpg", "jpeg", "jpe", "jfif")),
          Map.entry("image/png", Set.of("png")),
          Map.entry("image/gif", Set.of("gif")),
          Map.entry("image/webp", Set.of("webp")),
          Map.entry("image/bmp", Set.of("bmp", "dib")),
          Map.entry("image/tiff", Set.of("tif", "tiff", "dng", "nef", "cr2", "arw")),
          Map.entry("image/heic", Set.of("heic", "heif", "hif")),
          Map.entry("image/avif", Set.of("avif")),
          Map.entry("video/mp4", Set.of("mp4", "m4v", "3gp", "3g2")),
          Map.entry("video/quicktime", Set.of("mov", "qt")),
          Map.entry("video/x-msvideo", Set.of("avi")),
          Map.entry("video/x-matroska", Set.of("mkv", "webm")),
          Map.entry("audio/mpeg", Set.of("mp3")),
          Map.entry("audio/ogg", Set.of("ogg", "oga", "opus")),
          Map.entry("audio/wav", Set.of("wav")),
          Map.entry("audio/mp4", Set.of("m4a")),
          Map.entry("application/pdf", Set.of("pdf")),
          Map.entry("application/zip", Set.of("zip", "docx", "xlsx", "pptx", "apk", "jar", "odt")),
          Map.entry("application/x-tar", Set.of("tar")),
          Map.entry("application/gzip", Set.of("gz", "tgz")),
          Map.entry("application/x-7z-compressed", Set.of("7z")),
          Map.entry("application/vnd.rar", Set.of("rar")),
          Map.entry("application/vnd.sqlite3", Set.of("db", "sqlite", "sqlite3")),
          Map.entry("application/json", Set.of("json")),
          Map.entry("text/html", Set.of("html", "htm")));

  /** Extensions that promise a type we would recognise; a file without it has a wrong name. */
  private static final Map<String, String> PROMISED =
      EXTENSIONS.entrySet().stream()
          .flatMap(e -> e.getValue().stream().map(ext -> Map.entry(ext, e.getKey())))
          .filter(e -> !e.getKey().equals("json") && !e.getKey().startsWith("htm"))
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

  private Signatures() {}

  public static FileType identify(byte[] head, int length) {
    int n = Math.min(length, head.length);
    if (starts(head, n, 0xFF, 0xD8, 0xFF)) {
      return image("image/jpeg");
    }
    if (starts(head, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return image("image/png");
    }
    if (ascii(head, n, 0, "GIF87a") || ascii(head, n, 0, "GIF89a")) {
      return image("image/gif");
    }
    if (ascii(head, n, 0, "RIFF") && ascii(head, n, 8, "WEBP")) {
      return image("image/webp");
    }
    if (ascii(head, n, 0, "RIFF") && ascii(head, n, 8, "AVI ")) {
      return new FileType("video/x-msvideo", MediaKind.VIDEO);
    }
    if (ascii(head, n, 0, "RIFF") && ascii(head, n, 8, "WAVE")) {
      return new FileType("audio/wav", MediaKind.AUDIO);
    }
    if (ascii(head, n, 0, "BM") && n > 14) {
      return image("image/bmp");
    }
    if (starts(head, n, 'I', 'I', 0x2A, 0x00) || starts(head, n, 'M', 'M', 0x00, 0x2A)) {
      return image("image/tiff");
    }
    if (ascii(head, n, 4, "ftyp")) {
      return isoMedia(
          new String(head, 8, Math.min(4, Math.max(0, n - 8)), StandardCharsets.US_ASCII));
    }
    if (starts(head, n, 0x1A, 0x45, 0xDF, 0xA3)) {
      return new FileType("video/x-matroska", MediaKind.VIDEO);
    }
    if (ascii(head, n, 0, "ID3") || starts(head, n, 0xFF, 0xFB)) {
      return new FileType("audio/mpeg", MediaKind.AUDIO);
    }
    if (ascii(head, n, 0, "OggS")) {
      return new FileType("audio/ogg", MediaKind.AUDIO);
    }
    if (ascii(head, n, 0, "%PDF-")) {
      return new FileType("application/pdf", MediaKind.DOCUMENT);
    }
    if (starts(head, n, 'P', 'K', 3, 4) || starts(head, n, 'P', 'K', 5, 6)) {
      return new FileType("application/zip", MediaKind.ARCHIVE);
    }
    if (starts(head, n, 0x1F, 0x8B)) {
      return new FileType("application/gzip", MediaKind.ARCHIVE);
    }
    if (ascii(head, n, 257, "ustar")) {
      return new FileType("application/x-tar", MediaKind.ARCHIVE);
    }
    if (starts(head, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return new FileType("application/x-7z-compressed", MediaKind.ARCHIVE);
    }
    if (ascii(head, n, 0, "Rar!")) {
      return new FileType("application/vnd.rar", MediaKind.ARCHIVE);
    }
    if (ascii(head, n, 0, "SQLite format 3")) {
      return new FileType("application/vnd.sqlite3", MediaKind.DOCUMENT);
    }
    return FileType.UNKNOWN;
  }

  private static FileType isoMedia(String brand) {
    return switch (brand) {
      case "heic", "heix", "heim", "heis", "mif1", "msf1" -> image("image/heic");
      case "avif", "avis" -> image("image/avif");
      case "qt  " -> new FileType("video/quicktime", MediaKind.VIDEO);
      case "M4A " -> new FileType("audio/mp4", MediaKind.AUDIO);
      default -> new FileType("video/mp4", MediaKind.VIDEO);
    };
  }

  /**
   * True when the name's extension promises a different type than the content has, including an
   * image extension on content we cannot recognise at all.
   */
  public static boolean extensionMismatch(String fileName, FileType type) {
    String extension = extension(fileName);
    if (extension.isEmpty()) {
      return false;
    }
    Set<String> expected = EXTENSIONS.get(type.mime());
    if (expected != null) {
      return !expected.contains(extension);
    }
    return PROMISED.containsKey(extension);
  }

  static String extension(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('!'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static FileType image(String mime) {
    return new FileType(mime, MediaKind.IMAGE);
  }

  private static boolean starts(byte[] head, int n, int... bytes) {
    if (n < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] head, int n, int offset, String text) {
    byte[] want = text.getBytes(StandardCharsets.US_ASCII);
    return n >= offset + want.length
        && Arrays.equals(head, offset, offset + want.length, want, 0, want.length);
  }
}

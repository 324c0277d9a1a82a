package org.veil.chat;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.veil.model.Attachment;

/**
 * Turns the media paths an export names into {@link Attachment}s relative to the export root,
 * checking that each stays inside the root and exists. A hostile export naming {@code
 * ../../etc/passwd} or an absolute path gets an attachment marked absent, and a report.
 */
final class ExportMedia {
  private final Predicate<String> exists;

  private ExportMedia(Predicate<String> exists) {
    this.exists = exists;
  }

  /** Media in a folder: paths are relative to {@code root}. */
  static ExportMedia inFolder(Path root) {
    return new ExportMedia(relative -> Files.isRegularFile(root.resolve(relative)));
  }

  /** Media in an archive: paths are entry names. */
  static ExportMedia inEntries(Set<String> entryNames) {
    return new ExportMedia(entryNames::contains);
  }

  /** Media that cannot be present (the parser has no files to look at). */
  static ExportMedia none() {
    return new ExportMedia(relative -> false);
  }

  /**
   * An attachment for a path as the export wrote it.
   *
   * @param where the message location, for the report
   */
  Attachment attachment(
      String written, String mediaType, String mimeType, String where, ChatSink sink) {
    String relative = normalise(written);
    if (relative == null) {
      sink.skipped(where, "attachment path outside the export ignored as absent: " + written);
      return new Attachment(written, mediaType, mimeType, false);
    }
    boolean present = exists.test(relative);
    return new Attachment(relative, mediaType, mimeType, present);
  }

  // per attachment, so compiled once (String.matches compiles its pattern on every call)
  private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("[A-Za-z]:");

  private static final java.util.regex.Pattern SCHEME =
      java.util.regex.Pattern.compile("(?i)[a-z][a-z0-9+.-]*:");

  /** Whether {@code href} starts with a URL scheme ({@code https:}, {@code tg:}, ...). */
  static boolean isWebAddress(String href) {
    return SCHEME.matcher(href).lookingAt();
  }

  /** The path with {@code /} separators, or null when it is absolute or leaves the root. */
  static String normalise(String written) {
    if (written == null || written.isBlank() || written.indexOf('\0') >= 0) {
      return null;
    }
    String slashed = written.replace('\\', '/');
    if (slashed.startsWith("/") || DRIVE.matcher(slashed).lookingAt()) {
      return null;
    }
    try {
      Path normalized = Path.of(slashed).normalize();
      String result = normalized.toString().replace('\\', '/');
      if (result.isEmpty() || result.equals("..") || result.startsWith("../")) {
        return null;
      }
      return result;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}

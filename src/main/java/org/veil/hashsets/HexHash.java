package org.veil.hashsets;

import java.util.Locale;

/** Hash strings as sets write them: any case, maybe spaced; Veil keeps lower-case hex. */
public final class HexHash {
  private HexHash() {}

  /** Lower-case hex of exactly {@code length} digits, or null when the text is not one. */
  public static String of(String text, int length) {
    if (text == null) {
      return null;
    }
    String clean = text.strip().toLowerCase(Locale.ROOT);
    if (clean.length() != length) {
      return null;
    }
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return null;
      }
    }
    return clean;
  }

  /** Which hash a bare hex string is by its length: md5, sha1, sha256, or null. */
  static String kindOf(String text) {
    if (text == null) {
      return null;
    }
    String clean = text.strip();
    return switch (clean.length()) {
      case 32 -> of(clean, 32) == null ? null : "md5";
      case 40 -> of(clean, 40) == null ? null : "sha1";
      case 64 -> of(clean, 64) == null ? null : "sha256";
      default -> null;
    };
  }
}

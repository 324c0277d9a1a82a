package org.veil.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A user name as Veil compares it: Unicode-compatibility folded (full-width letters become plain),
 * trimmed, without a leading {@code @}, lower-cased. "@Kim_Minsu" and "ｋｉｍ_minsu" are the same
 * name; "kim" is not "kim_minsu".
 */
public record UserName(String key) {

  public static UserName of(String raw) {
    return new UserName(key(raw));
  }

  /** The comparison key of {@code raw}; empty for null or blank. */
  public static String key(String raw) {
    if (raw == null) {
      return "";
    }
    // NFKC leaves ASCII as it is; most names are, and this runs several times per message
    String folded = (isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC)).strip();
    if (folded.startsWith("@")) {
      folded = folded.substring(1).strip();
    }
    return folded.toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

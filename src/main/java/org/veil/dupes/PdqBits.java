package org.veil.dupes;

/** PDQ hashes as four longs (hex digits 0-15 in the first), for fast Hamming distances. */
public final class PdqBits {
  private PdqBits() {}

  /** Parses 64 hex digits; anything else is rejected with the offending text. */
  public static void parse(String hex, long[] into, int offset) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("a PDQ hash is 64 hex digits: " + hex);
    }
    for (int i = 0; i < 4; i++) {
      long word = 0;
      for (int k = 16 * i; k < 16 * i + 16; k++) {
        int digit = Character.digit(hex.charAt(k), 16);
        if (digit < 0) {
          throw new IllegalArgumentException("not a hex digit in PDQ hash: " + hex);
        }
        word = (word << 4) | digit;
      }
      into[offset + i] = word;
    }
  }

  public static long[] parse(String hex) {
    long[] words = new long[4];
    parse(hex, words, 0);
    return words;
  }

  public static String hex(long[] words, int offset) {
    StringBuilder hex = new StringBuilder(64);
    for (int i = 0; i < 4; i++) {
      String word = Long.toHexString(words[offset + i]);
      hex.repeat('0', 16 - word.length()).append(word);
    }
    return hex.toString();
  }

  public static int distance(long[] a, int aOffset, long[] b, int bOffset) {
    return Long.bitCount(a[aOffset] ^ b[bOffset])
        + Long.bitCount(a[aOffset + 1] ^ b[bOffset + 1])
        + Long.bitCount(a[aOffset + 2] ^ b[bOffset + 2])
        + Long.bitCount(a[aOffset + 3] ^ b[bOffset + 3]);
  }

  public static int distance(String hexA, String hexB) {
    return distance(parse(hexA), 0, parse(hexB), 0);
  }
}

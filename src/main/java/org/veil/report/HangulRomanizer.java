package org.veil.report;

/**
 * Letter-by-letter Revised Romanization of Hangul syllables, for PDF reports whose font cannot show
 * Korean. It ignores the sound-change rules (it is a readable stand-in, not a transcription); the
 * HTML report always carries the original text.
 */
final class HangulRomanizer {
  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] VOWEL = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private HangulRomanizer() {}

  static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST && codePoint <= LAST;
  }

  /** The romanization of one syllable; {@code codePoint} must be a Hangul syllable. */
  static String syllable(int codePoint) {
    int index = codePoint - FIRST;
    return INITIAL[index / 588] + VOWEL[(index % 588) / 28] + FINAL[index % 28];
  }
}

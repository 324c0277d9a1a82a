package org.veil.index;

/**
 * The shape of the message index: fields, analyzers, tokenization. Bump {@link #CURRENT} whenever
 * any of these change; an index written under another number is wiped on open and the caller
 * re-feeds every message ({@link MessageIndex#needsRebuild()}).
 */
public final class IndexVersion {
  /**
   * 1: standard + nori (discard decompound, default stop tags) + CJK bigram text, user, mention. 2:
   * the nori and bigram fields only for text with Hangul, Han or kana.
   */
  public static final int CURRENT = 2;

  /** The key under which the version is kept in each Lucene commit's user data. */
  static final String COMMIT_KEY = "veil.index.version";

  private IndexVersion() {}
}

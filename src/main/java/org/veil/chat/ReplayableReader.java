package org.veil.chat;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the last characters it delivered, so a parser that failed can be
 * restarted a little before the point it had read to (to skip a broken message and resume). The
 * window is fixed: memory stays bounded whatever the size of the export.
 */
final class ReplayableReader extends Reader {
  private final Reader base;
  private final char[] ring;
  private long pulled; // characters taken from base so far
  private long cursor; // document position of the next character delivered

  ReplayableReader(Reader base, int window) {
    this.base = base;
    this.ring = new char[window];
  }

  /** The document position of the next character this reader delivers. */
  long position() {
    return cursor;
  }

  /** Whether {@link #rewindTo} can go back to this position. */
  boolean canRewindTo(long position) {
    return position <= pulled && position >= Math.max(0, pulled - ring.length);
  }

  void rewindTo(long position) {
    if (!canRewindTo(position)) {
      throw new IllegalArgumentException("position " + position + " is outside the window");
    }
    cursor = position;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (cursor < pulled) {
      int n = (int) Math.min(len, pulled - cursor);
      for (int i = 0; i < n; i++) {
        target[off + i] = ring[(int) ((cursor + i) % ring.length)];
      }
      cursor += n;
      return n;
    }
    int n = base.read(target, off, Math.min(len, ring.length));
    if (n <= 0) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      ring[(int) ((pulled + i) % ring.length)] = target[off + i];
    }
    pulled += n;
    cursor = pulled;
    return n;
  }

  /** Reads one character, or -1 at the end. */
  int next() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0];
  }

  @Override
  public void close() throws IOException {
    base.close();
  }
}

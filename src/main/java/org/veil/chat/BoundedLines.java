package org.veil.chat;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, as {@link java.io.BufferedReader#readLine()} splits them ({@code \n}, {@code
 * \r\n}, {@code \r}), each kept to at most {@code max} characters: a multi-gigabyte file without a
 * line break cannot fill the memory. The rest of a longer line is read and dropped.
 */
final class BoundedLines implements Closeable {
  private final Reader in;
  private final int max;
  private final char[] buffer = new char[1 << 13];
  private int position;
  private int length;
  private boolean cut;

  BoundedLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its terminator, or null at the end. */
  String next() throws IOException {
    StringBuilder line = null;
    cut = false;
    while (true) {
      if (position == length && !fill()) {
        return line == null ? null : line.toString();
      }
      char c = buffer[position++];
      if (line == null) {
        line = new StringBuilder();
      }
      if (c == '\n') {
        return line.toString();
      }
      if (c == '\r') {
        if ((position < length || fill()) && buffer[position] == '\n') {
          position++;
        }
        return line.toString();
      }
      if (line.length() < max) {
        line.append(c);
      } else {
        cut = true;
      }
    }
  }

  /** Whether the line {@link #next()} returned last was longer than the limit (and cut). */
  boolean wasCut() {
    return cut;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    position = 0;
    length = Math.max(0, n);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

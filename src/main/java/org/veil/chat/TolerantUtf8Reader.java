package org.veil.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8, replacing invalid byte sequences with U+FFFD and remembering their byte offsets,
 * so a broken export is read to the end and the repairs can be reported. Skips a leading BOM.
 */
final class TolerantUtf8Reader extends Reader {
  private static final int MAX_REMEMBERED = 1000;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
  private final List<Long> repairs = new ArrayList<>();
  private long bytesConsumed;
  private long repairCount;
  private boolean eof;
  private boolean started;
  private boolean flushed;

  TolerantUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(target, off, n);
    return n;
  }

  /** Byte offsets of invalid sequences found since the last call (at most 1000 remembered). */
  List<Long> takeRepairs() {
    List<Long> taken = List.copyOf(repairs);
    repairs.clear();
    return taken;
  }

  long repairCount() {
    return repairCount;
  }

  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() || bytes.remaining() < 4 && !eof) {
          readMore();
        }
        if (!started) {
          started = true;
          skipBom();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, eof);
        bytesConsumed += bytes.position() - before;
        if (result.isError()) {
          remember(bytesConsumed);
          bytes.position(bytes.position() + result.length());
          bytesConsumed += result.length();
          chars.put('\uFFFD');
        } else if (eof && !bytes.hasRemaining()) {
          decoder.flush(chars);
          flushed = true;
          break;
        } else if (result.isUnderflow() && eof) {
          // an incomplete sequence at the very end
          remember(bytesConsumed);
          bytesConsumed += bytes.remaining();
          bytes.position(bytes.limit());
          chars.put('\uFFFD');
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  private void readMore() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void skipBom() {
    if (bytes.remaining() >= 3
        && (bytes.get(0) & 0xff) == 0xEF
        && (bytes.get(1) & 0xff) == 0xBB
        && (bytes.get(2) & 0xff) == 0xBF) {
      bytes.position(3);
      bytesConsumed = 3;
    }
  }

  private void remember(long offset) {
    repairCount++;
    if (repairs.size() < MAX_REMEMBERED) {
      repairs.add(offset);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

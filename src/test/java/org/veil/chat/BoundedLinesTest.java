package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  @Test
  void splitsLinesAsBufferedReaderDoes() throws Exception {
    for (String text :
        List.of("", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\r\n\r\n", "오전 9:01 - 민수: 안녕\r\n다음")) {
      assertEquals(expected(text), lines(new BoundedLines(new StringReader(text), 100)), text);
    }
  }

  @Test
  void aLineLongerThanTheLimitIsCutAndSaysSo() throws Exception {
    BoundedLines lines = new BoundedLines(new StringReader("x".repeat(50_000) + "\nnext"), 10);
    assertEquals("xxxxxxxxxx", lines.next());
    assertTrue(lines.wasCut());
    assertEquals("next", lines.next());
    assertFalse(lines.wasCut());
    assertNull(lines.next());
  }

  @Test
  void aFileWithoutLineBreaksNeverHoldsMoreThanTheLimit() throws Exception {
    // 200 million characters streamed, none kept past the first 1000
    Reader endless =
        new Reader() {
          long left = 200_000_000L;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (left == 0) {
              return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, 'z');
            left -= n;
            return n;
          }

          @Override
          public void close() {}
        };
    BoundedLines lines = new BoundedLines(endless, 1000);
    assertEquals(1000, lines.next().length());
    assertTrue(lines.wasCut());
    assertNull(lines.next());
  }

  private static List<String> lines(BoundedLines lines) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line; (line = lines.next()) != null; ) {
      out.add(line);
    }
    return out;
  }

  private static List<String> expected(String text) throws Exception {
    return new BufferedReader(new StringReader(text)).lines().toList();
  }
}

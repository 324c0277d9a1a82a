package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.SyntheticTelegramExport;

/**
 * A 200 000-message export is parsed in a child JVM whose heap is a fraction of the file: loading
 * the file whole (or keeping the messages) would end in OutOfMemoryError and fail this test.
 */
class LargeTelegramExportTest {
  private static final int MESSAGES = 200_000;
  private static final String HEAP = "-Xmx16m";
  private static final long HEAP_BYTES = 16L << 20;

  @TempDir Path dir;

  @Test
  void streamsTwoHundredThousandMessagesInATinyHeap() throws Exception {
    Path json = new SyntheticTelegramExport(MESSAGES, 5_000, 20, 42).writeTo(dir.resolve("export"));
    long size = Files.size(json);
    assertTrue(size > 4 * HEAP_BYTES, "the file must dwarf the heap: " + size);

    Path counts = dir.resolve("counts.txt");
    Path log = dir.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    HEAP,
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CountMessages.class.getName(),
                    json.toString(),
                    counts.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    assertEquals(0, child.exitValue(), () -> "child failed: " + read(log));
    String[] got = Files.readString(counts).split(" ");
    assertEquals("20", got[0], "chats");
    assertEquals(String.valueOf(MESSAGES), got[2], "messages");
    assertEquals("0", got[3], "nothing skipped");
    assertTrue(Long.parseLong(got[1]) <= 5_000, "participants " + got[1]);
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}

package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A benchmark runs end to end at a toy size and says what it measured; no timing is judged. */
class BenchCommandTest {
  @TempDir Path temp;

  @Test
  void searchBenchWarmsUpImportsAndReportsEveryFigure() throws Exception {
    Path work = temp.resolve("work");
    CliContractTest.Run run =
        CliContractTest.veil(
            "bench",
            "search",
            "--messages",
            "3000",
            "--warmup-messages",
            "1000",
            "--users",
            "50",
            "--rooms",
            "5",
            "--rounds",
            "1",
            "--user-queries",
            "3",
            "--work",
            work.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("warm-up: imported 1,000 other messages"), run.out());
    String[] lines = run.out().strip().split("\n");
    String json = lines[lines.length - 1];
    assertEquals(3000, number(json, "messages"));
    assertEquals(1000, number(json, "warmup_messages"));
    assertTrue(number(json, "warmup_import_messages_per_s") > 0);
    assertTrue(number(json, "import_messages_per_s") > 0);
    assertTrue(number(json, "import_first_half_messages_per_s") > 0);
    assertTrue(number(json, "import_second_half_messages_per_s") > 0);
    assertTrue(number(json, "import_finish_s") >= 0);
    assertTrue(number(json, "keyword_p95_ms") > 0);
    assertTrue(json.contains("\"import_at_least_50000_per_s\":"), json);
    assertTrue(Files.notExists(work), "the work folder is deleted without --keep");
  }

  private static double number(String json, String field) {
    var matcher = java.util.regex.Pattern.compile("\"" + field + "\":(-?[0-9.]+)").matcher(json);
    assertTrue(matcher.find(), field + " in " + json);
    return Double.parseDouble(matcher.group(1));
  }
}

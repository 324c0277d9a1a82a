package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PdqCommandTest {
  static final Path DIH =
      Path.of(System.getProperty("veil.shared.fixtures", "../shared/fixtures")).resolve("pdq/dih");
  // The reference Java hasher's values for ImageIO-decoded pixels (expected.csv, "exact" rows).
  static final String ORIGINAL = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
  static final String ROTATED = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af";

  @TempDir Path temp;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new PdqCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void jsonLinesCarryFileHashAndQuality() {
    Path a = DIH.resolve("bridge-1-original.jpg");
    Path b = DIH.resolve("bridge-2-rotate-90.jpg");
    Run run = run("--json", a.toString(), b.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        List.of(
            "{\"file\":\"" + a + "\",\"hash\":\"" + ORIGINAL + "\",\"quality\":100}",
            "{\"file\":\"" + b + "\",\"hash\":\"" + ROTATED + "\",\"quality\":100}"),
        run.lines());
  }

  @Test
  void dihedralPrintsEightVariantsTheRotatedFileMatchingItsOwn() {
    Path a = DIH.resolve("bridge-1-original.jpg");
    Run run = run("--json", "--dihedral", a.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.lines();
    assertEquals(8, lines.size());
    assertTrue(lines.get(0).contains("\"variant\":\"original\",\"hash\":\"" + ORIGINAL + "\""));
    assertTrue(lines.get(1).contains("\"variant\":\"rotate-90\""), lines.get(1));
    String rotate90 = lines.get(1).replaceAll(".*\"hash\":\"([0-9a-f]{64})\".*", "$1");
    assertTrue(org.veil.media.Pdq.hamming(rotate90, ROTATED) <= 16);
  }

  @Test
  void textModeAndIngestSize() {
    Path a = DIH.resolve("bridge-1-original.jpg");
    Run run = run(a.toString());
    assertEquals(ORIGINAL + " 100 " + a, run.out().strip());
    Run ingest = run("--ingest-size", a.toString());
    String hash = ingest.out().split(" ")[0];
    int distance = org.veil.media.Pdq.hamming(hash, ORIGINAL);
    assertTrue(distance > 0 && distance <= 8, "ingest-size differs a little: " + distance);
  }

  @Test
  void unreadableFilesAreListedAndTheRestHashed() throws Exception {
    Path junk = temp.resolve("junk.jpg");
    Files.write(junk, new byte[] {1, 2, 3, 4, 5});
    Path missing = temp.resolve("missing.jpg");
    Path a = DIH.resolve("bridge-1-original.jpg");
    Run run = run("--json", junk.toString(), missing.toString(), a.toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.lines().size());
    assertTrue(run.err().contains("veil pdq: " + junk + ": not a decodable image"), run.err());
    assertTrue(run.err().contains("veil pdq: " + missing + ": not a readable file"), run.err());
    assertEquals(2, run.err().lines().count());
  }

  @Test
  void noFilesIsAUsageError() {
    Run run = run("--json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("FILE"), run.err());
  }
}

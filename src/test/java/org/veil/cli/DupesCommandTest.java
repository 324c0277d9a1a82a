package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.SyntheticImages;

class DupesCommandTest {
  @TempDir static Path temp;
  static Path caseDir;

  /**
   * Evidence: a picture, its byte copy, a half-size recompressed copy, and two unrelated pictures.
   */
  @BeforeAll
  static void ingest() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    BufferedImage original = SyntheticImages.draw(800, 600, 7);
    byte[] jpeg = SyntheticImages.jpeg(original, 0.9f);
    Files.write(evidence.resolve("a-original.jpg"), jpeg);
    Files.write(evidence.resolve("b-copy.jpg"), jpeg);
    Files.write(
        evidence.resolve("c-small.jpg"),
        SyntheticImages.jpeg(SyntheticImages.resized(original, 400, 300), 0.6f));
    Files.write(
        evidence.resolve("d-other.jpg"),
        SyntheticImages.jpeg(SyntheticImages.draw(800, 600, 1234), 0.9f));
    Files.write(
        evidence.resolve("e-other.jpg"),
        SyntheticImages.jpeg(SyntheticImages.draw(640, 480, 999), 0.9f));
    caseDir = temp.resolve("Dupes.veil");
    assertEquals(0, quiet("case", "create", caseDir.toString(), "--name", "Dupes"));
    assertEquals(0, quiet("ingest", caseDir.toString(), evidence.toString()));
  }

  @Test
  void exactThenNearGroupsAsJsonLines() {
    Run run = dupes(caseDir.toString(), "--json");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    String exact = lines.get(0);
    assertTrue(exact.startsWith("{\"group\":1,\"kind\":\"exact\",\"members\":[{\"item\":"), exact);
    assertTrue(exact.contains("a-original.jpg\",\"distance\":0}"), exact);
    assertTrue(exact.contains("b-copy.jpg\",\"distance\":0}"), exact);
    String near = lines.get(1);
    assertTrue(near.startsWith("{\"group\":2,\"kind\":\"near\""), near);
    assertTrue(near.contains("a-original.jpg") && near.contains("b-copy.jpg"), near);
    assertTrue(near.contains("c-small.jpg"), near);
    assertTrue(!near.contains("other"), near);
  }

  @Test
  void kindAndDistanceOptions() {
    Run exact = dupes(caseDir.toString(), "--exact", "--json");
    assertEquals(1, exact.out().lines().count());
    Run near = dupes(caseDir.toString(), "--near", "--distance", "0", "--json");
    assertEquals(1, near.out().lines().count(), "distance 0: only the byte copies");
    assertTrue(!near.out().contains("c-small"), near.out());
    Run text = dupes(caseDir.toString(), "--near");
    assertTrue(text.out().startsWith("group 1: near, 3 items"), text.out());
  }

  @Test
  void badInputIsAOneLineError() {
    Run both = dupes(caseDir.toString(), "--exact", "--near");
    assertEquals(2, both.exit());
    Run range = dupes(caseDir.toString(), "--distance", "99");
    assertEquals(2, range.exit());
    assertTrue(range.err().startsWith("veil: --distance must be 0-63"), range.err());
    Run missing = dupes(temp.resolve("nope.veil").toString());
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().lines().count(), missing.err());
  }

  record Run(int exit, String out, String err) {}

  static Run dupes(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "dupes";
    System.arraycopy(args, 0, full, 1, args.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var line = VeilCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(full);
    return new Run(exit, out.toString(), err.toString());
  }

  private static int quiet(String... args) {
    var old = System.out;
    try {
      System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      return VeilCommand.run(args);
    } finally {
      System.setOut(old);
    }
  }
}

package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;

/** The command line is a contract for scripts: field names, exit codes, one-line errors. */
class CliContractTest {
  @TempDir Path temp;

  record Run(int exit, String out, String err) {}

  static Run veil(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      var line = VeilCommand.commandLine();
      line.setOut(new java.io.PrintWriter(System.out, true));
      line.setErr(new java.io.PrintWriter(System.err, true));
      int exit = line.execute(args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static List<String> fieldNames(String jsonLine) throws Exception {
    List<String> names = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(jsonLine)) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        names.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    }
    return names;
  }

  @Test
  void createIngestListAndVerify() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    Files.write(
        evidence.resolve("a.jpg"), SyntheticImages.jpeg(320, 240, 1, 0.8f, ExifSpec.camera(1, 6)));
    Files.write(evidence.resolve("b.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    Path dir = temp.resolve("Case.veil");

    Run created =
        veil(
            "case",
            "create",
            dir.toString(),
            "--name",
            "Op Nth",
            "--number",
            "2026-1",
            "--agency",
            "KNPA",
            "--examiner",
            "kim");
    assertEquals(0, created.exit(), created.err());

    Run ingested = veil("ingest", dir.toString(), evidence.toString());
    assertEquals(1, ingested.exit(), "finished, but one item failed: " + ingested.out());
    assertTrue(ingested.out().contains("1 done, 1 failed"), ingested.out());
    assertTrue(
        ingested.out().contains("failed: b.jpg: "), "failed items are listed: " + ingested.out());

    Run items = veil("items", dir.toString(), "--json");
    assertEquals(0, items.exit(), items.err());
    List<String> lines = items.out().lines().toList();
    assertEquals(2, lines.size());
    assertEquals(
        List.of(
            "id",
            "source",
            "path",
            "size",
            "md5",
            "sha1",
            "sha256",
            "mime",
            "kind",
            "width",
            "height",
            "state",
            "error",
            "flags",
            "make",
            "model",
            "taken_at",
            "gps_lat",
            "gps_lon",
            "orientation",
            "software",
            "ai_clues"),
        fieldNames(lines.getFirst()));
    assertTrue(lines.getFirst().contains("\"state\":\"done\""), lines.getFirst());
    assertTrue(lines.getFirst().contains("\"orientation\":6"), lines.getFirst());
    assertTrue(lines.get(1).contains("\"state\":\"failed\""), lines.get(1));
    assertFalse(lines.get(1).contains("\"error\":null"), lines.get(1));

    Run verified = veil("audit", "verify", dir.toString());
    assertEquals(0, verified.exit(), verified.out());
    assertTrue(verified.out().contains("intact"));

    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"))) {
      c.createStatement().execute("DROP TRIGGER audit_log_no_update");
      c.createStatement().execute("UPDATE audit_log SET examiner = 'x' WHERE seq = 2");
    }
    Run broken = veil("audit", "verify", dir.toString());
    assertEquals(1, broken.exit());
    assertTrue(broken.out().contains("row 2"), broken.out());

    Run events = veil("audit", "list", dir.toString(), "--json");
    assertEquals(
        List.of("seq", "at", "examiner", "action", "target", "details", "prev_hash", "hash"),
        fieldNames(events.out().lines().findFirst().orElseThrow()));
  }

  @Test
  void usageAndFatalErrorsAreOneLineWithExitTwo() {
    Run missing = veil("items", temp.resolve("nope.veil").toString(), "--json");
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(missing.err().contains("not a Veil case"), missing.err());
    assertFalse(missing.err().contains("\tat "), "no stack trace");

    Run usage = veil("ingest");
    assertEquals(2, usage.exit());
    assertFalse(usage.err().contains("\tat "));

    Run unknown = veil("frobnicate");
    assertEquals(2, unknown.exit());

    Run badSource = veil("case", "create", temp.resolve("X.veil").toString(), "--name", "X");
    assertEquals(0, badSource.exit());
    Run ingestMissing =
        veil("ingest", temp.resolve("X.veil").toString(), temp.resolve("absent").toString());
    assertEquals(2, ingestMissing.exit());
    assertTrue(ingestMissing.err().contains("not found"), ingestMissing.err());
  }

  @Test
  void versionIsPrinted() {
    Run version = veil("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("veil "), version.out());
  }
}

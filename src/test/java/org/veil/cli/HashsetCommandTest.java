package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.TestCases;
import org.veil.tagging.Tagging;
import picocli.CommandLine;

class HashsetCommandTest {
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine line = VeilCommand.commandLine();
      line.setErr(new PrintWriter(err, true));
      int exit = line.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void importMatchAndExportFromTheCommandLine() throws Exception {
    Path caseDir;
    try (CaseFolder folder = TestCases.create(temp)) {
      caseDir = folder.dir();
      List<Long> ids =
          TestCases.addItems(folder, List.of(TestCases.hashes(1), TestCases.hashes(2)));
      new Tagging(folder.db(), new AuditLog(new AuditStore(folder.db())))
          .setCategory("alice", List.of(ids.get(1)), "2");
    }
    Path list = temp.resolve("list.csv");
    Files.writeString(list, "md5,category\n" + TestCases.hashes(1).md5() + ",1\n");

    Run imported =
        run("hashset", "import", caseDir.toString(), list.toString(), "--name", "l1", "--json");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(
        imported.out().startsWith("{\"id\":1,\"set\":\"l1\",\"format\":\"list\""), imported.out());
    assertTrue(imported.out().contains("\"kind\":\"categories\""), imported.out());
    assertTrue(imported.out().contains("\"records\":1"), imported.out());

    Run matched = run("hashset", "match", caseDir.toString(), "--json");
    assertEquals(0, matched.exit(), matched.err());
    assertEquals(
        "{\"set\":\"l1\",\"kind\":\"categories\",\"checked\":2,\"matched\":1,\"new\":1,"
            + "\"categorised\":1,\"known\":0}\n",
        matched.out());

    Path out = temp.resolve("out.json");
    Run exported =
        run("export", caseDir.toString(), "--format", "vics", "--out", out.toString(), "--json");
    assertEquals(0, exported.exit(), exported.err());
    assertTrue(exported.out().contains("\"records\":2"), exported.out());
    assertTrue(Files.readString(out).contains("\"Category\" : 1"));

    Run again = run("export", caseDir.toString(), "--format", "vics", "--out", out.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("exists"), again.err());

    Run unknown = run("export", caseDir.toString(), "--format", "docx", "--out", "x");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown export format docx"), unknown.err());

    Run duplicate = run("hashset", "import", caseDir.toString(), list.toString(), "--name", "l1");
    assertEquals(2, duplicate.exit());
    assertTrue(duplicate.err().contains("exists already"), duplicate.err());
    assertFalse(duplicate.err().contains("\tat "), "no stack trace");

    Run badFormat =
        run(
            "hashset",
            "import",
            caseDir.toString(),
            list.toString(),
            "--name",
            "x",
            "--format",
            "xml");
    assertEquals(2, badFormat.exit());
    assertTrue(badFormat.err().contains("unknown hash set format"), badFormat.err());
  }
}

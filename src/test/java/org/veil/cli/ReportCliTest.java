package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.model.Item;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;
import org.veil.tagging.Tagging;

/** veil audit seal, veil report and veil export as scripts see them. */
class ReportCliTest {
  @TempDir Path temp;

  private Path taggedCase() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    Files.write(
        evidence.resolve("a.jpg"), SyntheticImages.jpeg(200, 150, 1, 0.8f, ExifSpec.camera(1, 1)));
    Files.write(
        evidence.resolve("b.jpg"), SyntheticImages.jpeg(200, 150, 2, 0.8f, ExifSpec.camera(2, 1)));
    Path dir = temp.resolve("Cli.veil");
    assertEquals(
        0,
        CliContractTest.veil("case", "create", dir.toString(), "--name", "Cli", "--examiner", "kim")
            .exit());
    assertEquals(0, CliContractTest.veil("ingest", dir.toString(), evidence.toString()).exit());
    try (CaseFolder folder = CaseFolder.open(dir)) {
      List<Long> ids = new ItemStore(folder.db()).all().stream().map(Item::id).toList();
      new Tagging(folder.db(), new AuditLog(new AuditStore(folder.db())))
          .setCategory("kim", ids, "1");
    }
    return dir;
  }

  @Test
  void sealReportAndExportsWithTheirContracts() throws Exception {
    Path dir = taggedCase();
    CliContractTest.Run seal =
        CliContractTest.veil("audit", "seal", dir.toString(), "--examiner", "kim", "--json");
    assertEquals(0, seal.exit(), seal.err());
    assertEquals(
        List.of("seq", "at", "examiner", "sealed_seq", "sealed_hash", "events", "hash"),
        CliContractTest.fieldNames(seal.out().strip()));

    Path html = temp.resolve("r.html");
    CliContractTest.Run report =
        CliContractTest.veil(
            "report", dir.toString(), "--format", "html", "--out", html.toString(), "--json");
    assertEquals(0, report.exit(), report.err());
    assertEquals(
        List.of("format", "out", "sha256", "bytes", "records", "previews", "audit_seq"),
        CliContractTest.fieldNames(report.out().strip()));
    assertTrue(Files.readString(html).contains("Previews blurred"));
    CliContractTest.Run again =
        CliContractTest.veil(
            "report", dir.toString(), "--format", "html", "--out", html.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().startsWith("veil: ") && again.err().contains("exists"), again.err());
    assertEquals(
        2,
        CliContractTest.veil(
                "report", dir.toString(), "--format", "docx", "--out", temp.resolve("x").toString())
            .exit());

    Path pdf = temp.resolve("r.pdf");
    assertEquals(
        0,
        CliContractTest.veil(
                "report",
                dir.toString(),
                "--format",
                "pdf",
                "--out",
                pdf.toString(),
                "--include-clear")
            .exit());
    assertTrue(Files.size(pdf) > 1000);

    CliContractTest.Run csv =
        CliContractTest.veil(
            "export",
            dir.toString(),
            "--format",
            "csv",
            "--out",
            temp.resolve("i.csv").toString(),
            "--json");
    assertEquals(0, csv.exit(), csv.err());
    assertEquals(
        List.of("format", "out", "records", "sha256", "bytes", "audit_seq"),
        CliContractTest.fieldNames(csv.out().strip()));
    assertEquals(
        0,
        CliContractTest.veil(
                "export",
                dir.toString(),
                "--format",
                "case",
                "--out",
                temp.resolve("c.jsonld").toString())
            .exit());
    assertEquals(
        0,
        CliContractTest.veil(
                "export",
                dir.toString(),
                "--format",
                "vics",
                "--out",
                temp.resolve("v.json").toString())
            .exit());
    assertEquals(
        2,
        CliContractTest.veil("export", dir.toString(), "--out", temp.resolve("none").toString())
            .exit());
    assertEquals(
        2,
        CliContractTest.veil(
                "export",
                dir.toString(),
                "--format",
                "csv",
                "--tagged",
                "--out",
                temp.resolve("both").toString())
            .exit());

    CliContractTest.Run list =
        CliContractTest.veil("audit", "list", dir.toString(), "--action", "report.", "--json");
    assertEquals(3, list.out().strip().lines().count(), list.out()); // clear-previews + 2 reports
    assertEquals(0, CliContractTest.veil("audit", "verify", dir.toString()).exit());
  }

  @Test
  void aPackageWithAFileChangedSinceIngestExitsOne() throws Exception {
    Path dir = taggedCase();
    Path a = temp.resolve("evidence/a.jpg");
    byte[] bytes = Files.readAllBytes(a);
    bytes[bytes.length - 3] ^= 0x10;
    Files.write(a, bytes);
    CliContractTest.Run run =
        CliContractTest.veil(
            "export",
            dir.toString(),
            "--tagged",
            "--out",
            temp.resolve("pkg").toString(),
            "--json");
    assertEquals(1, run.exit(), run.err());
    List<String> lines = run.out().strip().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertEquals(
        List.of("item", "path", "status", "package_path", "reason"),
        CliContractTest.fieldNames(lines.getFirst()));
    assertTrue(
        run.out().contains("\"status\":\"failed\"") && run.out().contains("changed on disk"));
    assertEquals(
        List.of(
            "out",
            "selected",
            "copied",
            "failed",
            "manifest_sha256",
            "manifest_csv_sha256",
            "audit_seq"),
        CliContractTest.fieldNames(lines.getLast()));
    assertTrue(Files.exists(temp.resolve("pkg/manifest.json")));
  }
}

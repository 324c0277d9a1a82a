package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.model.EvidencePackageResult;
import org.veil.model.ItemSelection;
import org.veil.model.PackagedItem;
import org.veil.model.WrittenExport;
import org.veil.report.CaseExports;
import org.veil.report.EvidencePackage;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil export DIR --format F --out FILE} writes one interchange file; {@code veil export DIR
 * --tagged|--tag T|--item N --out DIR} writes an evidence package. Both are recorded in the audit
 * log as {@code export.created} with their SHA-256.
 */
@Command(
    name = "export",
    description = "Export the case (CSV, CASE/UCO, VICS) or an evidence package of selected items.")
public final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(
      names = "--format",
      description = "Interchange format: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Formats.class)
  String format;

  @Option(
      names = "--tagged",
      description = "Package every item with a category, tag, note or bookmark.")
  boolean tagged;

  @Option(names = "--tag", description = "Package items with this tag (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--item", description = "Package this item id (repeatable).")
  List<Long> items = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      description = "The file to write (--format) or the new package folder.")
  Path out;

  @Option(names = "--force", description = "Replace the file if it exists (not for packages).")
  boolean force;

  @Option(names = "--examiner", description = "Who exports (default: the case examiner).")
  String examiner;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  /** The format names, for the help text. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return CaseExports.formats().iterator();
    }
  }

  @Override
  public Integer call() throws CaseException, IOException {
    boolean packaging = tagged || !tags.isEmpty() || !items.isEmpty();
    if (packaging == (format != null)) {
      throw new CliFailure(
          "give --format F for an interchange file, or --tagged/--tag/--item for an evidence"
              + " package");
    }
    if (format != null
        && !CaseExports.formats().contains(format.strip().toLowerCase(Locale.ROOT))) {
      throw new CliFailure(
          "unknown export format "
              + format
              + " (known: "
              + String.join(", ", CaseExports.formats())
              + ")");
    }
    try (CaseFolder folder = CaseFolder.open(dir)) {
      String who = Examiners.resolve(examiner, folder);
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      if (packaging) {
        return writePackage(folder, audit, who);
      }
      WrittenExport written = new CaseExports(folder, audit).write(format, out, force, who);
      if (json) {
        new JsonLines(System.out)
            .line(
                g -> {
                  g.writeStringField("format", written.kind());
                  g.writeStringField("out", written.path().toString());
                  g.writeNumberField("records", written.records());
                  g.writeStringField("sha256", written.sha256());
                  g.writeNumberField("bytes", written.bytes());
                  g.writeNumberField("audit_seq", written.auditSeq());
                });
      } else {
        System.out.printf(
            Locale.ROOT,
            "wrote %d records to %s (sha256 %s)%n",
            written.records(),
            written.path(),
            written.sha256());
      }
      return 0;
    }
  }

  private int writePackage(CaseFolder folder, AuditLog audit, String who) throws IOException {
    if (force) {
      throw new CliFailure("--force does not apply to packages: a package goes into a new folder");
    }
    EvidencePackageResult result =
        new EvidencePackage(folder, audit).export(new ItemSelection(tagged, tags, items), out, who);
    JsonLines lines = json ? new JsonLines(System.out) : null;
    for (PackagedItem item : result.items()) {
      if (lines != null) {
        lines.line(
            g -> {
              g.writeNumberField("item", item.itemId());
              g.writeStringField("path", item.path());
              g.writeStringField("status", item.copied() ? "copied" : "failed");
              JsonLines.field(g, "package_path", item.packagePath());
              JsonLines.field(g, "reason", item.reason());
            });
      } else if (!item.copied()) {
        System.out.println(
            "FAILED item " + item.itemId() + " " + item.path() + ": " + item.reason());
      }
    }
    if (lines != null) {
      lines.line(
          g -> {
            g.writeStringField("out", result.dir().toString());
            g.writeNumberField("selected", result.items().size());
            g.writeNumberField("copied", result.copied());
            g.writeNumberField("failed", result.failed().size());
            g.writeStringField("manifest_sha256", result.manifestSha256());
            g.writeStringField("manifest_csv_sha256", result.manifestCsvSha256());
            g.writeNumberField("audit_seq", result.auditSeq());
          });
    } else {
      System.out.printf(
          Locale.ROOT,
          "packaged %d of %d items into %s (manifest.json sha256 %s)%n",
          result.copied(),
          result.items().size(),
          result.dir(),
          result.manifestSha256());
    }
    if (!result.failed().isEmpty()) {
      System.err.println(
          "veil: " + result.failed().size() + " items were not packaged (listed above)");
      return 1;
    }
    return 0;
  }
}

package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditVerifier;
import org.veil.media.Blur;
import org.veil.model.ReportOptions;
import org.veil.model.WrittenExport;
import org.veil.report.ReportWriter;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil report DIR --format html|pdf --out FILE [--include-clear]}: the prosecution report.
 * Exit 1 when the report was written but the audit chain does not verify (the report says so).
 */
@Command(name = "report", description = "Write the case report (HTML or PDF).")
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(names = "--format", required = true, description = "html or pdf.")
  String format;

  @Option(names = "--out", required = true, description = "The report file to write.")
  Path out;

  @Option(
      names = "--include-clear",
      description = "Show thumbnails unblurred (recorded in the audit log).")
  boolean includeClear;

  @Option(names = "--context", description = "Messages shown before and after a tagged one (2).")
  int context = ReportOptions.DEFAULT.contextMessages();

  @Option(names = "--font", description = "A TrueType font with Hangul to embed in a PDF.")
  Path font;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Option(names = "--examiner", description = "Who makes the report (default: the case examiner).")
  String examiner;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException, IOException {
    ReportWriter.Format chosen = ReportWriter.Format.of(format);
    ReportOptions options = new ReportOptions(includeClear, Blur.DEFAULT_STRENGTH, context);
    try (CaseFolder folder = CaseFolder.open(dir)) {
      String who = Examiners.resolve(examiner, folder);
      AuditStore store = new AuditStore(folder.db());
      WrittenExport written =
          new ReportWriter(folder, new AuditLog(store))
              .write(chosen, out, force, who, options, font);
      if (json) {
        new JsonLines(System.out)
            .line(
                g -> {
                  g.writeStringField("format", written.kind());
                  g.writeStringField("out", written.path().toString());
                  g.writeStringField("sha256", written.sha256());
                  g.writeNumberField("bytes", written.bytes());
                  g.writeNumberField("records", written.records());
                  g.writeStringField("previews", includeClear ? "clear" : "blurred");
                  g.writeNumberField("audit_seq", written.auditSeq());
                });
      } else {
        System.out.printf(
            Locale.ROOT,
            "wrote %s report %s (sha256 %s, %d items and messages, previews %s)%n",
            written.kind(),
            written.path(),
            written.sha256(),
            written.records(),
            includeClear ? "CLEAR" : "blurred");
      }
      var check = AuditVerifier.verify(store);
      if (!check.intact()) {
        System.err.println("veil: the audit log does not verify: " + check.reason());
        return 1;
      }
      return 0;
    }
  }
}

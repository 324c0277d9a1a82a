package org.veil.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.veil.audit.AuditLog;
import org.veil.model.AuditEvent;
import org.veil.model.CaseReport;
import org.veil.model.ReportOptions;
import org.veil.model.WrittenExport;
import org.veil.store.CaseFolder;

/**
 * Makes a report file and records it: clear previews are logged before anything is rendered (so the
 * request is on record even if writing fails), and the finished file's SHA-256 is logged as {@code
 * report.created}.
 */
public final class ReportWriter {
  public static final String CREATED = "report.created";
  public static final String CLEAR_PREVIEWS = "report.clear-previews";

  /** The renderings of one {@link CaseReport}. */
  public enum Format {
    HTML,
    PDF;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format of(String text) {
      for (Format format : values()) {
        if (format.label().equalsIgnoreCase(text.strip())) {
          return format;
        }
      }
      throw new IllegalArgumentException("unknown report format " + text + " (html or pdf)");
    }
  }

  private final CaseFolder folder;
  private final AuditLog audit;
  private final Clock clock;

  public ReportWriter(CaseFolder folder, AuditLog audit) {
    this(folder, audit, audit.clock());
  }

  public ReportWriter(CaseFolder folder, AuditLog audit, Clock clock) {
    this.folder = folder;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Writes the report to {@code out} (never replacing an existing file unless {@code replace}).
   *
   * @param pdfFont a TrueType font to embed in a PDF, or null to look for one
   */
  public WrittenExport write(
      Format format,
      Path out,
      boolean replace,
      String examiner,
      ReportOptions options,
      Path pdfFont)
      throws IOException {
    Path target = OutputFile.check(out, replace);
    if (options.clearPreviews()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("format", format.label());
      details.put("out", target.toString());
      audit.record(examiner, CLEAR_PREVIEWS, "case", details);
    }
    CaseReport report = new ReportCollector(folder, clock).collect(examiner, options);
    OutputFile.Written written =
        OutputFile.write(
            target,
            replace,
            stream ->
                switch (format) {
                  case HTML -> HtmlReport.write(report, stream);
                  case PDF -> PdfReport.write(report, stream, pdfFont);
                });
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("format", format.label());
    details.put("out", written.path().toString());
    details.put("sha256", written.sha256());
    details.put("bytes", written.bytes());
    details.put("items", report.items().size());
    details.put("messages", report.messages().size());
    details.put("previews", options.clearPreviews() ? "clear" : "blurred");
    details.put("audit_head_seq", report.audit().headSeq());
    details.put("audit_head_hash", report.audit().headHash());
    AuditEvent event = audit.record(examiner, CREATED, "case", details);
    return new WrittenExport(
        format.label(),
        written.path(),
        written.sha256(),
        written.bytes(),
        written.records(),
        event.seq());
  }
}

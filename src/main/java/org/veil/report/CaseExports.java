package org.veil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.veil.audit.AuditLog;
import org.veil.hashsets.VicsWriter;
import org.veil.model.AuditEvent;
import org.veil.model.WrittenExport;
import org.veil.store.CaseFolder;

/**
 * The interchange exports of a case, each one file, each recorded in the audit log as {@code
 * export.created} with the file's SHA-256.
 */
public final class CaseExports {
  /** Writes one format; returns how many records it wrote. */
  @FunctionalInterface
  interface Format {
    long write(CaseFolder folder, String examiner, AuditLog audit, OutputStream out)
        throws IOException;
  }

  static final Map<String, Format> FORMATS = new TreeMap<>();

  static {
    FORMATS.put("csv", (folder, examiner, audit, out) -> ItemsCsv.write(folder, out));
    FORMATS.put("messages-csv", (folder, examiner, audit, out) -> MessagesCsv.write(folder, out));
    FORMATS.put(
        "case",
        (folder, examiner, audit, out) ->
            new CaseUcoExport(folder, examiner, audit.clock().instant()).write(out));
    FORMATS.put("vics", (folder, examiner, audit, out) -> new VicsWriter(folder.db()).write(out));
  }

  private final CaseFolder folder;
  private final AuditLog audit;

  public CaseExports(CaseFolder folder, AuditLog audit) {
    this.folder = folder;
    this.audit = audit;
  }

  /** The format names: {@code csv}, {@code messages-csv}, {@code case}, {@code vics}. */
  public static java.util.Set<String> formats() {
    return FORMATS.keySet();
  }

  public WrittenExport write(String format, Path out, boolean replace, String examiner)
      throws IOException {
    String name = format.strip().toLowerCase(Locale.ROOT);
    Format writer = FORMATS.get(name);
    if (writer == null) {
      throw new IllegalArgumentException(
          "unknown export format " + format + " (known: " + String.join(", ", formats()) + ")");
    }
    OutputFile.Written written =
        OutputFile.write(out, replace, stream -> writer.write(folder, examiner, audit, stream));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", name);
    details.put("out", written.path().toString());
    details.put("sha256", written.sha256());
    details.put("bytes", written.bytes());
    details.put("records", written.records());
    AuditEvent event = audit.record(examiner, EvidencePackage.CREATED, "case", details);
    return new WrittenExport(
        name, written.path(), written.sha256(), written.bytes(), written.records(), event.seq());
  }
}

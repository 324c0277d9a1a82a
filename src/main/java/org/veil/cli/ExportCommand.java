package org.veil.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.hashsets.VicsWriter;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil export DIR --format F --out FILE}. Each format is one {@link CaseExport} in {@link
 * #FORMATS}; adding a format is adding an entry. The file is written beside its target and moved
 * into place when complete, its SHA-256 recorded in the audit log.
 */
@Command(name = "export", description = "Export the case in an interchange format.")
public final class ExportCommand implements Callable<Integer> {
  /** Writes one format; returns how many records it wrote. */
  @FunctionalInterface
  interface CaseExport {
    long write(CaseFolder folder, OutputStream out) throws IOException;
  }

  static final Map<String, CaseExport> FORMATS =
      new TreeMap<>(Map.of("vics", (folder, out) -> new VicsWriter(folder.db()).write(out)));

  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(
      names = "--format",
      required = true,
      description = "Export format: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Formats.class)
  String format;

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Option(names = "--examiner", description = "Who exports (default: the case examiner).")
  String examiner;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  /** The format names, for the help text. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return FORMATS.keySet().iterator();
    }
  }

  @Override
  public Integer call() throws CaseException, IOException {
    CaseExport export = FORMATS.get(format.toLowerCase(Locale.ROOT));
    if (export == null) {
      throw new CliFailure(
          "unknown export format "
              + format
              + " (known: "
              + String.join(", ", FORMATS.keySet())
              + ")");
    }
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target) && !force) {
      throw new CliFailure(target + " exists; choose another file or add --force");
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CliFailure("no folder to write " + target + " into");
    }
    try (CaseFolder folder = CaseFolder.open(dir)) {
      String who = Examiners.resolve(examiner, folder);
      MessageDigest sha256 = sha256();
      Path partial = Files.createTempFile(parent, ".veil-export-", ".part");
      long records;
      try {
        try (OutputStream file = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
          records = export.write(folder, file);
        }
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      String hash = HexFormat.of().formatHex(sha256.digest());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("format", format.toLowerCase(Locale.ROOT));
      details.put("out", target.toString());
      details.put("records", records);
      details.put("sha256", hash);
      new AuditLog(new AuditStore(folder.db())).record(who, "export.written", "case", details);
      if (json) {
        new JsonLines(System.out)
            .line(
                g -> {
                  g.writeStringField("format", format.toLowerCase(Locale.ROOT));
                  g.writeStringField("out", target.toString());
                  g.writeNumberField("records", records);
                  g.writeStringField("sha256", hash);
                });
      } else {
        System.out.printf(
            Locale.ROOT, "wrote %d records to %s (sha256 %s)%n", records, target, hash);
      }
    }
    return 0;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

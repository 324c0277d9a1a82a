package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.chat.ChatFormat;
import org.veil.chat.ChatParseException;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.model.ChatImportReport;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.task.Cancellation;
import org.veil.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil chat import DIR EXPORT... [--format F]}: one summary per export (a JSON line with
 * {@code --json}); what the parser skipped goes to stderr. Exit 1 when an export could not be read
 * or some of its media failed to ingest.
 */
@Command(
    name = "import",
    description =
        "Import chat exports (folders, .json, .html, .txt, .zip). The format is detected unless"
            + " --format names it. The export's files are ingested as evidence. Importing the"
            + " same export again adds nothing.")
public final class ChatImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "EXPORT", description = "Exports.")
  List<Path> exports;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "telegram-json, telegram-html, whatsapp or discord (default: detect).")
  String format;

  @Option(names = "--examiner", description = "Who runs the import (default: the case examiner).")
  String examiner;

  @Option(names = "--json", description = "One JSON object per export (JSON Lines).")
  boolean json;

  @Override
  public Integer call() throws CaseException, IOException {
    ChatFormat chosen = null;
    if (format != null) {
      chosen =
          ChatFormat.fromCliName(format)
              .orElseThrow(
                  () ->
                      new CliFailure(
                          "unknown --format "
                              + format
                              + " (use telegram-json, telegram-html, whatsapp or discord)"));
    }
    int exit = 0;
    try (CaseFolder folder = CaseFolder.open(dir);
        MessageIndex index = CaseMessageIndex.open(folder)) {
      String who = Examiners.resolve(examiner, folder);
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      ChatImporter importer = new ChatImporter(folder, index, audit);
      JsonLines out = json ? new JsonLines(System.out) : null;
      for (Path export : exports) {
        ChatImportReport report;
        try {
          report =
              importer.importExport(
                  export,
                  chosen,
                  who,
                  new TaskContext(new Cancellation(), new IngestCommand.StderrProgress()));
        } catch (ChatParseException | IOException e) {
          System.err.println("veil chat import: " + export + ": " + e.getMessage());
          exit = 1;
          continue;
        }
        for (ChatImportReport.Skip skip : report.skips()) {
          System.err.println("skipped: " + skip.where() + ": " + skip.reason());
        }
        if (report.skipped() > report.skips().size()) {
          System.err.println(
              "skipped: " + (report.skipped() - report.skips().size()) + " more not listed");
        }
        if (out != null) {
          out.line(g -> write(g, report));
        } else {
          System.out.printf(
              Locale.ROOT,
              "imported %s (%s): %d chats, %d messages added, %d already there, %d skipped,"
                  + " %d media items (%d failed), %d attachments linked, %.1f s%n",
              report.export(),
              report.format(),
              report.chats(),
              report.messagesAdded(),
              report.duplicates(),
              report.skipped(),
              report.mediaIngested(),
              report.mediaFailed(),
              report.attachmentsLinked(),
              report.elapsed().toMillis() / 1000.0);
        }
        if (report.mediaFailed() > 0 || report.cancelled()) {
          exit = 1;
        }
      }
    }
    return exit;
  }

  private static void write(com.fasterxml.jackson.core.JsonGenerator g, ChatImportReport report)
      throws IOException {
    JsonLines.field(g, "export", report.export());
    JsonLines.field(g, "format", report.format());
    g.writeNumberField("source", report.sourceId());
    g.writeNumberField("chats", report.chats());
    g.writeNumberField("messages_added", report.messagesAdded());
    g.writeNumberField("duplicates", report.duplicates());
    g.writeNumberField("skipped", report.skipped());
    g.writeNumberField("media_items", report.mediaIngested());
    g.writeNumberField("media_failed", report.mediaFailed());
    g.writeNumberField("attachments_linked", report.attachmentsLinked());
    g.writeBooleanField("cancelled", report.cancelled());
    g.writeNumberField("elapsed_ms", report.elapsed().toMillis());
  }
}

package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.hashsets.HashSetImporter;
import org.veil.hashsets.HashSetMatcher;
import org.veil.model.HashSetFormat;
import org.veil.model.HashSetMatchSummary;
import org.veil.model.KnownHashSet;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.HashSetStore;
import org.veil.tagging.Tagging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil hashset import|match|list}: known-hash sets (Project VIC VICS, NSRL, lists). */
@Command(
    name = "hashset",
    description = "Import known-hash sets and match the case's items against them.",
    subcommands = {
      HashsetCommand.Import.class,
      HashsetCommand.Match.class,
      HashsetCommand.ListSets.class
    })
public final class HashsetCommand {

  /** {@code veil hashset import DIR FILE --name N [--format vics|nsrl|list]}. */
  @Command(
      name = "import",
      description =
          "Import a set: VICS JSON 1.x/2.0, an NSRL RDSv3 SQLite file (kept where it is, read"
              + " only), or a list (one hash per line, or CSV with a hash and a category column).")
  static final class Import implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "FILE", description = "The set's file.")
    Path file;

    @Option(names = "--name", required = true, description = "A name for the set in this case.")
    String name;

    @Option(
        names = "--format",
        description = "vics, nsrl or list (default: told from the file's first bytes).")
    String format;

    @Option(
        names = "--scheme",
        description = "Category scheme of a CSV list's category column (default: vic-us).")
    String scheme;

    @Option(names = "--known", description = "Treat a list as known, ignorable files (like NSRL).")
    boolean known;

    @Option(names = "--examiner", description = "Who imports (default: the case examiner).")
    String examiner;

    @Option(names = "--json", description = "JSON Lines output.")
    boolean json;

    @Override
    public Integer call() throws CaseException, IOException {
      HashSetFormat chosen = format == null ? null : HashSetFormat.of(format);
      try (CaseFolder folder = CaseFolder.open(dir)) {
        String who = Examiners.resolve(examiner, folder);
        AuditLog audit = new AuditLog(new AuditStore(folder.db()));
        KnownHashSet set =
            new HashSetImporter(folder.db(), audit)
                .importFile(who, file, name, new HashSetImporter.Options(chosen, scheme, known));
        if (json) {
          new JsonLines(System.out).line(g -> HashsetCommand.write(g, set));
        } else {
          System.out.printf(
              Locale.ROOT,
              "imported %s: %s %s, %d records, %d skipped, %s%n",
              set.name(),
              set.format().label(),
              set.version() == null ? "" : set.version(),
              set.records(),
              set.skipped(),
              set.kind().label());
        }
      }
      return 0;
    }
  }

  /** {@code veil hashset match DIR}. */
  @Command(name = "match", description = "Match every item against the case's sets.")
  static final class Match implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
    Path dir;

    @Option(names = "--set", description = "Only this set (default: all).")
    String set;

    @Option(names = "--examiner", description = "Who runs the match (default: the case examiner).")
    String examiner;

    @Option(names = "--json", description = "JSON Lines output.")
    boolean json;

    @Override
    public Integer call() throws CaseException, IOException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        String who = Examiners.resolve(examiner, folder);
        AuditLog audit = new AuditLog(new AuditStore(folder.db()));
        HashSetMatcher matcher =
            new HashSetMatcher(folder.db(), new Tagging(folder.db(), audit), audit);
        List<HashSetMatchSummary> results =
            set == null ? matcher.matchAll(who) : List.of(matcher.matchAll(who, set));
        if (results.isEmpty() && !json) {
          System.out.println("the case has no hash sets; import one with veil hashset import");
        }
        JsonLines out = json ? new JsonLines(System.out) : null;
        for (HashSetMatchSummary r : results) {
          if (out != null) {
            out.line(
                g -> {
                  g.writeStringField("set", r.set());
                  g.writeStringField("kind", r.kind().label());
                  g.writeNumberField("checked", r.checked());
                  g.writeNumberField("matched", r.matched());
                  g.writeNumberField("new", r.newMatches());
                  g.writeNumberField("categorised", r.categorised());
                  g.writeNumberField("known", r.known());
                });
          } else {
            System.out.printf(
                Locale.ROOT,
                "%s (%s): %d of %d items matched (%d new), %d categorised, %d marked known%n",
                r.set(),
                r.kind().label(),
                r.matched(),
                r.checked(),
                r.newMatches(),
                r.categorised(),
                r.known());
          }
        }
      }
      return 0;
    }
  }

  /** {@code veil hashset list DIR}. */
  @Command(name = "list", description = "List the case's hash sets.")
  static final class ListSets implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
    Path dir;

    @Option(names = "--json", description = "JSON Lines output.")
    boolean json;

    @Override
    public Integer call() throws CaseException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        JsonLines out = json ? new JsonLines(System.out) : null;
        for (KnownHashSet set : new HashSetStore(folder.db()).sets()) {
          if (out != null) {
            out.line(g -> HashsetCommand.write(g, set));
          } else {
            System.out.printf(
                Locale.ROOT,
                "%4d  %-24s %-5s %-5s %-10s %10d  %s%n",
                set.id(),
                set.name(),
                set.format().label(),
                set.version() == null ? "-" : set.version(),
                set.kind().label(),
                set.records(),
                set.sourcePath());
          }
        }
      }
      return 0;
    }
  }

  static void write(com.fasterxml.jackson.core.JsonGenerator g, KnownHashSet set)
      throws IOException {
    g.writeNumberField("id", set.id());
    g.writeStringField("set", set.name());
    g.writeStringField("format", set.format().label());
    JsonLines.field(g, "version", set.version());
    g.writeStringField("kind", set.kind().label());
    JsonLines.field(g, "scheme", set.scheme());
    g.writeStringField("source", set.sourcePath());
    g.writeStringField("source_sha256", set.sourceSha256());
    g.writeNumberField("source_size", set.sourceSize());
    g.writeNumberField("records", set.records());
    g.writeNumberField("skipped", set.skipped());
    g.writeStringField("imported_by", set.importedBy());
    g.writeStringField("imported_at", set.importedAt().toString());
  }
}

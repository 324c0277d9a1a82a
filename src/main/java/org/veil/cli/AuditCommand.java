package org.veil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.audit.AuditVerification;
import org.veil.audit.AuditVerifier;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil audit verify DIR} and {@code veil audit list DIR}. */
@Command(
    name = "audit",
    description = "Check or list the case's hash-chained audit log.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.ListEvents.class})
public final class AuditCommand {

  /** Exit 0 when the chain is intact, 1 when not, naming the first bad row. */
  @Command(name = "verify", description = "Verify the audit log's hash chain.")
  static final class Verify implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws CaseException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        AuditVerification result = AuditVerifier.verify(new AuditStore(folder.db()));
        if (result.intact()) {
          System.out.println("audit log intact: " + result.rows() + " events");
          return 0;
        }
        System.out.println(
            "audit log BROKEN at row " + result.firstBadSeq() + ": " + result.reason());
        return 1;
      }
    }
  }

  /** Every event, oldest first. */
  @Command(name = "list", description = "List audit events.")
  static final class ListEvents implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--json", description = "JSON Lines output.")
    boolean json;

    @Override
    public Integer call() throws CaseException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        JsonLines out = json ? new JsonLines(System.out) : null;
        new AuditStore(folder.db())
            .forEach(
                event -> {
                  if (out == null) {
                    System.out.printf(
                        "%5d %s %-12s %-18s %-12s %s%n",
                        event.seq(),
                        event.at(),
                        event.examiner(),
                        event.action(),
                        event.target(),
                        event.details());
                    return;
                  }
                  out.line(
                      g -> {
                        g.writeNumberField("seq", event.seq());
                        g.writeStringField("at", event.at().toString());
                        g.writeStringField("examiner", event.examiner());
                        g.writeStringField("action", event.action());
                        g.writeStringField("target", event.target());
                        g.writeFieldName("details");
                        g.writeRawValue(event.details());
                        g.writeStringField("prev_hash", event.prevHash());
                        g.writeStringField("hash", event.hash());
                      });
                });
      }
      return 0;
    }
  }
}

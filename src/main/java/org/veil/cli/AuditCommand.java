package org.veil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditSeals;
import org.veil.audit.AuditVerification;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditFilter;
import org.veil.model.AuditSeal;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil audit verify DIR}, {@code veil audit list DIR} and {@code veil audit seal DIR}. */
@Command(
    name = "audit",
    description = "Check or list the case's hash-chained audit log.",
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.ListEvents.class,
      AuditCommand.Seal.class
    })
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

    @Option(names = "--examiner", description = "Only events by this examiner.")
    String examiner;

    @Option(
        names = "--action",
        description = "Only this action, or a family ending in a dot (tag.).")
    String action;

    @Option(names = "--target", description = "Only events on this target (item:12, message:7).")
    String target;

    @Option(
        names = "--item",
        description = "Only events on this item id (same as --target item:ID).")
    Long item;

    @Option(names = "--since", description = "From this instant (ISO 8601, UTC), inclusive.")
    java.time.Instant since;

    @Option(names = "--until", description = "Up to this instant (ISO 8601, UTC), exclusive.")
    java.time.Instant until;

    @Override
    public Integer call() throws CaseException {
      if (item != null && target != null) {
        throw new CliFailure("give --item or --target, not both");
      }
      AuditFilter filter =
          new AuditFilter(examiner, action, item != null ? "item:" + item : target, since, until);
      try (CaseFolder folder = CaseFolder.open(dir)) {
        JsonLines out = json ? new JsonLines(System.out) : null;
        new AuditStore(folder.db())
            .forEach(
                event -> {
                  if (!filter.matches(event)) {
                    return;
                  }
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

  /** Seals the log at its head in the examiner's name; exit 1 when the chain does not verify. */
  @Command(name = "seal", description = "Sign off the audit log at its current head.")
  static final class Seal implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--examiner", required = true, description = "Who signs off.")
    String examiner;

    @Option(names = "--statement", description = "Words recorded with the seal.")
    String statement;

    @Option(names = "--json", description = "JSON Lines output.")
    boolean json;

    @Override
    public Integer call() throws CaseException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        AuditSeal seal;
        try {
          seal =
              new AuditSeals(new AuditLog(new AuditStore(folder.db()))).seal(examiner, statement);
        } catch (AuditSeals.BrokenChainException e) {
          System.err.println("veil: " + e.getMessage());
          return 1;
        }
        if (json) {
          new JsonLines(System.out)
              .line(
                  g -> {
                    g.writeNumberField("seq", seal.seq());
                    g.writeStringField("at", seal.at().toString());
                    g.writeStringField("examiner", seal.examiner());
                    g.writeNumberField("sealed_seq", seal.sealedSeq());
                    g.writeStringField("sealed_hash", seal.sealedHash());
                    g.writeNumberField("events", seal.events());
                    g.writeStringField("hash", seal.hash());
                  });
        } else {
          System.out.println(
              "sealed "
                  + seal.events()
                  + " events at row "
                  + seal.sealedSeq()
                  + " ("
                  + seal.sealedHash()
                  + ") by "
                  + seal.examiner()
                  + "; seal is row "
                  + seal.seq());
        }
        return 0;
      }
    }
  }
}

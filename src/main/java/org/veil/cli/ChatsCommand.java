package org.veil.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.model.ChatSummary;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil chats DIR --json}: every chat with its counts and time span. */
@Command(name = "chats", description = "List the chats of a case.")
public final class ChatsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      JsonLines out = json ? new JsonLines(System.out) : null;
      for (ChatSummary chat : new ChatStore(folder.db()).chats()) {
        if (out != null) {
          out.line(
              g -> {
                g.writeNumberField("id", chat.id());
                JsonLines.field(g, "platform", chat.platform());
                JsonLines.field(g, "name", chat.name());
                JsonLines.field(g, "type", chat.type());
                g.writeNumberField("message_count", chat.messageCount());
                g.writeNumberField("service_count", chat.serviceCount());
                g.writeNumberField("participant_count", chat.participantCount());
                JsonLines.field(g, "first_at", iso(chat.firstAt()));
                JsonLines.field(g, "last_at", iso(chat.lastAt()));
              });
        } else {
          System.out.printf(
              Locale.ROOT,
              "%6d  %-9s %-30s %8d msgs %6d service %6d people  %s .. %s%n",
              chat.id(),
              chat.platform(),
              chat.name(),
              chat.messageCount(),
              chat.serviceCount(),
              chat.participantCount(),
              iso(chat.firstAt()),
              iso(chat.lastAt()));
        }
      }
    }
    return 0;
  }

  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

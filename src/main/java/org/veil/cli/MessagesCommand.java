package org.veil.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.model.StoredAttachment;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil messages DIR --chat ID --json}: a chat's messages in time order. */
@Command(name = "messages", description = "List the messages of one chat, oldest first.")
public final class MessagesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(
      names = "--chat",
      required = true,
      paramLabel = "ID",
      description = "Chat id (veil chats).")
  long chat;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      ChatStore store = new ChatStore(folder.db());
      if (store.chat(chat).isEmpty()) {
        throw new CliFailure("no chat " + chat + " in this case (see veil chats)");
      }
      JsonLines out = json ? new JsonLines(System.out) : null;
      store.forEachMessage(
          chat,
          stored -> {
            var m = stored.message();
            if (out != null) {
              out.line(
                  g -> {
                    g.writeNumberField("id", stored.id());
                    g.writeNumberField("chat", stored.chatId());
                    JsonLines.field(g, "sender", m.senderName());
                    JsonLines.field(g, "sender_id", m.senderId());
                    JsonLines.field(g, "sent_at", ChatsCommand.iso(m.sentAt()));
                    JsonLines.field(g, "text", m.text());
                    JsonLines.field(g, "reply_to", stored.replyToId());
                    g.writeArrayFieldStart("attachments");
                    for (StoredAttachment file : stored.attachments()) {
                      g.writeStartObject();
                      JsonLines.field(g, "path", file.attachment().path());
                      JsonLines.field(g, "media_type", file.attachment().mediaType());
                      JsonLines.field(g, "mime_type", file.attachment().mimeType());
                      g.writeBooleanField("present", file.attachment().present());
                      JsonLines.field(g, "item", file.itemId());
                      JsonLines.field(g, "sha256", file.sha256());
                      g.writeEndObject();
                    }
                    g.writeEndArray();
                  });
            } else {
              System.out.printf(
                  Locale.ROOT,
                  "%8d  %s  %s: %s%s%n",
                  stored.id(),
                  ChatsCommand.iso(m.sentAt()),
                  m.senderName() == null ? (m.service() ? "(service)" : "?") : m.senderName(),
                  m.service() && m.action() != null ? "[" + m.action() + "] " + m.text() : m.text(),
                  stored.attachments().isEmpty()
                      ? ""
                      : "  [" + stored.attachments().size() + " file(s)]");
            }
          });
    }
    return 0;
  }
}

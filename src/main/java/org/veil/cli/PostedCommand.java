package org.veil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.model.MediaPosting;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil posted DIR --sha256 HASH}: every message, in every chat, that carried a file with
 * that SHA-256 (the file's distribution), oldest first. {@code --item ID} does the same for an
 * item's hash; {@code --user NAME} lists the media a user posted.
 */
@Command(
    name = "posted",
    description = "Who posted a file where and when (by SHA-256 or item), or what a user posted.")
public final class PostedCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @ArgGroup(multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--sha256", paramLabel = "HASH", description = "The file's SHA-256 (hex).")
    String sha256;

    @Option(names = "--item", paramLabel = "ID", description = "An item id (veil items).")
    Long item;

    @Option(names = "--user", paramLabel = "NAME", description = "Username, id or display name.")
    String user;
  }

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException {
    if (which.sha256 != null && org.veil.hashsets.HexHash.of(which.sha256, 64) == null) {
      throw new CliFailure("--sha256 needs 64 hex digits, got " + which.sha256);
    }
    try (CaseFolder folder = CaseFolder.open(dir)) {
      ChatStore store = new ChatStore(folder.db());
      List<MediaPosting> postings =
          which.sha256 != null
              ? store.postingsOfSha256(which.sha256)
              : which.item != null ? store.postingsOfItem(which.item) : store.postedBy(which.user);
      JsonLines out = json ? new JsonLines(System.out) : null;
      for (MediaPosting posting : postings) {
        if (out != null) {
          out.line(
              g -> {
                g.writeNumberField("message", posting.messageId());
                g.writeNumberField("chat", posting.chatId());
                JsonLines.field(g, "chat_name", posting.chatName());
                JsonLines.field(g, "platform", posting.platform());
                JsonLines.field(g, "sender", posting.sender());
                JsonLines.field(g, "sender_id", posting.senderId());
                JsonLines.field(g, "sent_at", ChatsCommand.iso(posting.sentAt()));
                JsonLines.field(g, "path", posting.path());
                g.writeNumberField("item", posting.itemId());
                JsonLines.field(g, "sha256", posting.sha256());
              });
        } else {
          System.out.printf(
              Locale.ROOT,
              "%s  %-24s %s (%s)  message %d  %s  %s%n",
              ChatsCommand.iso(posting.sentAt()),
              posting.chatName(),
              posting.sender(),
              posting.senderId(),
              posting.messageId(),
              posting.path(),
              posting.sha256());
        }
      }
      if (out == null) {
        System.out.println(postings.size() + " postings");
      }
    }
    return 0;
  }
}

package org.veil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.index.MessageIndex;
import org.veil.index.SearchSyntaxException;
import org.veil.model.SearchHit;
import org.veil.model.SearchQuery;
import org.veil.model.SearchResults;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil search DIR [QUERY] [--user NAME] [--chat ID] [--from DATE] [--to DATE] [--limit N]}:
 * the best hits (by relevance; oldest first without QUERY) with a marked snippet.
 */
@Command(
    name = "search",
    description =
        "Search chat messages in Korean, English and other languages. QUERY: words (all must"
            + " match), \"a phrase\", OR, NOT or -word, wildcards * and ?, @name for mentions,"
            + " user:name for senders.")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "What to find.")
  String query;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Sender's username, id or display name (case-insensitive; NAME* for a prefix).")
  String user;

  @Option(names = "--chat", paramLabel = "ID", description = "Only this chat (veil chats).")
  Long chat;

  @Option(names = "--from", paramLabel = "DATE", description = "From this UTC day or time on.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this UTC day (whole) or time.")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default 100).")
  int limit = SearchQuery.DEFAULT_LIMIT;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException, IOException {
    if ((query == null || query.isBlank()) && user == null && chat == null) {
      throw new CliFailure("give a QUERY, or narrow with --user or --chat");
    }
    if (limit < 1) {
      throw new CliFailure("--limit must be at least 1");
    }
    SearchQuery search =
        new SearchQuery(query, user, chat, SearchDates.from(from), SearchDates.to(to), limit);
    try (CaseFolder folder = CaseFolder.open(dir);
        MessageIndex index = CaseMessageIndex.open(folder)) {
      SearchResults results;
      try {
        results = index.search(search);
      } catch (SearchSyntaxException e) {
        throw new CliFailure(e.getMessage());
      }
      JsonLines out = json ? new JsonLines(System.out) : null;
      for (SearchHit hit : results.hits()) {
        if (out != null) {
          out.line(
              g -> {
                g.writeNumberField("message", hit.messageId());
                g.writeNumberField("chat", hit.chatId());
                JsonLines.field(g, "sender", hit.sender());
                JsonLines.field(g, "sender_id", hit.senderId());
                JsonLines.field(g, "sent_at", ChatsCommand.iso(hit.sentAt()));
                g.writeNumberField("score", hit.score());
                JsonLines.field(g, "snippet", hit.snippet().html());
              });
        } else {
          System.out.printf(
              Locale.ROOT,
              "%8d  chat %-4d %s  %s: %s%n",
              hit.messageId(),
              hit.chatId(),
              ChatsCommand.iso(hit.sentAt()),
              hit.sender(),
              hit.snippet().marked("[", "]"));
        }
      }
      if (out == null) {
        System.out.println(
            (results.totalIsExact() ? "" : "at least ")
                + results.totalHits()
                + " messages match; "
                + results.hits().size()
                + " shown");
      }
    }
    return 0;
  }
}

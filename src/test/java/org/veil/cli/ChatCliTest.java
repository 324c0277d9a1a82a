package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.cli.CliContractTest.fieldNames;
import static org.veil.cli.CliContractTest.veil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.cli.CliContractTest.Run;
import org.veil.synth.SyntheticTelegramExport;

/** The chat commands' output is a contract: exact field names, exit codes, one-line errors. */
class ChatCliTest {
  @TempDir Path temp;

  /** Top-level scalar fields of one JSON line as text (arrays and objects skipped). */
  static Map<String, String> scalars(String jsonLine) throws Exception {
    Map<String, String> values = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(jsonLine)) {
      parser.nextToken();
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isScalarValue()) {
          values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    }
    return values;
  }

  @Test
  void importListSearchAndTrace() throws Exception {
    Path export = temp.resolve("ChatExport");
    new SyntheticTelegramExport(300, 12, 3, 11).withMediaFiles().writeTo(export);
    Path dir = temp.resolve("Case.veil");
    assertEquals(0, veil("case", "create", dir.toString(), "--name", "Chats").exit());

    Run imported = veil("chat", "import", dir.toString(), export.toString(), "--json");
    assertEquals(0, imported.exit(), imported.err());
    String report = imported.out().strip();
    assertEquals(
        List.of(
            "export",
            "format",
            "source",
            "chats",
            "messages_added",
            "duplicates",
            "skipped",
            "media_items",
            "media_failed",
            "attachments_linked",
            "cancelled",
            "elapsed_ms"),
        fieldNames(report));
    assertEquals("300", scalars(report).get("messages_added"));
    Run again = veil("chat", "import", dir.toString(), export.toString(), "--json");
    assertEquals("0", scalars(again.out().strip()).get("messages_added"));
    assertEquals("300", scalars(again.out().strip()).get("duplicates"));

    Run chats = veil("chats", dir.toString(), "--json");
    assertEquals(0, chats.exit(), chats.err());
    List<String> chatLines = chats.out().lines().toList();
    assertEquals(3, chatLines.size());
    assertEquals(
        List.of(
            "id",
            "platform",
            "name",
            "type",
            "message_count",
            "service_count",
            "participant_count",
            "first_at",
            "last_at"),
        fieldNames(chatLines.getFirst()));
    Map<String, String> firstChat = scalars(chatLines.getFirst());
    assertEquals("telegram", firstChat.get("platform"));
    assertTrue(firstChat.get("first_at").endsWith("Z"));

    Run messages = veil("messages", dir.toString(), "--chat", firstChat.get("id"), "--json");
    assertEquals(0, messages.exit(), messages.err());
    List<String> messageLines = messages.out().lines().toList();
    long expected =
        Long.parseLong(firstChat.get("message_count"))
            + Long.parseLong(firstChat.get("service_count"));
    assertEquals(expected, messageLines.size());
    assertEquals(
        List.of("id", "chat", "sender", "sender_id", "sent_at", "text", "reply_to", "attachments"),
        fieldNames(messageLines.getFirst()));
    String withPhoto =
        messageLines.stream().filter(l -> l.contains("\"sha256\":\"")).findFirst().orElseThrow();
    String sha256 = withPhoto.replaceFirst(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");

    Run search = veil("search", dir.toString(), "사진", "--limit", "5", "--json");
    assertEquals(0, search.exit(), search.err());
    List<String> hits = search.out().lines().toList();
    assertEquals(5, hits.size());
    assertEquals(
        List.of("message", "chat", "sender", "sender_id", "sent_at", "score", "snippet"),
        fieldNames(hits.getFirst()));
    assertTrue(scalars(hits.getFirst()).get("snippet").contains("<b>사진</b>"), hits.getFirst());

    String sender = scalars(hits.getFirst()).get("sender_id");
    Run byUser = veil("search", dir.toString(), "--user", sender.toUpperCase(), "--json");
    assertEquals(0, byUser.exit(), byUser.err());
    assertFalse(byUser.out().isBlank());
    assertTrue(byUser.out().lines().allMatch(l -> l.contains("\"sender_id\":\"" + sender + "\"")));

    Run posted = veil("posted", dir.toString(), "--sha256", sha256, "--json");
    assertEquals(0, posted.exit(), posted.err());
    assertEquals(
        List.of(
            "message",
            "chat",
            "chat_name",
            "platform",
            "sender",
            "sender_id",
            "sent_at",
            "path",
            "item",
            "sha256"),
        fieldNames(posted.out().lines().findFirst().orElseThrow()));
    assertTrue(posted.out().lines().allMatch(l -> l.contains(sha256)));
  }

  @Test
  void mistakesAreOneLineErrors() throws Exception {
    Path dir = temp.resolve("Case.veil");
    assertEquals(0, veil("case", "create", dir.toString(), "--name", "Empty").exit());

    Run noQuery = veil("search", dir.toString(), "--json");
    assertEquals(2, noQuery.exit());
    assertTrue(noQuery.err().contains("give a QUERY"), noQuery.err());

    Run badSyntax = veil("search", dir.toString(), "\"unclosed", "--json");
    assertEquals(2, badSyntax.exit());
    assertEquals(1, badSyntax.err().lines().count(), badSyntax.err());

    Run badDate = veil("search", dir.toString(), "x", "--from", "yesterday");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("--from"), badDate.err());

    Run badHash = veil("posted", dir.toString(), "--sha256", "abc");
    assertEquals(2, badHash.exit());

    Run noChat = veil("messages", dir.toString(), "--chat", "99");
    assertEquals(2, noChat.exit());
    assertTrue(noChat.err().contains("no chat 99"), noChat.err());

    Run badFormat = veil("chat", "import", dir.toString(), temp.toString(), "--format", "icq");
    assertEquals(2, badFormat.exit());

    Path notes = Files.writeString(temp.resolve("notes.txt"), "hello\n");
    Run unknown = veil("chat", "import", dir.toString(), notes.toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("not a chat export"), unknown.err());

    Run empty = veil("search", dir.toString(), "사진", "--json");
    assertEquals(0, empty.exit(), empty.err());
    assertEquals("", empty.out());
  }
}

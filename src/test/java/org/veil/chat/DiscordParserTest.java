package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Attachment;
import org.veil.model.Message;

class DiscordParserTest {
  @TempDir Path dir;

  static final String EXPORT =
      """
      {
        "guild": {"id": "900", "name": "Deep Server", "iconUrl": "https://cdn.discordapp.com/icons/900/a.png"},
        "channel": {"id": "901", "type": "GuildTextChat", "categoryId": "902", "category": "Text",
                    "name": "사진-공유", "topic": null},
        "dateRange": {"after": null, "before": null},
        "exportedAt": "2024-03-16T00:00:00+09:00",
        "messages": [
          {"id": "1001", "type": "GuildMemberJoin", "timestamp": "2024-03-15T21:00:00.000+09:00",
           "timestampEdited": null, "isPinned": false, "content": "Joined the server.",
           "author": {"id": "501", "name": "minsu", "discriminator": "0000", "nickname": "민수",
                      "color": null, "isBot": false, "roles": [], "avatarUrl": "https://x/a.png"},
           "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": []},
          {"id": "1002", "type": "Default", "timestamp": "2024-03-15T21:04:05.123+09:00",
           "timestampEdited": "2024-03-15T21:06:00+09:00", "isPinned": false,
           "content": "사진을 보냈어요 @bob #deep https://example.org/p",
           "author": {"id": "501", "name": "minsu", "discriminator": "0000", "nickname": "민수"},
           "attachments": [
             {"id": "7001", "url": "사진-공유.json_Files/photo-7001.png", "fileName": "photo.png", "fileSizeBytes": 3},
             {"id": "7002", "url": "https://cdn.discordapp.com/attachments/901/7002/clip.mp4", "fileName": "clip.mp4", "fileSizeBytes": 99},
             {"id": "7003", "url": "../../outside.png", "fileName": "outside.png", "fileSizeBytes": 1}
           ],
           "embeds": [], "stickers": [], "reactions": [],
           "mentions": [{"id": "502", "name": "bob", "discriminator": "0000", "nickname": "Bob K.", "isBot": false}]},
          {"id": "1003", "type": "Reply", "timestamp": "2024-03-15T21:07:00+09:00", "timestampEdited": null,
           "content": "봤어", "author": {"id": "502", "name": "bob", "discriminator": "0000", "nickname": null},
           "attachments": [], "embeds": [], "reactions": [], "mentions": [],
           "reference": {"messageId": "1002", "channelId": "901", "guildId": "900"}},
          {"id": "1002", "type": "Default", "timestamp": "2024-03-15T21:04:05.123+09:00",
           "content": "사진을 보냈어요 @bob #deep https://example.org/p",
           "author": {"id": "501", "name": "minsu", "discriminator": "0000", "nickname": "민수"},
           "attachments": [], "mentions": []}
        ],
        "messageCount": 4
      }
      """;

  @Test
  void readsAChannelExportAndCollapsesDuplicateIds() throws Exception {
    Path file = dir.resolve("사진-공유.json");
    Files.writeString(file, EXPORT, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("사진-공유.json_Files"));
    Files.write(dir.resolve("사진-공유.json_Files/photo-7001.png"), new byte[] {1, 2, 3});
    assertEquals(Optional.of(ChatFormat.DISCORD), ChatFormats.detect(file));

    RecordingSink sink = new RecordingSink();
    new DiscordParser().parse(file, sink);

    assertEquals(1, sink.chats.size());
    assertEquals("Deep Server / 사진-공유", sink.chats.getFirst().name());
    assertEquals("GuildTextChat", sink.chats.getFirst().type());
    assertEquals("901", sink.chats.getFirst().externalId());
    assertEquals(
        List.of("1001", "1002", "1003"), sink.messages.stream().map(Message::externalId).toList());

    Message join = sink.byId("1001");
    assertTrue(join.service());
    assertEquals("GuildMemberJoin", join.action());

    Message photo = sink.byId("1002");
    assertEquals(Instant.parse("2024-03-15T12:04:05.123Z"), photo.sentAt());
    assertEquals("2024-03-15T21:04:05.123+09:00", photo.localTime());
    assertEquals(Instant.parse("2024-03-15T12:06:00Z"), photo.editedAt());
    assertEquals("501", photo.senderId());
    assertEquals("민수", photo.senderName());
    assertEquals(List.of("bob"), photo.mentions());
    assertEquals(List.of("deep"), photo.hashtags());
    assertEquals(List.of("https://example.org/p"), photo.links());
    assertEquals(
        List.of(
            new Attachment("사진-공유.json_Files/photo-7001.png", "photo", null, true),
            new Attachment(
                "https://cdn.discordapp.com/attachments/901/7002/clip.mp4", "video", null, false),
            new Attachment("../../outside.png", "photo", null, false)),
        photo.attachments());

    Message reply = sink.byId("1003");
    assertEquals("1002", reply.replyTo());
    assertEquals("bob", reply.senderName(), "no nickname: the name");

    assertTrue(
        sink.skipped.stream()
            .anyMatch(
                s ->
                    s.reason().contains("duplicate message id")
                        && s.where().contains("message #4 (id 1002)")));
    assertTrue(sink.reported("outside the export"));
    assertEquals(
        List.of("501/minsu/민수", "502/bob/bob"),
        sink.participants.stream()
            .map(p -> p.platformId() + "/" + p.username() + "/" + p.displayName())
            .toList());
  }

  @Test
  void aFolderIsEveryChannelInIt() throws Exception {
    Files.writeString(dir.resolve("a.json"), EXPORT, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.json"), EXPORT.replace("\"901\"", "\"903\""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.json"), "{\"x\": 1}", StandardCharsets.UTF_8);
    assertEquals(Optional.of(ChatFormat.DISCORD), ChatFormats.detect(dir));
    RecordingSink sink = new RecordingSink();
    new DiscordParser().parse(dir, sink);
    assertEquals(List.of("901", "903"), sink.chats.stream().map(c -> c.externalId()).toList());
    assertEquals(3, sink.messagesOf(1).size(), "duplicates are per channel");
    assertTrue(sink.reported("not a DiscordChatExporter channel"), "notes.json is reported");
  }

  @Test
  void aBrokenChannelInAFolderCostsOnlyItself() throws Exception {
    Files.writeString(
        dir.resolve("a.json"),
        EXPORT.replace("\"content\": \"봤어\",", "\"content\": \"봤어\" oops"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.json"), EXPORT.replace("\"901\"", "\"903\""), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    ChatParseException e =
        assertThrows(ChatParseException.class, () -> new DiscordParser().parse(dir, sink));
    assertTrue(e.getMessage().contains("1 of 2 channel files"), e.getMessage());
    assertTrue(e.getMessage().contains("a.json"), e.getMessage());
    assertEquals(
        List.of("901", "903"),
        sink.chats.stream().map(c -> c.externalId()).toList(),
        "the channel after the broken one is read");
    assertTrue(sink.reported("unreadable JSON"));
  }

  @Test
  void truncatedAndBrokenExports() throws Exception {
    Path cut = dir.resolve("cut.json");
    Files.writeString(
        cut, EXPORT.substring(0, EXPORT.indexOf("\"id\": \"1003\"")), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    new DiscordParser().parse(cut, sink);
    assertEquals(2, sink.messages.size());
    assertTrue(sink.reported("truncated"));

    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        EXPORT.replace("\"content\": \"봤어\",", "\"content\": \"봤어\" oops"),
        StandardCharsets.UTF_8);
    RecordingSink partial = new RecordingSink();
    ChatParseException e =
        assertThrows(ChatParseException.class, () -> new DiscordParser().parse(broken, partial));
    assertTrue(e.getMessage().contains("unreadable JSON"), e.getMessage());
    assertEquals(2, partial.messages.size());
    assertFalse(partial.chats.isEmpty());
  }
}

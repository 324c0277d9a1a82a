package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Attachment;
import org.veil.model.Message;

class TelegramJsonParserTest {
  @TempDir Path dir;

  private final TelegramJsonParser parser = new TelegramJsonParser();

  @Test
  void singleChatFixtureMatchesTarget() throws Exception {
    RecordingSink sink = parse(Fixtures.shared("telegram/test_single_export.json"));
    assertMatchesTarget(sink.messages);
    assertEquals(1, sink.chats.size());
    assertEquals("telegram", sink.chats.getFirst().platform());
  }

  @Test
  void batchFixtureMatchesTarget() throws Exception {
    RecordingSink sink = parse(Fixtures.shared("telegram/test_batch_export.json"));
    assertEquals(1, sink.chats.size());
    assertEquals("Chatname", sink.chats.getFirst().name());
    assertMatchesTarget(sink.messagesOf(0));
  }

  private static void assertMatchesTarget(List<Message> messages) throws IOException {
    List<Fixtures.Expected> target = Fixtures.target(Fixtures.shared("telegram/target.json"));
    assertEquals(target.size(), messages.size());
    for (int i = 0; i < target.size(); i++) {
      Fixtures.Expected want = target.get(i);
      Message got = messages.get(i);
      assertEquals(want.timestamp().toInstant(ZoneOffset.UTC), got.sentAt(), "time of " + i);
      assertEquals(want.author(), got.senderName());
      assertEquals(want.message(), got.text());
    }
    // no ids in the fixture: deterministic ones from the position
    assertEquals("seq-1", messages.get(0).externalId());
    assertEquals(List.of("https://telegram.org/"), messages.get(1).links());
  }

  @Test
  void readsEveryFieldOfARichSingleChatExport() throws Exception {
    Files.createDirectories(dir.resolve("photos"));
    Files.write(dir.resolve("photos/photo_1@15-03-2024_21-04-05.jpg"), new byte[] {1, 2, 3});
    Files.createDirectories(dir.resolve("video_files"));
    Files.write(dir.resolve("video_files/clip.mp4"), new byte[] {4});
    Files.writeString(dir.resolve("result.json"), RICH_EXPORT, StandardCharsets.UTF_8);

    RecordingSink sink = parse(dir);

    assertEquals(1, sink.chats.size());
    assertEquals("심야 사진방", sink.chats.getFirst().name());
    assertEquals("private_supergroup", sink.chats.getFirst().type());
    assertEquals("1234567890", sink.chats.getFirst().externalId());
    assertEquals(6, sink.messages.size());

    Message created = sink.byId("1");
    assertTrue(created.service());
    assertEquals("create_group", created.action());
    assertEquals("user111", created.senderId());
    assertEquals("민수", created.senderName());
    assertEquals(List.of("민수", "Jane Roe"), created.actionMembers());

    Message invite = sink.byId("2");
    assertEquals("invite_members", invite.action());
    assertEquals(List.of("Bob", ""), invite.actionMembers(), "deleted account kept as empty name");

    Message photo = sink.byId("3");
    assertFalse(photo.service());
    assertEquals("사진을 보냈어요 🔥 @bob_k 봐 #딥페이크 https://example.org/x", photo.text());
    assertEquals(List.of("bob_k"), photo.mentions());
    assertEquals(List.of("딥페이크"), photo.hashtags());
    assertEquals(List.of("https://example.org/x", "https://example.org/hidden"), photo.links());
    assertEquals(Instant.ofEpochSecond(1710504245), photo.sentAt());
    assertEquals("2024-03-15T21:04:05", photo.localTime());
    assertEquals(Instant.ofEpochSecond(1710504300), photo.editedAt());
    assertEquals(
        List.of(new Attachment("photos/photo_1@15-03-2024_21-04-05.jpg", "photo", null, true)),
        photo.attachments());

    Message video = sink.byId("4");
    assertEquals("3", video.replyTo());
    assertEquals("Channel X", video.forwardedFrom());
    assertEquals(
        List.of(
            new Attachment("video_files/clip.mp4", "video_file", "video/mp4", true),
            new Attachment("video_files/clip.mp4_thumb.jpg", "thumbnail", null, false)),
        video.attachments());
    assertEquals("line one\nline two", video.text());

    Message notIncluded = sink.byId("5");
    assertEquals(
        List.of(new Attachment("report.pdf", "file", "application/pdf", false)),
        notIncluded.attachments());

    Message hostile = sink.byId("6");
    assertFalse(hostile.attachments().getFirst().present());
    assertTrue(sink.reported("outside the export"));

    // one participant per (id, name); the rename of user222 is announced again
    assertEquals(
        List.of("user111/민수", "user222/Bob", "user222/Bob K."),
        sink.participants.stream().map(p -> p.platformId() + "/" + p.displayName()).toList());
  }

  @Test
  void readsWholeAccountExportsWithLeftChats() throws Exception {
    String json =
        """
        {"about": "x", "personal_information": {"user_id": 1, "first_name": "Me"},
         "contacts": {"list": [{"first_name": "A", "phone_number": "+1"}]},
         "chats": {"about": "chats", "list": [
           {"name": "Room A", "type": "private_group", "id": 11, "messages": [
             {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "date_unixtime": "1704103200",
              "from": "Ann", "from_id": "user1", "text": "hi"}]},
           {"type": "saved_messages", "id": 12, "messages": []},
           {"name": "Room B", "type": "public_supergroup", "id": 13, "messages": [
             {"id": 7, "type": "message", "date_unixtime": "1704103260", "from": "Ann",
              "from_id": "user1", "text": ["a", {"type": "mention", "text": "@ann"}]}]}]},
         "left_chats": {"list": [
           {"name": "Old room", "type": "private_supergroup", "id": 14, "messages": [
             {"id": 3, "type": "service", "date_unixtime": "1704103000", "actor": "Ann",
              "actor_id": "user1", "action": "join_group_by_link", "inviter": "Group", "text": ""}]}]}}
        """;
    RecordingSink sink = parse(write("account.json", json));
    assertEquals(
        List.of("Room A", "null", "Room B", "Old room"),
        sink.chats.stream().map(c -> String.valueOf(c.name())).toList());
    assertEquals(List.of("1"), sink.messagesOf(0).stream().map(Message::externalId).toList());
    assertTrue(sink.messagesOf(1).isEmpty());
    assertEquals("a@ann", sink.messagesOf(2).getFirst().text());
    assertEquals(List.of("ann"), sink.messagesOf(2).getFirst().mentions());
    Message join = sink.messagesOf(3).getFirst();
    assertTrue(join.service());
    assertEquals("join_group_by_link", join.action());
    assertEquals("user1", join.senderId());
    assertEquals(1, sink.participants.size());
    assertTrue(sink.skipped.isEmpty(), sink.skipped.toString());
  }

  @Test
  void duplicateTextKeyKeepsTheRicherValueAndReports() throws Exception {
    String json =
        """
        {"name": "R", "type": "private_group", "id": 1, "messages": [
          {"id": 1, "type": "message", "date_unixtime": "1", "from": "A", "from_id": "user1",
           "text": "", "text": ["사진을 ", {"type": "bold", "text": "봐"}]}]}
        """;
    RecordingSink sink = parse(write("dup.json", json));
    assertEquals("사진을 봐", sink.byId("1").text());
    assertTrue(sink.reported("duplicate \"text\" key"));
    assertTrue(sink.skipped.getFirst().where().contains("id 1"), sink.skipped.toString());
  }

  @Test
  void brokenJsonInsideOneMessageSkipsItAndResumesAtTheNext() throws Exception {
    String json =
        """
        {"name": "R", "type": "private_group", "id": 1, "messages": [
          {"id": 1, "type": "message", "date_unixtime": "1", "from": "A", "from_id": "user1",
           "text": "escaped \\q quote and \\' fine"},
          {"id": 2, "type": "message", "date_unixtime": "2", "from": "A", "from_id": "user1",
           "text": "bad unicode \\uZZZZ here"},
          {"id": 3, "type": "message", "date_unixtime": "3", "from": "A", "from_id": "user1",
           "text": "after the break"}
        ]}
        """;
    RecordingSink sink = parse(write("broken.json", json));
    assertEquals(List.of("1", "3"), sink.messages.stream().map(Message::externalId).toList());
    assertEquals("escaped q quote and ' fine", sink.byId("1").text());
    assertEquals("after the break", sink.byId("3").text());
    assertEquals(1, sink.skipped.size(), sink.skipped.toString());
    assertTrue(sink.skipped.getFirst().where().contains("message #2 (id 2)"));
    assertTrue(sink.skipped.getFirst().reason().contains("skipped to the next message"));
  }

  @Test
  void brokenJsonInTheLastMessageOfAChatStopsWithAClearError() throws Exception {
    String json =
        """
        {"chats": {"list": [
          {"name": "A", "type": "private_group", "id": 1, "messages": [
            {"id": 1, "type": "message", "date_unixtime": "1", "from": "A", "text": "ok"},
            {"id": 2, "type": "message", "date_unixtime": "2", "from": "A", "text": "\\uZZZZ"}]},
          {"name": "B", "type": "private_group", "id": 2, "messages": [
            {"id": 1, "type": "message", "date_unixtime": "3", "from": "A", "text": "one"},
            {"id": 2, "type": "message", "date_unixtime": "4", "from": "A", "text": "two"}]}]}}
        """;
    RecordingSink sink = new RecordingSink();
    ChatParseException e =
        assertThrows(ChatParseException.class, () -> parser.parse(write("b.json", json), sink));
    assertTrue(e.getMessage().contains("chat \"A\", message #2 (id 2)"), e.getMessage());
    assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    // what came before the break reached the sink; nothing was put in the wrong chat
    assertEquals(1, sink.messages.size());
    assertEquals(1, sink.chats.size());
  }

  @Test
  void invalidUtf8AndControlCharactersAreRepairedAndReported() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] head =
        "{\"name\": \"R\", \"messages\": [{\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1\", \"from\": \"A\", \"text\": \"bad "
            .getBytes(StandardCharsets.UTF_8);
    bytes.writeBytes(head);
    bytes.write(0xC3); // a lead byte followed by ASCII: invalid
    bytes.writeBytes(" byte\ttab\u0001\"}]}".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("utf8.json");
    Files.write(file, bytes.toByteArray());
    RecordingSink sink = parse(file);
    assertEquals("bad \uFFFD byte\ttab\u0001", sink.byId("1").text());
    assertTrue(
        sink.reported("invalid UTF-8 replaced with U+FFFD at byte offsets [" + head.length + "]"),
        sink.skipped.toString());
  }

  @Test
  void truncatedExportKeepsEverythingBeforeTheCut() throws Exception {
    StringBuilder json = new StringBuilder("{\"name\": \"R\", \"messages\": [\n");
    for (int i = 1; i <= 50; i++) {
      json.append(
          "{\"id\": %d, \"type\": \"message\", \"date_unixtime\": \"%d\", \"from\": \"A\", \"from_id\": \"user1\", \"text\": \"message %d\"},\n"
              .formatted(i, 1700000000 + i, i));
    }
    String whole = json.toString();
    String cut = whole.substring(0, whole.indexOf("message 37") + 4);
    RecordingSink sink = parse(write("cut.json", cut));
    assertEquals(36, sink.messages.size());
    assertEquals("message 36", sink.messages.getLast().text());
    assertEquals(1, sink.skipped.size());
    assertTrue(sink.skipped.getFirst().reason().contains("truncated"));
    assertTrue(sink.skipped.getFirst().where().contains("message #37 (id 37)"));
  }

  @Test
  void exportsWithoutUnixTimesUseTheGivenZoneAndSayso() throws Exception {
    String json =
        """
        {"name": "R", "messages": [{"id": 1, "type": "message", "date": "2024-03-15T21:04:05",
          "from": "A", "text": "x"}, {"id": 2, "type": "message", "from": "A", "text": "no date"}]}
        """;
    RecordingSink sink = new RecordingSink();
    new TelegramJsonParser(java.time.ZoneId.of("Asia/Seoul")).parse(write("l.json", json), sink);
    assertEquals(Instant.parse("2024-03-15T12:04:05Z"), sink.byId("1").sentAt());
    assertNull(sink.byId("2").sentAt());
    assertTrue(sink.reported("local dates read as Asia/Seoul"));
    assertTrue(sink.reported("no usable date"));
  }

  @Test
  void somethingElseIsRefusedWithAClearError() throws Exception {
    RecordingSink sink = new RecordingSink();
    assertThrows(
        ChatParseException.class, () -> parser.parse(write("x.json", "{\"a\": [1,2]}"), sink));
    assertThrows(ChatParseException.class, () -> parser.parse(write("y.json", "[1]"), sink));
    assertThrows(ChatParseException.class, () -> parser.parse(write("z.json", ""), sink));
    assertThrows(ChatParseException.class, () -> parser.parse(dir.resolve("missing"), sink));
  }

  private RecordingSink parse(Path export) throws ChatParseException {
    RecordingSink sink = new RecordingSink();
    parser.parse(export, sink);
    return sink;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static final String RICH_EXPORT =
      """
      {
       "name": "심야 사진방",
       "type": "private_supergroup",
       "id": 1234567890,
       "messages": [
        {
         "id": 1,
         "type": "service",
         "date": "2024-03-15T21:00:00",
         "date_unixtime": "1710504000",
         "actor": "민수",
         "actor_id": "user111",
         "action": "create_group",
         "title": "심야 사진방",
         "members": ["민수", "Jane Roe"],
         "text": "",
         "text_entities": []
        },
        {
         "id": 2,
         "type": "service",
         "date": "2024-03-15T21:01:00",
         "date_unixtime": "1710504060",
         "actor": "민수",
         "actor_id": "user111",
         "action": "invite_members",
         "members": ["Bob", null],
         "text": "",
         "text_entities": []
        },
        {
         "id": 3,
         "type": "message",
         "date": "2024-03-15T21:04:05",
         "date_unixtime": "1710504245",
         "edited": "2024-03-15T21:05:00",
         "edited_unixtime": "1710504300",
         "from": "민수",
         "from_id": "user111",
         "photo": "photos/photo_1@15-03-2024_21-04-05.jpg",
         "width": 1280,
         "height": 960,
         "text": [
          "사진을 보냈어요 🔥 ",
          {"type": "mention", "text": "@bob_k"},
          " 봐 ",
          {"type": "hashtag", "text": "#딥페이크"},
          " ",
          {"type": "link", "text": "https://example.org/x"},
          {"type": "text_link", "text": "", "href": "https://example.org/hidden"}
         ],
         "text_entities": [{"type": "plain", "text": "ignored"}]
        },
        {
         "id": 4,
         "type": "message",
         "date": "2024-03-15T21:06:00",
         "date_unixtime": "1710504360",
         "from": "Bob",
         "from_id": "user222",
         "forwarded_from": "Channel X",
         "reply_to_message_id": 3,
         "file": "video_files/clip.mp4",
         "thumbnail": "video_files/clip.mp4_thumb.jpg",
         "media_type": "video_file",
         "mime_type": "video/mp4",
         "duration_seconds": 5,
         "text": "line one\\nline two"
        },
        {
         "id": 5,
         "type": "message",
         "date_unixtime": "1710504400",
         "from": "Bob K.",
         "from_id": "user222",
         "file": "(File not included. Change data exporting settings to download.)",
         "file_name": "report.pdf",
         "mime_type": "application/pdf",
         "text": ""
        },
        {
         "id": 6,
         "type": "message",
         "date_unixtime": "1710504500",
         "from": "Bob K.",
         "from_id": "user222",
         "photo": "../../etc/passwd",
         "text": ""
        }
       ]
      }
      """;
}

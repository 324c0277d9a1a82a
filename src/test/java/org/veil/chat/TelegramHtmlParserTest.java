package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Attachment;
import org.veil.model.Message;

/** A two-page export modelled on Telegram Desktop's markup, in test resources. */
class TelegramHtmlParserTest {
  @TempDir Path dir;

  @BeforeEach
  void copyExport() throws Exception {
    Path source = resource("fixtures/chat/telegram-html/messages.html").getParent();
    for (String page : List.of("messages.html", "messages2.html")) {
      Files.copy(source.resolve(page), dir.resolve(page));
    }
    Files.createDirectories(dir.resolve("photos"));
    Files.write(dir.resolve("photos/photo_1@15-03-2024_21-04-05.jpg"), new byte[] {1});
    Files.createDirectories(dir.resolve("voice_messages"));
    Files.write(dir.resolve("voice_messages/audio_1@16-03-2024_01-00-00.ogg"), new byte[] {2});
  }

  @Test
  void readsBothPagesAsOneChat() throws Exception {
    assertEquals(Optional.of(ChatFormat.TELEGRAM_HTML), ChatFormats.detect(dir));
    RecordingSink sink = new RecordingSink();
    new TelegramHtmlParser().parse(dir, sink);

    assertEquals(1, sink.chats.size());
    assertEquals("심야 사진방", sink.chats.getFirst().name());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
        sink.messages.stream().map(Message::externalId).toList());

    Message created = sink.byId("1");
    assertTrue(created.service());
    assertEquals("create_group", created.action());
    assertEquals("민수", created.senderName());
    assertNull(created.sentAt(), "service lines carry no time in HTML");
    assertEquals("15 March 2024", created.localTime());
    assertEquals(List.of("Bob", "Jane Roe"), sink.byId("2").actionMembers());

    Message photo = sink.byId("3");
    assertEquals("민수", photo.senderName());
    assertEquals("사진을 보냈어요 🔥 @bob_k 봐 #딥페이크\n둘째 줄 https://example.org/x", photo.text());
    assertEquals(Instant.parse("2024-03-15T12:04:05Z"), photo.sentAt());
    assertEquals("15.03.2024 21:04:05 UTC+09:00", photo.localTime());
    assertEquals(List.of("bob_k"), photo.mentions());
    assertEquals(List.of("딥페이크"), photo.hashtags());
    assertEquals(List.of("https://example.org/x"), photo.links());
    assertEquals(
        List.of(new Attachment("photos/photo_1@15-03-2024_21-04-05.jpg", "photo", null, true)),
        photo.attachments());

    Message joined = sink.byId("4");
    assertEquals("민수", joined.senderName(), "a joined message carries the previous sender");
    assertEquals("joined: same sender, no from_name <b>not bold</b>", joined.text());

    Message video = sink.byId("5");
    assertEquals("Bob", video.senderName());
    assertEquals("3", video.replyTo());
    assertEquals(
        List.of(new Attachment("video_files/clip.mp4", "video_file", null, false)),
        video.attachments());

    Message acrossPages = sink.byId("6");
    assertEquals("Bob", acrossPages.senderName(), "joined carries across pages");
    assertEquals(
        List.of(new Attachment("report.pdf", "file", null, false)), acrossPages.attachments());

    Message forwarded = sink.byId("7");
    assertEquals("Jane Roe", forwarded.senderName());
    assertEquals("Channel X", forwarded.forwardedFrom());
    assertEquals("forwarded 😂 text", forwarded.text());
    assertEquals(Instant.parse("2024-03-16T04:30:00Z"), forwarded.sentAt(), "UTC-03:30");
    assertEquals(
        List.of(
            new Attachment(
                "voice_messages/audio_1@16-03-2024_01-00-00.ogg", "voice_message", null, true)),
        forwarded.attachments());

    assertEquals(Instant.parse("2024-03-16T02:00:00Z"), sink.byId("8").sentAt());
    assertTrue(sink.reported("without UTC offset: read as Z"), sink.skipped.toString());

    Message join = sink.byId("9");
    assertEquals("join_group_by_link", join.action());
    assertEquals("Bob", join.senderId());
    assertEquals("16 March 2024", join.localTime());

    assertEquals(
        List.of("민수", "Bob", "Jane Roe"),
        sink.participants.stream().map(p -> p.platformId()).distinct().toList());
  }

  @Test
  void titlesWithoutOffsetUseTheGivenZone() throws Exception {
    RecordingSink sink = new RecordingSink();
    new TelegramHtmlParser(ZoneId.of("Asia/Seoul")).parse(dir.resolve("messages.html"), sink);
    assertEquals(Instant.parse("2024-03-15T17:00:00Z"), sink.byId("8").sentAt());
    assertEquals(Instant.parse("2024-03-15T12:04:05Z"), sink.byId("3").sentAt(), "offset wins");
  }

  @Test
  void notAnExport() {
    assertThrows(
        ChatParseException.class,
        () -> new TelegramHtmlParser().parse(dir.resolve("nothing-here"), new RecordingSink()));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TelegramHtmlParserTest.class.getClassLoader().getResource(name).toURI());
  }
}

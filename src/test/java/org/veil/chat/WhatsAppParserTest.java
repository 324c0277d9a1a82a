package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.model.Attachment;
import org.veil.model.Message;

class WhatsAppParserTest {
  @TempDir Path dir;

  private final WhatsAppParser parser = new WhatsAppParser();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "test_[mmddyy]_24hrs.txt",
        "test_ddmmyy_24hrs.txt",
        "test_mmddyy_24hrs.txt",
        "test_mmddyyyy_12hrs.txt",
        "test_yyyymmdd_24hrs.txt"
      })
  void everySharedDateVariantGivesTheTarget(String file) throws Exception {
    RecordingSink sink = parse(Fixtures.shared("whatsapp/" + file));
    List<Fixtures.Expected> target =
        new ArrayList<>(Fixtures.target(Fixtures.shared("whatsapp/target.json")));
    target.sort(Comparator.comparing(Fixtures.Expected::timestamp));
    List<Message> said = sink.messages.stream().filter(m -> !m.service()).toList();
    assertEquals(target.size(), said.size(), said.toString());
    for (int i = 0; i < target.size(); i++) {
      Fixtures.Expected want = target.get(i);
      Message got = said.get(i);
      assertEquals(want.timestamp().toInstant(ZoneOffset.UTC), got.sentAt(), file + " #" + i);
      assertEquals(want.author(), got.senderName(), file + " #" + i);
      // the target joins a message's lines with a space; we keep the line break
      assertEquals(want.message(), got.text().replace('\n', ' '), file + " #" + i);
    }
    List<Message> system = sink.messages.stream().filter(Message::service).toList();
    assertEquals(3, system.size(), system.toString());
    Message created = system.get(1);
    assertEquals("created_group", created.action());
    assertEquals("+12 345 578", created.senderName());
    assertEquals("added", system.get(2).action());
    assertEquals(List.of("You"), system.get(2).actionMembers());
    assertTrue(sink.skipped.isEmpty(), sink.skipped.toString());
  }

  /** How one phone writes the head of a line. */
  enum Layout {
    ANDROID_24H_DMY(
        t ->
            "%02d/%02d/%d, %02d:%02d - "
                .formatted(
                    t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute()),
        false),
    ANDROID_US_12H(
        t ->
            "%d/%d/%02d, %d:%02d\u202F%s - "
                .formatted(
                    t.getMonthValue(),
                    t.getDayOfMonth(),
                    t.getYear() % 100,
                    h12(t),
                    t.getMinute(),
                    t.getHour() < 12 ? "AM" : "PM"),
        false),
    ANDROID_SPANISH(
        t ->
            "%d/%d/%02d, %d:%02d\u00A0%s - "
                .formatted(
                    t.getDayOfMonth(),
                    t.getMonthValue(),
                    t.getYear() % 100,
                    h12(t),
                    t.getMinute(),
                    t.getHour() < 12 ? "a. m." : "p. m."),
        false),
    ANDROID_GERMAN(
        t ->
            "%02d.%02d.%02d, %02d:%02d - "
                .formatted(
                    t.getDayOfMonth(),
                    t.getMonthValue(),
                    t.getYear() % 100,
                    t.getHour(),
                    t.getMinute()),
        false),
    ANDROID_DASHES(
        t ->
            "%02d-%02d-%d %02d:%02d - "
                .formatted(
                    t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute()),
        false),
    ANDROID_KOREAN(
        t ->
            "%d. %d. %d. %s %d:%02d - "
                .formatted(
                    t.getYear(),
                    t.getMonthValue(),
                    t.getDayOfMonth(),
                    t.getHour() < 12 ? "오전" : "오후",
                    h12(t),
                    t.getMinute()),
        false),
    IOS_24H(
        t ->
            "[%02d/%02d/%d, %02d:%02d:%02d] "
                .formatted(
                    t.getDayOfMonth(),
                    t.getMonthValue(),
                    t.getYear(),
                    t.getHour(),
                    t.getMinute(),
                    t.getSecond()),
        true),
    IOS_US_12H(
        t ->
            "[%d/%d/%02d, %d:%02d:%02d %s] "
                .formatted(
                    t.getMonthValue(),
                    t.getDayOfMonth(),
                    t.getYear() % 100,
                    h12(t),
                    t.getMinute(),
                    t.getSecond(),
                    t.getHour() < 12 ? "AM" : "PM"),
        true),
    IOS_SPANISH(
        t ->
            "[%d/%d/%02d %d:%02d:%02d %s] "
                .formatted(
                    t.getDayOfMonth(),
                    t.getMonthValue(),
                    t.getYear() % 100,
                    h12(t),
                    t.getMinute(),
                    t.getSecond(),
                    t.getHour() < 12 ? "a. m." : "p. m."),
        true),
    IOS_KOREAN(
        t ->
            "[%d. %d. %d. %s %d:%02d:%02d] "
                .formatted(
                    t.getYear(),
                    t.getMonthValue(),
                    t.getDayOfMonth(),
                    t.getHour() < 12 ? "오전" : "오후",
                    h12(t),
                    t.getMinute(),
                    t.getSecond()),
        true);

    final Function<LocalDateTime, String> head;
    final boolean ios;

    Layout(Function<LocalDateTime, String> head, boolean ios) {
      this.head = head;
      this.ios = ios;
    }

    private static int h12(LocalDateTime t) {
      int h = t.getHour() % 12;
      return h == 0 ? 12 : h;
    }
  }

  // early dates fit both orders (day <= 12); the 15th decides, late in the file
  private static final LocalDateTime T1 = LocalDateTime.of(2024, 1, 3, 0, 5);
  private static final LocalDateTime T2 = LocalDateTime.of(2024, 2, 5, 12, 30);
  private static final LocalDateTime T3 = LocalDateTime.of(2024, 3, 7, 15, 4);
  private static final LocalDateTime T4 = LocalDateTime.of(2024, 3, 15, 23, 59);

  private static String conversation(Layout layout) {
    String lrm = layout.ios ? "\u200E" : "";
    StringBuilder s = new StringBuilder();
    if (layout.ios) {
      s.append(lrm)
          .append(layout.head.apply(T1))
          .append("야간방: ")
          .append(lrm)
          .append(
              "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n");
      s.append(lrm)
          .append(layout.head.apply(T1))
          .append("민수: ")
          .append(lrm)
          .append("민수 created group \"야간방\"\n");
      s.append(lrm)
          .append(layout.head.apply(T1))
          .append("민수: ")
          .append(lrm)
          .append("민수 added Bob and Jane Roe\n");
    } else {
      s.append(layout.head.apply(T1))
          .append(
              "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n");
      s.append(layout.head.apply(T1)).append("민수 created group \"야간방\"\n");
      s.append(layout.head.apply(T1)).append("민수 added Bob and Jane Roe\n");
    }
    s.append(layout.head.apply(T2)).append("민수: 사진을 보냈어요 😂 @Bob #야간\n");
    s.append(layout.head.apply(T2))
        .append("Bob: first line\nsecond line: with a colon\n\nafter a blank line\n");
    if (layout.ios) {
      s.append(lrm)
          .append(layout.head.apply(T3))
          .append("민수: ")
          .append(lrm)
          .append("<attached: 00000012-PHOTO-2024-03-07-15-04-00.jpg>\n");
      s.append(lrm)
          .append(layout.head.apply(T3))
          .append("Bob: ")
          .append(lrm)
          .append("image omitted\n");
      s.append(layout.head.apply(T4))
          .append("야간방: ")
          .append(lrm)
          .append("Jane Roe joined using this group's invite link\n");
    } else {
      s.append(layout.head.apply(T3))
          .append("민수: IMG-20240307-WA0001.jpg (file attached)\n사진 설명\n");
      s.append(layout.head.apply(T3)).append("Bob: <Media omitted>\n");
      s.append(layout.head.apply(T4)).append("Jane Roe joined using this group's invite link\n");
    }
    return s.toString();
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyLayoutReadsTheSameConversation(Layout layout) throws Exception {
    Path file = dir.resolve("WhatsApp Chat with 야간방.txt");
    Files.writeString(file, conversation(layout), StandardCharsets.UTF_8);
    String photo =
        layout.ios ? "00000012-PHOTO-2024-03-07-15-04-00.jpg" : "IMG-20240307-WA0001.jpg";
    Files.write(dir.resolve(photo), new byte[] {1});

    RecordingSink sink = parse(file);

    assertEquals("야간방", sink.chats.getFirst().name());
    assertEquals("group", sink.chats.getFirst().type());
    assertTrue(sink.skipped.isEmpty(), sink.skipped.toString());
    List<Message> m = sink.messages;
    assertEquals(8, m.size(), m.toString());

    assertTrue(m.get(0).service());
    assertEquals("encryption_notice", m.get(0).action());
    assertNull(m.get(0).senderId());
    assertEquals("created_group", m.get(1).action());
    assertEquals("민수", m.get(1).senderId());
    assertEquals("added", m.get(2).action());
    assertEquals(List.of("Bob", "Jane Roe"), m.get(2).actionMembers());

    Message photoText = m.get(3);
    assertFalse(photoText.service());
    assertEquals("민수", photoText.senderName());
    assertEquals("사진을 보냈어요 😂 @Bob #야간", photoText.text());
    assertEquals(List.of("Bob"), photoText.mentions());
    assertEquals(List.of("야간"), photoText.hashtags());
    assertEquals(at(T2), photoText.sentAt());

    assertEquals("first line\nsecond line: with a colon\n\nafter a blank line", m.get(4).text());
    assertEquals("Bob", m.get(4).senderId());

    Message withPhoto = m.get(5);
    assertEquals(List.of(new Attachment(photo, "photo", null, true)), withPhoto.attachments());
    assertEquals(layout.ios ? "" : "사진 설명", withPhoto.text());
    assertEquals(at(T3), withPhoto.sentAt());

    Message omitted = m.get(6);
    assertEquals(1, omitted.attachments().size());
    assertFalse(omitted.attachments().getFirst().present());
    assertNull(omitted.attachments().getFirst().path());
    assertEquals("", omitted.text());

    Message joined = m.get(7);
    assertTrue(joined.service());
    assertEquals("joined_by_link", joined.action());
    assertEquals("Jane Roe", joined.senderName());
    assertEquals(at(T4), joined.sentAt(), "the 15th decides day/month for the whole file");

    assertEquals(
        List.of("민수", "Bob", "Jane Roe"),
        sink.participants.stream().map(p -> p.platformId()).toList());
    assertEquals(8, new HashSet<>(m.stream().map(Message::externalId).toList()).size());
  }

  private static Instant at(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC);
  }

  @Test
  void chronologyDecidesWhenEveryDayIsTwelveOrLess() throws Exception {
    // as day/month: 5 Jan, 6 Jan, 1 Feb (forward); as month/day: May, June, then January 2
    Path file =
        write(
            "a.txt",
            "05/01/2024, 10:00 - A: one\n06/01/2024, 10:00 - B: two\n01/02/2024, 10:00 - A: three\n");
    RecordingSink sink = parse(file);
    assertEquals(Instant.parse("2024-02-01T10:00:00Z"), sink.messages.get(2).sentAt());
    assertTrue(sink.skipped.isEmpty());

    Path us =
        write(
            "b.txt",
            "01/05/2024, 10:00 - A: one\n01/06/2024, 10:00 - B: two\n02/01/2024, 10:00 - A: three\n");
    assertEquals(Instant.parse("2024-02-01T10:00:00Z"), parse(us).messages.get(2).sentAt());
  }

  @Test
  void undecidableOrderIsReadAsDayMonthAndReported() throws Exception {
    RecordingSink sink =
        parse(write("c.txt", "01/02/2024, 10:00 - A: one\n01/03/2024, 10:00 - B: two\n"));
    assertEquals(Instant.parse("2024-02-01T10:00:00Z"), sink.messages.getFirst().sentAt());
    assertTrue(sink.reported("day/month order cannot be told"));
  }

  @Test
  void koreanSystemLinesAndMediaWords() throws Exception {
    String text =
        "2024. 3. 15. 오후 9:04 - 메시지와 통화는 종단간 암호화됩니다.\n"
            + "2024. 3. 15. 오후 9:05 - 민수님이 지훈님을 초대했습니다.\n"
            + "2024. 3. 15. 오후 9:06 - 지훈: <미디어 없음>\n"
            + "2024. 3. 15. 오후 9:07 - 지훈님이 나갔습니다.\n";
    RecordingSink sink = parse(write("k.txt", text));
    List<Message> m = sink.messages;
    assertEquals("encryption_notice", m.get(0).action());
    assertEquals("added", m.get(1).action());
    assertEquals("민수", m.get(1).senderName());
    assertEquals(List.of("지훈"), m.get(1).actionMembers());
    assertFalse(m.get(2).attachments().getFirst().present());
    assertEquals("left", m.get(3).action());
    assertEquals(Instant.parse("2024-03-15T21:07:00Z"), m.get(3).sentAt());
  }

  @Test
  void zipExportsUseEntryNamesAndTheZoneGiven() throws Exception {
    Path zip = dir.resolve("WhatsApp Chat - 야간방.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      z.putNextEntry(new ZipEntry("_chat.txt"));
      z.write(
          ("[15/03/2024, 21:04:05] 민수: \u200E<attached: 00000012-PHOTO-2024-03-15-21-04-05.jpg>\n"
                  + "[15/03/2024, 21:05:00] 민수: \u200E<attached: 00000013-VIDEO-2024-03-15-21-05-00.mp4>\n")
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("00000012-PHOTO-2024-03-15-21-04-05.jpg"));
      z.write(new byte[] {1, 2});
      z.closeEntry();
    }
    assertEquals(java.util.Optional.of(ChatFormat.WHATSAPP), ChatFormats.detect(zip));
    RecordingSink sink = new RecordingSink();
    new WhatsAppParser(ZoneId.of("Asia/Seoul")).parse(zip, sink);
    assertEquals("야간방", sink.chats.getFirst().name());
    assertEquals("individual", sink.chats.getFirst().type());
    assertEquals(
        new Attachment("00000012-PHOTO-2024-03-15-21-04-05.jpg", "photo", null, true),
        sink.messages.get(0).attachments().getFirst());
    assertEquals(
        new Attachment("00000013-VIDEO-2024-03-15-21-05-00.mp4", "video", null, false),
        sink.messages.get(1).attachments().getFirst());
    assertEquals(Instant.parse("2024-03-15T12:04:05Z"), sink.messages.get(0).sentAt());
    assertEquals("15/03/2024, 21:04:05", sink.messages.get(0).localTime());
  }

  @Test
  void idsAreTheSameOnEveryParseAndDifferForRepeatedText() throws Exception {
    Path file = write("r.txt", "01/01/2024, 10:00 - A: ok\n01/01/2024, 10:00 - A: ok\n");
    List<String> first = parse(file).messages.stream().map(Message::externalId).toList();
    List<String> second = parse(file).messages.stream().map(Message::externalId).toList();
    assertEquals(first, second);
    assertEquals(2, new HashSet<>(first).size());
    assertTrue(first.getFirst().matches("wa-[0-9a-f]{16}"));
  }

  @Test
  void hostileAndBrokenInput() throws Exception {
    String text =
        "preamble that is not a message\n"
            + "15/03/2024, 21:04 - A: IMG-1.jpg (file attached)\n"
            + "15/03/2024, 21:05 - A: <attached: ../../etc/passwd>\n"
            + "31/02/2024, 21:06 - A: no such day\n";
    RecordingSink sink = parse(write("h.txt", text));
    assertEquals(2, sink.messages.size());
    assertFalse(sink.messages.get(1).attachments().getFirst().present());
    assertTrue(sink.reported("text before the first message"));
    assertTrue(sink.reported("outside the export"));
    assertTrue(sink.reported("no such date"));
    assertTrue(sink.messages.get(1).text().endsWith("31/02/2024, 21:06 - A: no such day"));
    assertThrows(ChatParseException.class, () -> parse(write("n.txt", "just some notes\n")));
    assertThrows(ChatParseException.class, () -> parse(dir.resolve("missing.txt")));
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
}

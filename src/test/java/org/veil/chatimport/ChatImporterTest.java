package org.veil.chatimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.chat.ChatFormat;
import org.veil.chat.ChatFormats;
import org.veil.chat.ChatParseException;
import org.veil.index.MessageIndex;
import org.veil.model.AuditEvent;
import org.veil.model.ChatImportReport;
import org.veil.model.ChatSummary;
import org.veil.model.MediaPosting;
import org.veil.model.SearchQuery;
import org.veil.model.StoredMessage;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;

class ChatImporterTest {
  @TempDir Path dir;
  private CaseFolder folder;
  private MessageIndex index;
  private AuditLog audit;
  private ChatImporter importer;
  private ChatStore store;

  @BeforeEach
  void open() throws Exception {
    folder = TestCases.create(dir, "chats");
    index = CaseMessageIndex.open(folder);
    audit = new AuditLog(new AuditStore(folder.db()));
    importer = new ChatImporter(folder, index, audit);
    store = new ChatStore(folder.db());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    folder.close();
  }

  private Path telegramExport(long messages) throws IOException {
    Path export = dir.resolve("ChatExport");
    new SyntheticTelegramExport(messages, 20, 3, 7).withMediaFiles().writeTo(export);
    return export;
  }

  @Test
  void aSenderFoundUnderEveryNameTheyUsed() throws Exception {
    Path export = Files.createDirectories(dir.resolve("RenamedExport")).resolve("result.json");
    Files.writeString(
        export,
        """
        {"name": "Room", "type": "private_group", "id": 77, "messages": [
          {"id": 1, "type": "message", "date": "2024-01-01T10:00:00",
           "date_unixtime": "1704103200", "from": "Old Name", "from_id": "user42",
           "text": "first"},
          {"id": 2, "type": "message", "date": "2024-01-01T10:05:00",
           "date_unixtime": "1704103500", "from": "New Name", "from_id": "user42",
           "text": "second"}
        ]}
        """);
    importer.importExport(export, null, "examiner-a", TaskContext.detached());
    // the first message was indexed before the second name was seen: re-indexed after
    assertEquals(2, index.search(SearchQuery.user("New Name")).totalHits());
    assertEquals(2, index.search(SearchQuery.user("old name")).totalHits());
  }

  @Test
  void aPageNameWithAHugeNumberIsNotAPageAndTheExportImports() throws Exception {
    Path fixtures = Path.of("src/test/resources/fixtures/chat/telegram-html");
    Path export = Files.createDirectories(dir.resolve("HtmlExport"));
    for (String page : List.of("messages.html", "messages2.html")) {
      Files.copy(fixtures.resolve(page), export.resolve(page));
    }
    // once an Integer.parseInt failure that escaped the parser and left the import unaudited
    Files.copy(fixtures.resolve("messages2.html"), export.resolve("messages99999999999.html"));
    ChatImportReport report =
        importer.importExport(export, null, "examiner-a", TaskContext.detached());
    assertEquals("telegram-html", report.format());
    assertTrue(report.messagesAdded() > 0);
    assertTrue(
        new AuditStore(folder.db())
            .all().stream().anyMatch(e -> e.action().equals("chat.imported")));
  }

  @Test
  void importsStoresIndexesAndIngestsTheMedia() throws Exception {
    Path export = telegramExport(400);
    ChatImportReport report =
        importer.importExport(export, null, "examiner-a", TaskContext.detached());
    assertEquals("telegram-json", report.format());
    assertEquals(3, report.chats());
    assertEquals(400, report.messagesAdded());
    assertEquals(0, report.duplicates());
    assertFalse(report.cancelled());
    assertTrue(report.mediaIngested() > 1, "photos and the export itself are evidence items");
    assertTrue(report.attachmentsLinked() > 0);

    List<ChatSummary> chats = store.chats();
    assertEquals(3, chats.size());
    assertEquals(400, chats.stream().mapToLong(c -> c.messageCount() + c.serviceCount()).sum());
    assertEquals(400, index.size());

    // Korean search with a particle in the text, through the case index.
    assertTrue(index.search(SearchQuery.text("사진")).totalHits() > 0);

    // Every present attachment is linked to an item with a hash.
    List<StoredMessage> messages = new ArrayList<>();
    for (ChatSummary chat : chats) {
      store.forEachMessage(chat.id(), messages::add);
    }
    long photos =
        messages.stream()
            .flatMap(m -> m.attachments().stream())
            .filter(a -> a.attachment().present())
            .peek(a -> assertTrue(a.itemId() != null && a.sha256() != null, a.toString()))
            .count();
    assertEquals(report.attachmentsLinked(), photos);

    // The generator reuses pictures across rooms: some file was posted in more than one chat.
    Map<String, Set<Long>> chatsPerFile =
        messages.stream()
            .flatMap(
                m ->
                    m.attachments().stream()
                        .filter(a -> a.sha256() != null)
                        .map(a -> Map.entry(a.sha256(), m.chatId())))
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    String travelled =
        chatsPerFile.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    List<MediaPosting> postings = store.postingsOfSha256(travelled);
    assertEquals(
        chatsPerFile.get(travelled),
        postings.stream().map(MediaPosting::chatId).collect(Collectors.toSet()));
    assertTrue(postings.stream().allMatch(p -> p.senderId() != null && p.sentAt() != null));

    List<AuditEvent> events = audit.store().all();
    AuditEvent imported =
        events.stream().filter(e -> e.action().equals("chat.imported")).findFirst().orElseThrow();
    assertTrue(imported.details().contains("\"messages_added\":400"), imported.details());
  }

  @Test
  void importingTheSameExportTwiceAddsNothing() throws Exception {
    Path export = telegramExport(150);
    ChatImportReport first = importer.importExport(export, null, "a", TaskContext.detached());
    ChatImportReport second =
        importer.importExport(
            export.resolve("result.json"), ChatFormat.TELEGRAM_JSON, "a", TaskContext.detached());
    assertEquals(150, first.messagesAdded());
    assertEquals(0, second.messagesAdded());
    assertEquals(150, second.duplicates());
    assertEquals(0, second.attachmentsLinked(), "already linked");
    assertEquals(150, store.messageCount());
    assertEquals(150, index.size());
    assertEquals(3, store.chats().size());
  }

  @Test
  void whatsAppZipMediaIsLinkedInsideTheZip() throws Exception {
    Path zip = dir.resolve("WhatsApp Chat with Kim.zip");
    byte[] picture = Files.readAllBytes(telegramPhoto());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("_chat.txt"));
      out.write(
          ("01/02/2024, 10:00 - Kim: 사진을 보냈어\n"
                  + "01/02/2024, 10:01 - Kim: IMG-20240201-WA0001.jpg (file attached)\n"
                  + "01/02/2024, 10:02 - Lee: <Media omitted>\n")
              .getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("IMG-20240201-WA0001.jpg"));
      out.write(picture);
    }
    // Runs once the WhatsApp parser (chat branch) reads this plain Android line.
    assumeTrue(ChatFormats.detect(zip).isPresent(), "WhatsApp parser does not read the line yet");
    ChatImportReport report = importer.importExport(zip, null, "a", TaskContext.detached());
    assertEquals("whatsapp", report.format());
    assertEquals(3, report.messagesAdded());
    assertEquals(1, report.attachmentsLinked());
    List<StoredMessage> messages = new ArrayList<>();
    store.forEachMessage(store.chats().getFirst().id(), messages::add);
    Set<String> hashes = new HashSet<>();
    messages.forEach(
        m ->
            m.attachments()
                .forEach(
                    a -> {
                      if (a.sha256() != null) hashes.add(a.sha256());
                    }));
    assertEquals(1, hashes.size());
    assertEquals(1, store.postedBy("kim").size());
    assertEquals(Set.of(), new HashSet<>(store.postedBy("lee")));
  }

  @Test
  void aLooseTextExportBringsItsAttachmentsNotItsNeighbours() throws Exception {
    Path downloads = Files.createDirectories(dir.resolve("Downloads"));
    Files.copy(telegramPhoto(), downloads.resolve("IMG-20240201-WA0001.jpg"));
    Files.copy(telegramPhoto(), downloads.resolve("unrelated-holiday.jpg"));
    Files.writeString(downloads.resolve("notes.txt"), "not part of the chat");
    Path chat = downloads.resolve("WhatsApp Chat with Kim.txt");
    Files.writeString(
        chat,
        "01/02/2024, 10:00 - Kim: 사진을 보냈어\n"
            + "01/02/2024, 10:01 - Kim: IMG-20240201-WA0001.jpg (file attached)\n");
    ChatImportReport report = importer.importExport(chat, null, "a", TaskContext.detached());
    assertEquals(2, report.mediaIngested(), "the export and its one attachment");
    assertEquals(1, report.attachmentsLinked());
    var paths =
        new org.veil.store.ItemStore(folder.db()).all().stream().map(i -> i.path()).toList();
    assertTrue(paths.contains("IMG-20240201-WA0001.jpg"), paths.toString());
    assertTrue(paths.contains("WhatsApp Chat with Kim.txt"), paths.toString());
    assertFalse(paths.contains("unrelated-holiday.jpg"), paths.toString());
    assertFalse(paths.contains("notes.txt"), paths.toString());
  }

  @Test
  void unrecognisedAndMissingExportsAreClearErrors() throws Exception {
    Path notChat = Files.writeString(dir.resolve("notes.txt"), "just some notes\nnothing here\n");
    ChatParseException unknown =
        assertThrows(
            ChatParseException.class,
            () -> importer.importExport(notChat, null, "a", TaskContext.detached()));
    assertTrue(unknown.getMessage().contains("not a chat export"), unknown.getMessage());
    assertThrows(
        IOException.class,
        () -> importer.importExport(dir.resolve("nope"), null, "a", TaskContext.detached()));
    assertEquals(0, store.messageCount());
  }

  @Test
  void aBrokenExportKeepsWhatWasReadAndSaysWhatWasSkipped() throws Exception {
    Path export = dir.resolve("broken");
    Files.createDirectories(export);
    Path json = export.resolve("result.json");
    try (OutputStream out = Files.newOutputStream(json)) {
      out.write(
          ("{\"name\":\"Room\",\"type\":\"private_group\",\"id\":42,\"messages\":["
                  + "{\"id\":1,\"type\":\"message\",\"date\":\"2024-01-01T10:00:00\","
                  + "\"date_unixtime\":\"1704103200\",\"from\":\"Kim\",\"from_id\":\"user1\","
                  + "\"text\":\"사진을 \\q보냈어\"},"
                  + "{\"id\":2,\"type\":\"message\",\"date\":\"2024-01-01T10:01:00\","
                  + "\"date_unixtime\":\"1704103260\",\"from\":\"Kim\",\"from_id\":\"user1\","
                  + "\"text\":\"ok\"}")
              .getBytes(StandardCharsets.UTF_8));
    }
    try {
      ChatImportReport report = importer.importExport(export, null, "a", TaskContext.detached());
      assertTrue(report.skipped() > 0, "the bad escape and the cut end are reported");
    } catch (ChatParseException e) {
      assertTrue(e.getMessage().contains("kept"), e.getMessage());
    }
    assertTrue(store.messageCount() >= 1, "what was read before the break is kept");
    assertEquals(store.messageCount(), index.size());
  }

  @Test
  void anIndexOutOfStepWithTheDatabaseIsRebuiltOnOpen() throws Exception {
    importer.importExport(telegramExport(120), null, "a", TaskContext.detached());
    index.clear();
    index.commit();
    index.close();
    index = CaseMessageIndex.open(folder);
    assertEquals(120, index.size());
    assertTrue(index.search(SearchQuery.text("사진")).totalHits() > 0);
  }

  private Path telegramPhoto() throws IOException {
    Path export = dir.resolve("photo-source");
    new SyntheticTelegramExport(60, 5, 1, 3).withMediaFiles().writeTo(export);
    try (var files = Files.walk(export)) {
      return files.filter(p -> p.toString().endsWith(".jpg")).findFirst().orElseThrow();
    }
  }
}

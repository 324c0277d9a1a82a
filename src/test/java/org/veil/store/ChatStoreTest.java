package org.veil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Attachment;
import org.veil.model.CaseInfo;
import org.veil.model.Chat;
import org.veil.model.ChatSummary;
import org.veil.model.EvidenceSource;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaPosting;
import org.veil.model.Message;
import org.veil.model.Participant;
import org.veil.model.SearchableMessage;
import org.veil.model.StoredMessage;

class ChatStoreTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
  private static final String SHA = "a".repeat(64);

  @TempDir Path dir;
  private CaseFolder folder;
  private ChatStore store;
  private EvidenceSource source;

  @BeforeEach
  void open() throws CaseException {
    folder =
        CaseFolder.create(
            dir.resolve("case.veil"),
            new CaseInfo("t", "1", "unit", "examiner", T0, ZoneOffset.UTC));
    store = new ChatStore(folder.db());
    source =
        new SourceStore(folder.db())
            .add(EvidenceSource.SourceKind.CHAT_EXPORT, "/exports/room", "examiner", T0);
  }

  @AfterEach
  void close() {
    folder.close();
  }

  private static Message message(
      String id, int minute, String senderId, String sender, String text, Attachment... files) {
    return new Message(
        id,
        T0.plusSeconds(60L * minute),
        "local " + minute,
        senderId,
        sender,
        text,
        null,
        null,
        null,
        false,
        null,
        List.of(),
        List.of(files));
  }

  private static Message service(String id, int minute, String actorId, String actor) {
    return new Message(
        id,
        T0.plusSeconds(60L * minute),
        null,
        actorId,
        actor,
        "",
        null,
        null,
        null,
        true,
        "invite_members",
        List.of("박지", "Lee"),
        List.of());
  }

  private static Message reply(Message m, String to) {
    return new Message(
        m.externalId(),
        m.sentAt(),
        m.localTime(),
        m.senderId(),
        m.senderName(),
        m.text(),
        to,
        null,
        null,
        false,
        null,
        List.of(),
        m.attachments());
  }

  private ChatImportSession.BatchResult importRoom(
      String roomId, String roomName, List<Message> messages) throws Exception {
    ChatImportSession session = store.session(source.id(), "");
    long chat = session.chat(new Chat(0, "telegram", roomName, "private_group", roomId));
    ChatImportSession.BatchResult result =
        session
            .messages(
                chat,
                "telegram",
                List.of(new Participant(0, "telegram", "user1", "kim_minsu", "김민수")),
                messages)
            .get();
    session.finish();
    session.linkAttachments();
    return result;
  }

  @Test
  void storesChatsMessagesAndCountsThem() throws Exception {
    ChatImportSession.BatchResult result =
        importRoom(
            "100",
            "Room",
            List.of(
                service("1", 0, "user1", "김민수"),
                message("2", 1, "user1", "김민수", "사진을 보냈어"),
                message(
                    "3",
                    2,
                    "user2",
                    "Park",
                    "ok",
                    new Attachment("photos/a.jpg", "photo", "image/jpeg", true)),
                reply(message("4", 3, null, null, "system line"), "2"),
                reply(message("5", 4, "user1", "김민수", "to a lost one"), "999")));
    assertEquals(5, result.added().size());
    assertEquals(0, result.duplicates());
    SearchableMessage first = result.added().get(1);
    assertEquals("사진을 보냈어", first.text());
    assertEquals(List.of("kim_minsu"), first.senderNames());

    ChatSummary chat = store.chats().getFirst();
    assertEquals("Room", chat.name());
    assertEquals("private_group", chat.type());
    assertEquals("100", chat.externalId());
    assertEquals(4, chat.messageCount());
    assertEquals(1, chat.serviceCount());
    assertEquals(2, chat.participantCount());
    assertEquals(T0, chat.firstAt());
    assertEquals(T0.plusSeconds(240), chat.lastAt());

    List<StoredMessage> messages = new ArrayList<>();
    store.forEachMessage(chat.id(), messages::add);
    assertEquals(
        List.of("1", "2", "3", "4", "5"),
        messages.stream().map(m -> m.message().externalId()).toList());
    assertEquals(messages.get(1).id(), messages.get(3).replyToId());
    assertEquals("999", messages.get(4).message().replyTo());
    assertNull(messages.get(4).replyToId(), "the replied message is not in the case");
    assertEquals(List.of("박지", "Lee"), messages.get(0).message().actionMembers());
    assertTrue(messages.get(0).message().service());
    StoredMessage withFile = messages.get(2);
    assertEquals(1, withFile.attachments().size());
    assertEquals("photos/a.jpg", withFile.attachments().getFirst().attachment().path());
    assertNull(withFile.attachments().getFirst().itemId(), "no item ingested yet");
    assertEquals("local 2", withFile.message().localTime());
    assertNull(messages.get(3).senderParticipantId());
    assertEquals(withFile, store.message(withFile.id()).orElseThrow());
  }

  @Test
  void importingTheSameMessagesAgainAddsNothing() throws Exception {
    List<Message> messages =
        List.of(message("1", 1, "user1", "김민수", "a"), message("2", 2, "user1", "김민수", "b"));
    importRoom("100", "Room", messages);
    ChatImportSession.BatchResult again = importRoom("100", "Room renamed", messages);
    assertEquals(0, again.added().size());
    assertEquals(2, again.duplicates());
    assertEquals(1, store.chats().size());
    assertEquals(2, store.messageCount());
    assertEquals("Room", store.chats().getFirst().name(), "the first import's name stays");
  }

  @Test
  void chatsWithoutIdsAreToldApartByName() throws Exception {
    ChatImportSession session = store.session(source.id(), "");
    long a = session.chat(new Chat(0, "whatsapp", "Group A", "group", null));
    long b = session.chat(new Chat(0, "whatsapp", "Group B", "group", null));
    long againA = session.chat(new Chat(0, "whatsapp", "Group A", "group", null));
    assertTrue(a != b);
    assertEquals(a, againA);
  }

  @Test
  void namesOverTimeAndRenamedSenders() throws Exception {
    ChatImportSession session = store.session(source.id(), "");
    long chat = session.chat(new Chat(0, "telegram", "Room", "group", "1"));
    session
        .messages(
            chat,
            "telegram",
            List.of(),
            List.of(
                message("1", 1, "user9", "Old Name", "hi"),
                message("2", 5, "user9", "Old Name", "x")))
        .get();
    assertEquals(Set.of(), session.finish(), "one name is no rename");
    ChatImportSession later = store.session(source.id(), "");
    later
        .messages(chat, "telegram", List.of(), List.of(message("3", 9, "user9", "New Name", "yo")))
        .get();
    Set<Long> renamed = later.finish();
    assertEquals(1, renamed.size());
    List<SearchableMessage> again = new ArrayList<>();
    store.forEachSearchableOf(renamed, again::add);
    assertEquals(3, again.size());
    assertTrue(again.getFirst().senderNames().containsAll(List.of("Old Name", "New Name")));
    List<MediaPosting> none = store.postedBy("old name");
    assertEquals(List.of(), none, "no media posted");
  }

  @Test
  void provenanceFollowsTheHashAcrossChats() throws Exception {
    Attachment photo = new Attachment("photos/p.jpg", "photo", "image/jpeg", true);
    Attachment missing = new Attachment("photos/gone.jpg", "photo", "image/jpeg", false);
    importRoom("100", "Room A", List.of(message("1", 1, "user1", "김민수", "look", photo, missing)));
    importRoom("200", "Room B", List.of(message("7", 30, "user2", "Park", "again", photo)));
    // Both rooms came from one export folder here, so both attachments are the one item.
    ItemStore items = new ItemStore(folder.db());
    long itemId =
        items
            .register(source.id(), List.of(new ItemStore.PendingEntry("photos/p.jpg", 10, null)))
            .getFirst()
            .id();
    items.complete(
        List.of(
            new ItemStore.ItemResult(
                new Item(
                    itemId,
                    source.id(),
                    "photos/p.jpg",
                    10,
                    new Hashes("m", "s", SHA),
                    "image/jpeg",
                    null,
                    null,
                    null,
                    ItemState.DONE,
                    null,
                    Set.of(),
                    null,
                    null),
                List.of())));
    assertEquals(2, store.session(source.id(), "").linkAttachments());

    List<MediaPosting> postings = store.postingsOfSha256(SHA.toUpperCase());
    assertEquals(2, postings.size());
    assertEquals("Room A", postings.get(0).chatName());
    assertEquals("user1", postings.get(0).senderId());
    assertEquals("김민수", postings.get(0).sender());
    assertEquals(T0.plusSeconds(60), postings.get(0).sentAt());
    assertEquals("Room B", postings.get(1).chatName());
    assertEquals("7", postings.get(1).messageExternalId());
    assertEquals(postings, store.postingsOfItem(itemId));
    assertEquals(List.of(), store.postingsOfSha256("b".repeat(64)));

    assertEquals(1, store.postedBy("KIM_MINSU").size(), "username, case-insensitive");
    assertEquals(1, store.postedBy("김민수").size(), "display name");
    assertEquals(1, store.postedBy("@user2").size(), "platform id");
    assertEquals(0, store.postedBy("kim").size(), "no partial names");

    StoredMessage first = store.message(postings.get(0).messageId()).orElseThrow();
    assertEquals(itemId, first.attachments().get(0).itemId());
    assertEquals(SHA, first.attachments().get(0).sha256());
    assertNull(first.attachments().get(1).itemId(), "a file missing from the export has no item");
  }

  @Test
  void hostileTextIsStoredAsData() throws Exception {
    String hostile = "'); DROP TABLE messages; -- \u0000 😀";
    importRoom("1", hostile, List.of(message(hostile, 1, hostile, hostile, hostile)));
    assertEquals(hostile, store.chats().getFirst().name());
    List<StoredMessage> messages = new ArrayList<>();
    store.forEachMessage(store.chats().getFirst().id(), messages::add);
    assertEquals(hostile, messages.getFirst().message().text());
    assertEquals(hostile, messages.getFirst().message().externalId());
  }
}

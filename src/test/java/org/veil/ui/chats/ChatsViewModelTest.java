package org.veil.ui.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.AuditEvent;
import org.veil.model.ChatSummary;
import org.veil.model.MediaPosting;
import org.veil.model.SearchQuery;
import org.veil.model.StoredMessage;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.media.BlurSettings;
import org.veil.ui.media.CasePictures;
import org.veil.ui.media.PictureCache;
import org.veil.ui.media.RevealPolicy;

/**
 * The Chats view models on a synthetic Telegram case (400 messages, 20 users, 3 rooms, photos
 * shared between rooms), run on the calling thread.
 */
class ChatsViewModelTest {
  @TempDir static Path dir;
  private static OpenCase opened;
  private static ChatsViewModel model;
  private static ChatStore store;
  private static final List<Long> shownItems = new ArrayList<>();

  @BeforeAll
  static void buildCase() throws Exception {
    Path caseDir = ChatCases.create(dir, 400);
    opened = new OpenCase(CaseFolder.open(caseDir), TaskRunner.sameThread());
    PictureCache pictures =
        new PictureCache(new CasePictures(opened.folder()), Runnable::run, 1, 1 << 20);
    model =
        new ChatsViewModel(
            opened,
            new ChatMedia(
                pictures,
                new BlurSettings(8, false),
                new RevealPolicy(Clock.systemUTC(), (i, s, m, st, d, c) -> {})),
            shownItems::add);
    model.load();
    store = new ChatStore(opened.folder().db());
  }

  @AfterAll
  static void close() {
    model.close();
    opened.close();
  }

  @Test
  void listsTheChatsWithTheirCounts() {
    model.clear();
    assertTrue(model.isReady(), model.noticeProperty().get());
    assertEquals(3, model.chats().size());
    long messages = model.chats().stream().mapToLong(ChatSummary::messageCount).sum();
    long service = model.chats().stream().mapToLong(ChatSummary::serviceCount).sum();
    assertEquals(400, messages + service);
    assertTrue(model.summaryProperty().get().startsWith("3 chats"));
  }

  @Test
  void aKoreanWordFindsItsParticleFormsWithTimesInTheCaseZone() throws Exception {
    model.clear();
    model.textProperty().set("사진");
    model.search();
    assertEquals("", model.errorProperty().get());
    assertFalse(model.hits().isEmpty());
    long exact = model.index().counts(SearchQuery.text("사진")).total();
    assertTrue(model.summaryProperty().get().startsWith(exact + " message"));
    for (var row : model.hits()) {
      String text = store.message(row.hit().messageId()).orElseThrow().message().text();
      assertTrue(text.contains("사진"), text);
      assertTrue(row.time().endsWith("+09:00"), row.time()); // the case is in Asia/Seoul
      assertFalse(row.chatName().isBlank());
    }
    // some hits are 사진을 / 사진이: the particle does not stop the match
    assertTrue(
        model.hits().stream()
            .anyMatch(
                r -> {
                  String t = store.message(r.hit().messageId()).orElseThrow().message().text();
                  return t.contains("사진을") || t.contains("사진이");
                }));
    // the snippet marks the word
    var snippet = model.hits().getFirst().hit().snippet();
    assertFalse(snippet.marks().isEmpty());
    assertTrue(snippet.marked("[", "]").contains("[사진"), snippet.marked("[", "]"));
  }

  @Test
  void anUnreadableQueryIsShownNotThrown() {
    model.clear();
    model.textProperty().set("photo AND (");
    model.search();
    assertTrue(model.errorProperty().get().startsWith("Cannot read this query"));
    assertTrue(model.hits().isEmpty());
    // dates the wrong way round
    model.clear();
    model.fromProperty().set(java.time.LocalDate.of(2024, 3, 1));
    model.toProperty().set(java.time.LocalDate.of(2024, 1, 1));
    model.search();
    assertTrue(model.errorProperty().get().contains("wrong way round"));
    model.clear();
  }

  @Test
  void facetsNarrowTheSearchByChatAndBySender() {
    model.clear();
    model.textProperty().set("photo OR 사진");
    model.search();
    long total = model.chatFacets().stream().mapToLong(ChatsViewModel.Facet::count).sum();
    assertTrue(model.chatFacets().size() > 1, "hits in more than one room");
    assertEquals(total, model.senderFacets().stream().mapToLong(ChatsViewModel.Facet::count).sum());

    ChatsViewModel.Facet room = model.chatFacets().get(1);
    model.narrowToChat(room);
    assertEquals(Long.parseLong(room.key()), model.chatProperty().get().id());
    assertEquals(1, model.chatFacets().size());
    assertEquals(room.count(), model.chatFacets().getFirst().count());
    assertTrue(model.hits().stream().allMatch(r -> r.hit().chatId() == Long.parseLong(room.key())));

    ChatsViewModel.Facet sender = model.senderFacets().getFirst();
    model.narrowToSender(sender);
    assertEquals(sender.key(), model.userProperty().get());
    assertEquals(1, model.senderFacets().size());
    assertEquals(sender.count(), model.hits().size());
    assertTrue(model.hits().stream().allMatch(r -> r.hit().senderId().equals(sender.key())));
    model.clear();
  }

  @Test
  void aKeywordListCountsEveryTermAndShowsOneTermsHits() throws Exception {
    model.clear();
    Path list = dir.resolve("terms.txt");
    Files.writeString(
        list,
        "\uFEFF# unit list 2026\n사진\n\nphoto\n\"photo\"\n영상\n사진\nbad (\n",
        StandardCharsets.UTF_8);
    model.loadKeywords(list);
    List<String> terms = model.keywords().stream().map(ChatsViewModel.KeywordResult::term).toList();
    assertEquals(List.of("사진", "photo", "\"photo\"", "영상", "bad ("), terms);
    Map<String, Long> counts = new HashMap<>();
    model.keywords().forEach(k -> counts.put(k.term(), k.hits()));
    for (String term : List.of("사진", "photo", "영상")) {
      assertEquals(model.index().counts(SearchQuery.text(term)).total(), counts.get(term), term);
      assertTrue(counts.get(term) > 0, term);
    }
    assertEquals(counts.get("photo"), counts.get("\"photo\""));
    var bad = model.keywords().getLast();
    assertEquals(-1, bad.hits());
    assertNotNull(bad.error());

    model.showKeyword(model.keywords().get(3));
    assertEquals("영상", model.textProperty().get());
    assertEquals(Math.min(counts.get("영상"), ChatsViewModel.HIT_LIMIT), model.hits().size());
    assertTrue(model.keywordListNameProperty().get().contains("5 terms"));

    // a binary file is refused with a notice, not a crash
    Path binary = dir.resolve("terms.bin");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
    model.loadKeywords(binary);
    assertTrue(model.noticeProperty().get().contains("not UTF-8"));
    model.clear();
  }

  @Test
  void aHitOpensTheConversationAroundItAndTheMessageCanBeMarked() {
    model.clear();
    model.textProperty().set("사진");
    model.search();
    var row = model.hits().get(model.hits().size() / 2);
    model.openHit(row);
    assertEquals(ChatsViewModel.Detail.CONVERSATION, model.detailProperty().get());
    ConversationViewModel conversation = model.conversation();
    var lines = conversation.lines();
    assertTrue(lines.size() > 1 && lines.size() <= 2 * ConversationViewModel.WINDOW + 1);
    int anchor = conversation.anchorIndexProperty().get();
    assertEquals(row.hit().messageId(), lines.get(anchor).id());
    assertTrue(lines.get(anchor).anchor());
    assertEquals(1, lines.stream().filter(ConversationViewModel.Line::anchor).count());
    assertEquals(row.hit().messageId(), conversation.selectedProperty().get().id());
    for (int i = 1; i < lines.size(); i++) {
      assertEquals(row.hit().chatId(), lines.get(i).stored().chatId());
      var a = lines.get(i - 1).message().sentAt();
      var b = lines.get(i).message().sentAt();
      assertFalse(b.isBefore(a), "time order");
    }
    // the window is the chat's messages around the hit, exactly
    List<Long> all = new ArrayList<>();
    store.forEachMessage(row.hit().chatId(), m -> all.add(m.id()));
    int at = all.indexOf(row.hit().messageId());
    assertEquals(
        all.subList(Math.max(0, at - anchor), at + lines.size() - anchor),
        lines.stream().map(ConversationViewModel.Line::id).toList());

    int before = lines.size();
    conversation.earlier();
    assertTrue(lines.size() >= before);

    // T, N, B on the selected message: shown on its line and written to the audit log
    long id = row.hit().messageId();
    conversation.tagSelected("distribution", "#cf222e");
    conversation.noteSelected("asks for the original");
    conversation.toggleBookmarkSelected();
    var marked = conversation.lines().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    assertEquals("distribution", marked.tags().getFirst().name());
    assertEquals(1, marked.notes().size());
    assertTrue(marked.bookmarked());
    List<String> targets =
        new AuditStore(opened.folder().db())
            .all().stream()
                .filter(e -> e.target().equals("message:" + id))
                .map(AuditEvent::action)
                .toList();
    assertTrue(
        targets.containsAll(List.of("tag.added", "note.added", "bookmark.added")),
        targets.toString());
    conversation.toggleBookmarkSelected();
    assertFalse(
        conversation.lines().stream()
            .filter(l -> l.id() == id)
            .findFirst()
            .orElseThrow()
            .bookmarked());

    // the note's text is on the line, and can be changed and deleted (audited)
    long noteId = marked.notes().getFirst().id();
    assertEquals("asks for the original", marked.notes().getFirst().text());
    conversation.editNote(noteId, "asks for the original, twice");
    var edited = conversation.lines().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    assertEquals("asks for the original, twice", edited.notes().getFirst().text());
    conversation.deleteNote(noteId);
    var cleared = conversation.lines().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    assertTrue(cleared.notes().isEmpty());
    List<String> after =
        new AuditStore(opened.folder().db())
            .all().stream()
                .filter(e -> e.target().equals("message:" + id))
                .map(AuditEvent::action)
                .toList();
    assertTrue(after.containsAll(List.of("note.edited", "note.deleted")), after.toString());
  }

  @Test
  void repliesNameTheMessageTheyAnswer() {
    long[] reply = {-1};
    for (ChatSummary chat : model.chats()) {
      store.forEachMessage(
          chat.id(),
          m -> {
            if (reply[0] < 0 && m.replyToId() != null) {
              reply[0] = m.id();
            }
          });
    }
    assertTrue(reply[0] > 0, "the synthetic export has replies");
    model.openMessage(reply[0]);
    var line =
        model.conversation().lines().stream()
            .filter(l -> l.id() == reply[0])
            .findFirst()
            .orElseThrow();
    StoredMessage answered =
        store.message(store.message(reply[0]).orElseThrow().replyToId()).orElseThrow();
    assertEquals(ConversationViewModel.preview(answered.message()), line.replyPreview());
  }

  @Test
  void thePersonViewGathersOneUsersRoomsMessagesAndMedia() throws Exception {
    // the creator of the first room: a create_group line names them as actor
    String[] creator = {null};
    store.forEachMessage(
        model.chats().getFirst().id(),
        m -> {
          if (creator[0] == null && "create_group".equals(m.message().action())) {
            creator[0] = m.message().senderId();
          }
        });
    String user = creator[0];
    assertNotNull(user);
    model.openPerson(user);
    assertEquals(ChatsViewModel.Detail.PERSON, model.detailProperty().get());
    PersonViewModel person = model.person();
    assertTrue(person.identityProperty().get().contains(user), person.identityProperty().get());
    long sent = model.index().counts(SearchQuery.user(user)).total();
    assertTrue(sent > 0);
    assertEquals(Math.min(sent, PersonViewModel.MESSAGE_LIMIT), person.messages().size());
    assertEquals(sent, person.rooms().stream().mapToLong(PersonViewModel.Room::messages).sum());
    assertTrue(person.seenProperty().get().startsWith("First seen 2024-"));
    List<MediaPosting> posted = store.postedBy(user);
    assertEquals(posted.size(), person.media().size());
    assertTrue(
        person.events().stream().anyMatch(e -> e.what().startsWith("created ")),
        person.events().toString());
    assertTrue(
        person.rooms().stream().anyMatch(r -> r.joined().startsWith("created ")),
        person.rooms().toString());

    model.openPerson("nobody-at-all");
    assertTrue(person.identityProperty().get().startsWith("Nobody in this case"));
    assertTrue(person.rooms().isEmpty());
  }

  @Test
  void whereWasThisPostedListsEveryPostingOfTheSameFileAndLeadsBackToTheItem() {
    MediaPosting shared = null;
    for (int user = 0; user < 20 && shared == null; user++) {
      for (MediaPosting p : store.postedBy("user" + (100_000 + user))) {
        if (store.postingsOfSha256(p.sha256()).size() > 1) {
          shared = p;
          break;
        }
      }
    }
    assertNotNull(shared, "the picture pool makes files travel between messages");
    model.whereWasItemPosted(shared.itemId());
    assertEquals(ChatsViewModel.Detail.PROVENANCE, model.detailProperty().get());
    ProvenanceViewModel provenance = model.provenance();
    List<MediaPosting> expected = store.postingsOfSha256(shared.sha256());
    assertEquals(
        expected, provenance.postings().stream().map(ProvenanceViewModel.Row::posting).toList());
    assertTrue(
        provenance.summaryProperty().get().startsWith("Posted " + expected.size() + " times"));
    assertEquals(shared.sha256(), provenance.sha256());

    model.showItem(provenance.postings().getLast().posting().itemId());
    assertEquals(provenance.postings().getLast().posting().itemId(), shownItems.getLast());

    model.whereWasItemPosted(987_654_321L);
    assertTrue(provenance.postings().isEmpty());
    assertTrue(provenance.summaryProperty().get().contains("not posted"));
  }

  @Test
  void importingFromTheUiAddsNothingTwiceAndReportsABadFile() throws Exception {
    model.importExport(dir.resolve("ChatExport"));
    assertFalse(model.importingProperty().get());
    assertTrue(
        model.noticeProperty().get().startsWith("Imported telegram-json: 3 chats, 0 new messages"),
        model.noticeProperty().get());
    assertEquals(3, model.chats().size());

    Path notAnExport = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
    model.importExport(notAnExport);
    assertTrue(
        model.noticeProperty().get().startsWith("Import failed: "), model.noticeProperty().get());
    assertTrue(model.isReady(), "the index stays open after a failed import");
  }
}

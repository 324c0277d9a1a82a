package org.veil.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.AuditEvent;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemOrder;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.synth.SyntheticImages;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.ReviewCases;
import org.veil.ui.Settings;
import org.veil.ui.media.CasePictures;

/** The review's logic without a window: a same-thread task runner and a hand-moved clock. */
class ReviewViewModelTest {
  private static final int COUNT = 20;
  @TempDir Path temp;
  private CaseFolder folder;
  private ReviewViewModel review;
  private final RevealPolicyTestClock clock = new RevealPolicyTestClock();

  /** The reveal test's hand clock, reused. */
  static final class RevealPolicyTestClock extends java.time.Clock {
    java.time.Instant now = java.time.Instant.parse("2026-03-01T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void open() throws Exception {
    folder = ReviewCases.create(temp.resolve("Review.veil"), COUNT);
    review =
        new ReviewViewModel(
            new OpenCase(folder, TaskRunner.sameThread()),
            Settings.load(temp.resolve("home")),
            new CasePictures(folder),
            Runnable::run,
            clock);
    review.load();
    // the evidence tree is listed once the first pictures are made, on the loader threads here
    for (int i = 0; i < 1000 && review.foldersProperty().get() == null; i++) {
      Thread.sleep(10);
    }
  }

  @AfterEach
  void close() {
    review.close();
  }

  private List<AuditEvent> events(String action) {
    return new AuditStore(folder.db())
        .all().stream().filter(e -> e.action().equals(action)).toList();
  }

  @Test
  void loadsEveryItemFocusesTheFirstAndListsTheTree() {
    assertEquals(COUNT, review.ids().size());
    assertEquals(0, review.focusIndexProperty().get());
    assertEquals("IMG_0000.jpg", review.focusItemProperty().get().name());
    EvidenceFolders tree = review.foldersProperty().get();
    EvidenceFolders.Node source = tree.sources().getFirst();
    assertEquals(COUNT, source.count());
    assertEquals(
        List.of("chat.zip", "DCIM"),
        source.children().stream().map(EvidenceFolders.Node::label).toList());
    assertTrue(source.children().getFirst().archive());
    assertTrue(review.statusProperty().get().startsWith(COUNT + " shown of " + COUNT + " items"));
  }

  @Test
  void keysMoveAndExtendTheSelectionWithinBounds() {
    review.move(3, false);
    assertEquals(3, review.focusIndexProperty().get());
    review.move(2, true);
    assertEquals(3, review.selection().size());
    review.move(-100, false);
    assertEquals(0, review.focusIndexProperty().get());
    review.move(100, false);
    assertEquals(COUNT - 1, review.focusIndexProperty().get());
    review.toggleSelected(0);
    assertEquals(2, review.selection().size());
    review.selectAll();
    assertEquals(COUNT, review.selection().size());
  }

  @Test
  void aHeldRevealIsAnAuditEventWithItsDuration() {
    long id = review.focusItemProperty().get().id();
    assertFalse(review.reveal().isRevealed(id));
    review.holdReveal("gallery");
    assertTrue(review.reveal().isRevealed(id));
    clock.now = clock.now.plusMillis(2500);
    review.releaseReveal();
    AuditEvent event = events("media.revealed").getFirst();
    assertEquals("item:" + id, event.target());
    assertEquals("examiner-a", event.examiner());
    assertTrue(event.details().contains("\"duration_ms\":2500"), event.details());
    assertTrue(event.details().contains("\"start\":\"2026-03-01T10:00:00Z\""), event.details());
    assertTrue(event.details().contains("\"mode\":\"hold\""), event.details());
  }

  @Test
  void movingTheSelectionReblursAToggledReveal() {
    long id = review.focusItemProperty().get().id();
    review.toggleReveal("preview");
    assertTrue(review.reveal().isRevealed(id));
    review.move(1, false);
    assertFalse(review.reveal().isRevealed(id));
    assertEquals(1, events("media.revealed").size());
  }

  @Test
  void revealAllIsLoggedWithTheViewAndCount() {
    review.revealAll("gallery");
    assertTrue(review.reveal().isRevealed(review.ids().get(5)));
    review.blurAll();
    AuditEvent event = events("media.revealed-all").getFirst();
    assertEquals("view:gallery", event.target());
    assertTrue(event.details().contains("\"items\":" + COUNT), event.details());
  }

  @Test
  void digitKeysCategoriseTheSelectionAndExactDuplicatesFollow() {
    review.select(0); // items 0 and 1 share a SHA-256
    review.categorise(1);
    long first = review.ids().get(0);
    long twin = review.ids().get(1);
    assertEquals("1", review.categoryOf(first).orElseThrow().value());
    assertTrue(review.categoryOf(twin).orElseThrow().provenance().startsWith("exact-duplicate"));
    assertEquals(2, events("category.set").size());
    review.uncategorise();
    assertTrue(review.categoryOf(first).isEmpty());
    assertTrue(review.noticeProperty().get().startsWith("Uncategorised"));
  }

  @Test
  void aDigitWithoutACategorySaysSo() {
    review.categorise(8);
    assertTrue(
        review.noticeProperty().get().contains("no category"), review.noticeProperty().get());
    assertTrue(events("category.set").isEmpty());
  }

  @Test
  void caidKeysMapOneTwoThreeToABC() {
    review.setScheme(CategoryScheme.CAID_UK);
    assertEquals(1, events("category.scheme").size());
    review.categorise(2);
    assertEquals("B", review.categoryOf(review.ids().get(0)).orElseThrow().value());
    assertEquals("A", review.categoryForKey(1).orElseThrow().value());
    assertEquals("C", review.categoryForKey(3).orElseThrow().value());
    assertEquals(Optional.empty(), review.categoryForKey(4));
  }

  @Test
  void bulkTagNoteAndBookmarkApplyToTheMultiSelection() {
    review.select(2);
    review.extendTo(5);
    review.tagSelection("  sender-A ", "#cf222e");
    for (int i = 2; i <= 5; i++) {
      assertEquals("sender-A", review.tagsOf(review.ids().get(i)).getFirst().name());
    }
    assertTrue(review.tagsOf(review.ids().get(6)).isEmpty());
    review.noteSelection("same room as item 3");
    assertEquals(1, review.notesOf(review.ids().get(4)).size());
    review.toggleBookmark();
    assertTrue(review.isBookmarkedCached(review.ids().get(3)));
    review.toggleBookmark();
    assertFalse(review.isBookmarkedCached(review.ids().get(3)));
    assertEquals(4, events("tag.added").size());
    assertEquals(4, events("note.added").size());
  }

  @Test
  void notesAreEditedAndDeletedWithTheTextBeforeInTheAuditLog() {
    review.select(1);
    long id = review.ids().get(1);
    review.noteSelection("seen in room 3");
    long noteId = review.notesOf(id).getFirst().id();
    review.editNote(noteId, "seen in rooms 3 and 7");
    assertEquals("seen in rooms 3 and 7", review.notesOf(id).getFirst().text());
    AuditEvent edited = events("note.edited").getFirst();
    assertEquals("item:" + id, edited.target());
    assertTrue(edited.details().contains("seen in room 3"), edited.details());
    assertTrue(edited.details().contains("seen in rooms 3 and 7"), edited.details());
    review.editNote(noteId, "   ");
    assertEquals(1, events("note.edited").size(), "blank text changes nothing");
    review.deleteNote(noteId);
    assertTrue(review.notesOf(id).isEmpty());
    AuditEvent deleted = events("note.deleted").getFirst();
    assertTrue(deleted.details().contains("seen in rooms 3 and 7"), deleted.details());
  }

  @Test
  void filtersNarrowAndChipsRemoveThem() {
    var f = review.filterProperty().get();
    review.setFilter(f.withItems(f.items().withGps(true)));
    assertEquals(COUNT / 2, review.ids().size());
    review.setFilter(
        review
            .filterProperty()
            .get()
            .withItems(review.filterProperty().get().items().withAiClues(true)));
    assertEquals(
        List.of("gps", "ai"),
        review.filterProperty().get().chips().stream().map(ReviewFilter.Chip::id).toList());
    assertEquals(2, review.ids().size()); // items 4 and 14
    review.removeChip("gps");
    assertEquals(4, review.ids().size());
    review.clearFilter();
    f = review.filterProperty().get();
    review.setFilter(f.withItems(f.items().withFailedOnly(true)));
    assertEquals(2, review.ids().size()); // items 6 and 13
    review.clearFilter();
    f = review.filterProperty().get();
    review.setFilter(f.withItems(f.items().withCamera("canon", null)));
    assertEquals(7, review.ids().size());
    review.clearFilter();
    f = review.filterProperty().get();
    long source = review.foldersProperty().get().sources().getFirst().sourceId();
    review.setFilter(f.withItems(f.items().withPlace(source, "chat.zip!/")));
    assertEquals(4, review.ids().size());
  }

  @Test
  void categoryTagAndUntaggedFiltersUseTheTaggingService() {
    review.select(3);
    review.categorise(2);
    review.tagSelection("x", "#000000");
    var f = review.filterProperty().get();
    review.setFilter(f.withCategory("2"));
    assertEquals(1, review.ids().size());
    review.setFilter(ReviewFilter.ALL.withCategory(CategoryScheme.UNCATEGORISED));
    assertEquals(COUNT - 1, review.ids().size());
    long tagId = review.tags().getFirst().id();
    review.setFilter(ReviewFilter.ALL.withTag(tagId, "x"));
    assertEquals(1, review.ids().size());
    review.setFilter(ReviewFilter.ALL.withUntagged(true));
    assertEquals(COUNT - 1, review.ids().size());
  }

  @Test
  void sortingReordersAndKeepsTheFocusedItem() {
    review.select(4);
    long focused = review.focusItemProperty().get().id();
    review.sort(new ItemOrder(ItemOrder.Key.SIZE, false));
    assertEquals(focused, review.focusItemProperty().get().id());
    assertTrue(review.item(0).size() > review.item(1).size());
  }

  @Test
  void addingEvidenceIngestsAndReloads() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("new-evidence"));
    for (int i = 0; i < 3; i++) {
      Files.write(
          evidence.resolve("pic" + i + ".jpg"),
          SyntheticImages.jpeg(SyntheticImages.draw(200, 150, 100 + i), 0.8f));
    }
    review.addEvidence(List.of(evidence));
    assertFalse(review.ingestingProperty().get());
    assertEquals(COUNT + 3, review.ids().size());
    assertTrue(
        review.noticeProperty().get().startsWith("Ingest finished: 3 done"),
        review.noticeProperty().get());
    for (int i = 0; i < 1000 && review.foldersProperty().get().sources().size() < 2; i++) {
      Thread.sleep(10); // the tree is listed again once the new pictures are made
    }
    assertEquals(2, review.foldersProperty().get().sources().size());
  }

  @Test
  void stackingKeepsOneTilePerExactGroupWithItsCount() {
    long first = review.item(0).id();
    long copy = review.item(1).id(); // items 0 and 1 share a SHA-256
    review.stackDuplicatesProperty().set(true);
    assertEquals(COUNT - 1, review.ids().size());
    assertEquals(first, review.ids().getFirst());
    assertFalse(review.ids().contains(copy));
    assertEquals(2, review.stackCount(first));
    assertEquals(1, review.stackCount(review.ids().get(1)));
    review.stackDuplicatesProperty().set(false);
    assertEquals(COUNT, review.ids().size());
    assertEquals(1, review.stackCount(first));
  }

  @Test
  void nsrlKnownFilesAreHiddenUntilAskedFor() throws Exception {
    Path list = temp.resolve("nsrl-like.txt");
    Files.writeString(list, String.format("%064x%n%064x%n", 5, 9));
    var audit = review.openCase().audit();
    new org.veil.hashsets.HashSetImporter(folder.db(), audit)
        .importFile(
            "examiner-a",
            list,
            "known",
            new org.veil.hashsets.HashSetImporter.Options(
                org.veil.model.HashSetFormat.LIST, null, true));
    new org.veil.hashsets.HashSetMatcher(folder.db(), review.tagging(), audit)
        .matchAll("examiner-a");
    review.load();
    assertEquals(COUNT - 2, review.ids().size());
    assertTrue(review.statusProperty().get().contains("2 NSRL-known hidden"));
    review.showKnownProperty().set(true);
    assertEquals(COUNT, review.ids().size());
    assertFalse(review.statusProperty().get().contains("NSRL-known"));
  }
}

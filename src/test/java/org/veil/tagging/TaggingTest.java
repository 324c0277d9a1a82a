package org.veil.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditEvent;
import org.veil.model.Bookmark;
import org.veil.model.CategoryChange;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.TestCases;

class TaggingTest {
  @TempDir Path temp;

  private CaseFolder folder;
  private AuditStore auditStore;
  private Tagging tagging;
  private List<Long> ids;

  @BeforeEach
  void openCase() throws Exception {
    folder = TestCases.create(temp);
    auditStore = new AuditStore(folder.db());
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    tagging = new Tagging(folder.db(), new AuditLog(auditStore, clock));
    // items 0 and 1 are exact duplicates (same hashes); 2 and 3 are distinct
    ids =
        TestCases.addItems(
            folder,
            List.of(
                TestCases.hashes(1),
                TestCases.hashes(1),
                TestCases.hashes(2),
                TestCases.hashes(3)));
  }

  @AfterEach
  void closeCase() {
    folder.close();
  }

  private List<AuditEvent> events(String action) {
    return auditStore.all().stream().filter(e -> e.action().equals(action)).toList();
  }

  private void assertChainIntact() {
    var result = AuditVerifier.verify(auditStore);
    assertTrue(result.intact(), result.reason());
  }

  @Test
  void newCaseHasBothSchemesAndVicUsIsActive() {
    List<CategoryScheme> schemes = tagging.schemes();
    assertEquals(List.of("vic-us", "caid-uk"), schemes.stream().map(CategoryScheme::id).toList());
    CategoryScheme vic = tagging.activeScheme();
    assertEquals(CategoryScheme.VIC_US, vic.id());
    assertEquals(
        List.of("0", "1", "2", "3", "4"), vic.categories().stream().map(c -> c.value()).toList());
    assertEquals("Child abuse material", vic.category("1").orElseThrow().label());
    assertEquals("CGI / animation", vic.category("3").orElseThrow().label());
    CategoryScheme caid = schemes.get(1);
    assertEquals(List.of("A", "B", "C"), caid.categories().stream().map(c -> c.value()).toList());
    assertTrue(caid.category("B").orElseThrow().description().contains("Non-penetrative"));
  }

  @Test
  void settingACategoryIsAuditedWithBeforeAndAfter() {
    List<CategoryChange> changes = tagging.setCategory("alice", List.of(ids.get(2)), "1");

    assertEquals(List.of(new CategoryChange(ids.get(2), "vic-us", null, "1", "examiner")), changes);
    ItemCategory category = tagging.categoryOf(ids.get(2)).orElseThrow();
    assertEquals("1", category.value());
    assertEquals("examiner", category.provenance());
    assertEquals("alice", category.setBy());
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), category.setAt());

    List<AuditEvent> set = events("category.set");
    assertEquals(1, set.size());
    assertEquals("alice", set.get(0).examiner());
    assertEquals("item:" + ids.get(2), set.get(0).target());
    assertEquals(
        "{\"after\":\"1\",\"before\":null,\"before_provenance\":null,"
            + "\"provenance\":\"examiner\",\"scheme\":\"vic-us\"}",
        set.get(0).details());

    tagging.setCategory("bob", List.of(ids.get(2)), "2");
    AuditEvent second = events("category.set").get(1);
    assertEquals("bob", second.examiner());
    assertTrue(second.details().contains("\"before\":\"1\""), second.details());
    assertTrue(second.details().contains("\"after\":\"2\""), second.details());
    assertChainIntact();
  }

  @Test
  void exactDuplicatesFollowTheCategoryWithTheirProvenance() {
    List<CategoryChange> changes = tagging.setCategory("alice", List.of(ids.get(0)), "1");

    assertEquals(2, changes.size());
    ItemCategory copy = tagging.categoryOf(ids.get(1)).orElseThrow();
    assertEquals("1", copy.value());
    assertEquals("exact-duplicate of item " + ids.get(0), copy.provenance());
    assertTrue(tagging.categoryOf(ids.get(2)).isEmpty(), "a different file stays uncategorised");
    assertEquals(2, events("category.set").size());

    tagging.clearCategory("alice", List.of(ids.get(0)));
    assertTrue(tagging.categoryOf(ids.get(0)).isEmpty());
    assertTrue(tagging.categoryOf(ids.get(1)).isEmpty(), "the duplicate is cleared too");
    assertEquals(4, events("category.set").size());
    assertTrue(events("category.set").get(3).details().contains("\"after\":null"));
    assertChainIntact();
  }

  @Test
  void bulkSetSkipsUnchangedItemsAndCountsPerCategory() {
    tagging.setCategory("alice", List.of(ids.get(2), ids.get(3)), "2");
    int logged = events("category.set").size();
    assertEquals(2, logged);

    assertEquals(List.of(), tagging.setCategory("alice", List.of(ids.get(2), ids.get(3)), "2"));
    assertEquals(logged, events("category.set").size(), "no change, no audit row");

    var counts = tagging.counts();
    assertEquals(Map.of("0", 0, "1", 0, "2", 2, "3", 0, "4", 0), counts.byValue());
    assertEquals(List.of("0", "1", "2", "3", "4"), List.copyOf(counts.byValue().keySet()));
    assertEquals(2, counts.uncategorised());
    assertEquals(List.of(ids.get(2), ids.get(3)), tagging.itemsInCategory("2"));
    assertEquals(List.of(ids.get(0), ids.get(1)), tagging.uncategorisedItems());
    assertEquals(2, tagging.categories().size());
  }

  @Test
  void badInputChangesNothingAndLogsNothing() {
    int before = auditStore.all().size();
    assertThrows(
        IllegalArgumentException.class, () -> tagging.setCategory("a", List.of(ids.get(2)), "9"));
    assertThrows(
        IllegalArgumentException.class,
        () -> tagging.setCategory("a", List.of(ids.get(2), 999_999L), "1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> tagging.setCategory("a", "no-such-scheme", List.of(ids.get(2)), "1"));
    assertThrows(IllegalArgumentException.class, () -> tagging.setActiveScheme("a", "nope"));
    assertTrue(tagging.categoryOf(ids.get(2)).isEmpty(), "the good id was rolled back too");
    assertEquals(before, auditStore.all().size());
  }

  @Test
  void theCaseCanSwitchToCaidAndKeepsEachSchemesValues() {
    tagging.setCategory("alice", List.of(ids.get(2)), "1");
    tagging.setActiveScheme("alice", CategoryScheme.CAID_UK);
    assertEquals("caid-uk", tagging.activeScheme().id());
    assertTrue(tagging.categoryOf(ids.get(2)).isEmpty());

    tagging.setCategory("alice", List.of(ids.get(2)), "A");
    assertEquals("A", tagging.categoryOf(ids.get(2)).orElseThrow().value());
    assertEquals("1", tagging.categoryOf(ids.get(2), "vic-us").orElseThrow().value());
    assertThrows(
        IllegalArgumentException.class, () -> tagging.setCategory("a", List.of(ids.get(3)), "1"));

    AuditEvent scheme = events("category.scheme").get(0);
    assertEquals("{\"after\":\"caid-uk\",\"before\":\"vic-us\"}", scheme.details());
    assertChainIntact();
  }

  @Test
  void hashSetValuesNeverOverrideAnExaminer() {
    tagging.setCategory("alice", List.of(ids.get(2)), "0");
    List<CategoryChange> changes =
        tagging.applyFromHashSet(
            "bob", "vics-2024", "vic-us", Map.of(ids.get(2), "1", ids.get(3), "1"));

    assertEquals(
        List.of(new CategoryChange(ids.get(3), "vic-us", null, "1", "hashset:vics-2024")), changes);
    assertEquals("0", tagging.categoryOf(ids.get(2)).orElseThrow().value());
    assertEquals("hashset:vics-2024", tagging.categoryOf(ids.get(3)).orElseThrow().provenance());

    // a later set may replace an earlier set's value
    tagging.applyFromHashSet("bob", "other", "vic-us", Map.of(ids.get(3), "2"));
    assertEquals("hashset:other", tagging.categoryOf(ids.get(3)).orElseThrow().provenance());
    assertTrue(
        events("category.set").getLast().details().contains("\"provenance\":\"hashset:other\""));
    assertChainIntact();
  }

  @Test
  void tagsHaveUniqueNamesAndColours() {
    Tag tag = tagging.createTag("alice", " Distributor ", "#FF8800");
    assertEquals("Distributor", tag.name());
    assertEquals("#ff8800", tag.colour());
    assertThrows(
        IllegalArgumentException.class, () -> tagging.createTag("a", "distributor", "#000000"));
    assertThrows(IllegalArgumentException.class, () -> tagging.createTag("a", "x", "red"));
    assertThrows(IllegalArgumentException.class, () -> tagging.createTag("a", "  ", "#000000"));
    assertThrows(IllegalArgumentException.class, () -> tagging.createTag("a", "a\nb", "#000000"));
    assertEquals(List.of(tag), tagging.tags());
    assertEquals(
        "{\"colour\":\"#ff8800\",\"name\":\"Distributor\"}",
        events("tag.created").get(0).details());

    Tag edited = tagging.editTag("alice", tag.id(), "Uploader", "#00ff00");
    assertEquals(new Tag(tag.id(), "Uploader", "#00ff00"), edited);
    assertEquals(
        "{\"after\":{\"colour\":\"#00ff00\",\"name\":\"Uploader\"},"
            + "\"before\":{\"colour\":\"#ff8800\",\"name\":\"Distributor\"}}",
        events("tag.edited").get(0).details());
  }

  @Test
  void taggingItemsAndMessagesIsAuditedAndQueryable() {
    TestCases.addMessages(folder, 7);
    Tag tag = tagging.createTag("alice", "Victim identified", "#3366cc");
    Tag other = tagging.createTag("alice", "Review later", "#999999");

    int added =
        tagging.addTag(
            "alice",
            List.of(Target.item(ids.get(0)), Target.item(ids.get(2)), Target.message(7)),
            tag.id());
    assertEquals(3, added);
    assertEquals(0, tagging.addTag("alice", List.of(Target.item(ids.get(0))), tag.id()));
    tagging.addTag("alice", List.of(Target.item(ids.get(0))), other.id());

    assertEquals(List.of(other, tag), tagging.tagsOf(Target.item(ids.get(0))));
    assertEquals(List.of(tag), tagging.tagsOf(Target.message(7)));
    assertEquals(List.of(ids.get(0), ids.get(2)), tagging.itemsTagged(tag.id()));
    assertEquals(
        List.of(Target.item(ids.get(0)), Target.item(ids.get(2)), Target.message(7)),
        tagging.taggedWith(tag.id()));
    assertEquals(List.of(ids.get(1), ids.get(3)), tagging.untaggedItems());
    assertEquals(Map.of(other.id(), 1, tag.id(), 3), tagging.tagCounts());
    assertEquals(2, tagging.itemTags().get(ids.get(0)).size());

    List<AuditEvent> tagged = events("tag.added");
    assertEquals(4, tagged.size());
    assertEquals("message:7", tagged.get(2).target());
    assertEquals(
        "{\"name\":\"Victim identified\",\"tag\":" + tag.id() + "}", tagged.get(2).details());

    assertEquals(
        1, tagging.removeTag("bob", List.of(Target.message(7), Target.item(ids.get(3))), tag.id()));
    assertEquals("bob", events("tag.removed").get(0).examiner());
    assertTrue(tagging.tagsOf(Target.message(7)).isEmpty());

    tagging.deleteTag("alice", other.id());
    assertEquals(List.of(tag), tagging.tagsOf(Target.item(ids.get(0))));
    assertTrue(events("tag.deleted").get(0).details().contains("\"uses\":1"));
    assertChainIntact();
  }

  @Test
  void targetsThatDoNotExistAreRefused() {
    Tag tag = tagging.createTag("alice", "t", "#000000");
    assertThrows(
        IllegalArgumentException.class,
        () -> tagging.addTag("a", List.of(Target.message(5)), tag.id()));
    assertThrows(
        IllegalArgumentException.class,
        () -> tagging.addTag("a", List.of(Target.item(ids.get(0)), Target.item(424242)), tag.id()));
    assertThrows(
        IllegalArgumentException.class,
        () -> tagging.addTag("a", List.of(Target.item(ids.get(0))), 999));
    assertThrows(
        IllegalArgumentException.class, () -> tagging.addNote("a", Target.item(424242), "x"));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("item:x"));
    assertThrows(IllegalArgumentException.class, () -> Target.item(0));
    assertEquals(Target.message(3), Target.parse("message:3"));
    assertTrue(tagging.untaggedItems().contains(ids.get(0)), "the batch was rolled back");
  }

  @Test
  void notesAreAddedEditedAndDeletedOnTheRecord() {
    TestCases.addMessages(folder, 11);
    Note note = tagging.addNote("alice", Target.item(ids.get(2)), "  Same room as 0412  ");
    assertEquals("Same room as 0412", note.text());
    Note onMessage = tagging.addNote("alice", Target.message(11), "Offers to sell");
    assertEquals(List.of(note), tagging.notesOf(Target.item(ids.get(2))));
    assertEquals(List.of(note, onMessage), tagging.notes());

    Note edited = tagging.editNote("bob", note.id(), "Same room as 0413");
    assertEquals("bob", edited.writtenBy());
    assertEquals("Same room as 0413", tagging.notesOf(Target.item(ids.get(2))).get(0).text());
    tagging.deleteNote("bob", note.id());
    assertTrue(tagging.notesOf(Target.item(ids.get(2))).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> tagging.addNote("a", Target.item(ids.get(2)), " "));

    assertEquals(
        "{\"note\":" + note.id() + ",\"text\":\"Same room as 0412\"}",
        events("note.added").get(0).details());
    assertEquals(
        "{\"after\":\"Same room as 0413\",\"before\":\"Same room as 0412\",\"note\":"
            + note.id()
            + "}",
        events("note.edited").get(0).details());
    assertEquals("item:" + ids.get(2), events("note.deleted").get(0).target());
    assertTrue(events("note.deleted").get(0).details().contains("\"after\":null"));
    assertChainIntact();
  }

  @Test
  void bookmarksAreAddedRelabelledAndRemoved() {
    TestCases.addMessages(folder, 21);
    assertEquals(
        2, tagging.bookmark("alice", List.of(Target.item(ids.get(0)), Target.message(21)), null));
    assertEquals(0, tagging.bookmark("alice", List.of(Target.item(ids.get(0))), ""));
    assertEquals(1, tagging.bookmark("alice", List.of(Target.item(ids.get(0))), "for report"));
    assertTrue(tagging.isBookmarked(Target.message(21)));
    Bookmark mark = tagging.bookmarkOf(Target.item(ids.get(0))).orElseThrow();
    assertEquals("for report", mark.label());
    assertEquals(2, tagging.bookmarks().size());

    assertEquals(
        1, tagging.removeBookmark("bob", List.of(Target.message(21), Target.item(ids.get(3)))));
    assertFalse(tagging.isBookmarked(Target.message(21)));

    assertEquals(2, events("bookmark.added").size());
    assertEquals(
        "{\"after\":\"for report\",\"before\":\"\"}",
        events("bookmark.relabelled").get(0).details());
    assertEquals("message:21", events("bookmark.removed").get(0).target());
    assertChainIntact();
  }

  @Test
  void theChainStaysIntactAcrossReopening() throws Exception {
    tagging.setCategory("alice", ids, "1");
    Tag tag = tagging.createTag("alice", "t", "#123456");
    tagging.addTag("alice", List.of(Target.item(ids.get(3))), tag.id());
    Path dir = folder.dir();
    folder.close();
    folder = CaseFolder.open(dir);
    auditStore = new AuditStore(folder.db());
    tagging = new Tagging(folder.db(), new AuditLog(auditStore));
    assertEquals("1", tagging.categoryOf(ids.get(3)).orElseThrow().value());
    assertEquals(4 + 1 + 1, auditStore.all().size());
    assertChainIntact();
  }
}

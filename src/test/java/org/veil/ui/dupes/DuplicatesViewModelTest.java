package org.veil.ui.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.AuditEvent;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.Item;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.task.TaskRunner;
import org.veil.ui.DuplicateCases;
import org.veil.ui.OpenCase;
import org.veil.ui.Settings;
import org.veil.ui.media.CasePictures;
import org.veil.ui.review.ReviewViewModel;

/** The duplicates screen's logic on a small ingested case, with a same-thread task runner. */
class DuplicatesViewModelTest {
  @TempDir static Path shared;
  private static Path evidence;
  @TempDir Path temp;
  private CaseFolder folder;
  private ReviewViewModel review;
  private DuplicatesViewModel dupes;

  @BeforeAll
  static void generate() throws Exception {
    evidence = DuplicateCases.evidence(shared.resolve("evidence"));
  }

  @BeforeEach
  void open() throws Exception {
    folder = CaseFolder.open(DuplicateCases.create(evidence, temp.resolve("Dupes.veil")));
    review =
        new ReviewViewModel(
            new OpenCase(folder, TaskRunner.sameThread()),
            Settings.load(temp.resolve("home")),
            new CasePictures(folder),
            Runnable::run,
            Clock.systemUTC());
    review.load();
    dupes = new DuplicatesViewModel(review);
    dupes.load();
  }

  @AfterEach
  void close() {
    review.close();
  }

  private List<Integer> sizes() {
    return dupes.groups().stream().map(r -> r.group().size()).toList();
  }

  private Item item(long id) {
    return review.openCase().items().get(id).orElseThrow();
  }

  private List<Long> members(DuplicatesViewModel.GroupRow row) {
    return row.group().members().stream().map(DuplicateMember::itemId).toList();
  }

  @Test
  void groupsAreListedLargestFirstWithCounts() {
    assertEquals(List.of(5, 2, 2, 2), sizes());
    DuplicatesViewModel.GroupRow first = dupes.groups().getFirst();
    assertEquals(DuplicateKind.NEAR, first.group().kind());
    assertEquals(1, first.number());
    // exact groups come before near groups of the same size
    assertEquals(DuplicateKind.EXACT, dupes.groups().get(1).group().kind());
    assertEquals(DuplicateKind.NEAR, dupes.groups().get(3).group().kind());
    assertEquals(
        "2 exact groups (4 items) · 2 near groups (7 items) (distance ≤ 31)",
        dupes.countsProperty().get());
    assertEquals(first, dupes.selectedProperty().get());

    dupes.showProperty().set(DuplicatesViewModel.Show.EXACT);
    assertEquals(List.of(2, 2), sizes());
    dupes.showProperty().set(DuplicatesViewModel.Show.NEAR);
    assertEquals(List.of(5, 2), sizes());
  }

  @Test
  void aSmallerDistanceSplitsTheEditsOff() {
    dupes.distanceProperty().set(0);
    // at 0 only identical hashes link: each original with its byte copy
    assertTrue(sizes().stream().allMatch(size -> size == 2), sizes().toString());
    assertTrue(dupes.countsProperty().get().endsWith("(distance ≤ 0)"));
  }

  @Test
  void membersShowWhatDiffersFromTheRepresentative() {
    DuplicatesViewModel.GroupRow near = dupes.groups().getFirst();
    dupes.selectedProperty().set(near);
    assertEquals(5, dupes.members().size());
    MemberFacts representative =
        dupes.members().stream()
            .filter(m -> m.itemId() == near.group().representativeId())
            .findFirst()
            .orElseThrow();
    assertTrue(representative.differs().isEmpty(), representative.differs().toString());
    MemberFacts half =
        dupes.members().stream()
            .filter(m -> m.item().name().contains("-half-"))
            .findFirst()
            .orElseThrow();
    assertEquals("160 × 120 px", half.facts().get(MemberFacts.Field.DIMENSIONS));
    assertFalse(half.differs(MemberFacts.Field.CATEGORY));
    for (MemberFacts member : dupes.members()) {
      for (MemberFacts.Field field :
          List.of(MemberFacts.Field.SIZE, MemberFacts.Field.DIMENSIONS, MemberFacts.Field.FOLDER)) {
        assertEquals(
            !member.facts().get(field).equals(representative.facts().get(field)),
            member.differs(field),
            member.item().path() + " " + field);
      }
      assertEquals(member.member().distance() != 0, member.differs(MemberFacts.Field.DISTANCE));
    }
    // the half-size copy differs in dimensions from the full-size members
    long fullSize =
        dupes.members().stream()
            .filter(m -> m.facts().get(MemberFacts.Field.DIMENSIONS).equals("320 × 240 px"))
            .count();
    assertEquals(3, fullSize); // original, its copy, the recompressed one (chat-size is 800 px)
    assertTrue(
        half.differs(MemberFacts.Field.DIMENSIONS) || representative == half,
        "the half-size copy is highlighted unless it is the representative");
  }

  @Test
  void categorisingAGroupReachesEveryMemberAndIsAudited() {
    DuplicatesViewModel.GroupRow near = dupes.groups().getFirst();
    dupes.selectedProperty().set(near);
    dupes.categoriseGroup(1);
    for (long id : members(near)) {
      assertEquals("1", review.categoryOf(id).orElseThrow().value(), "item " + id);
    }
    Set<String> audited =
        new AuditStore(folder.db())
            .all().stream()
                .filter(e -> e.action().equals("category.set"))
                .map(AuditEvent::target)
                .collect(Collectors.toSet());
    assertEquals(
        members(near).stream().map(id -> "item:" + id).collect(Collectors.toSet()), audited);
    assertTrue(
        dupes.members().stream()
            .allMatch(m -> m.facts().get(MemberFacts.Field.CATEGORY).startsWith("1")));
    assertTrue(dupes.noticeProperty().get().contains("5 of 5 items"), dupes.noticeProperty().get());
  }

  @Test
  void aKeyWithoutACategorySaysSoAndChangesNothing() {
    dupes.categoriseGroup(9);
    assertTrue(dupes.noticeProperty().get().contains("no category"));
    assertTrue(review.tagging().categories().isEmpty());
  }

  @Test
  void aCategorySetInTheReviewIsOfferedToNearDuplicatesOnly() {
    DuplicatesViewModel.GroupRow near = dupes.groups().getFirst();
    long original =
        members(near).stream()
            .filter(id -> item(id).path().equals("IMG_00004.jpg"))
            .findFirst()
            .orElseThrow();
    review.select(review.indexOf(original));
    review.categorise(2);
    DuplicatesViewModel.NearOffer offer = dupes.offerProperty().get();
    assertNotNull(offer);
    // the exact copy got the category already (tagging does that); the 3 edits are offered
    assertEquals(3, offer.itemIds().size());
    assertTrue(offer.itemIds().stream().allMatch(id -> item(id).path().startsWith("near/")));
    assertTrue(offer.text().startsWith("3 near duplicates"), offer.text());
    for (long id : offer.itemIds()) {
      assertTrue(review.categoryOf(id).isEmpty(), "not applied before the examiner says so");
    }
    dupes.acceptOffer();
    assertNull(dupes.offerProperty().get());
    for (long id : members(near)) {
      assertEquals("2", review.categoryOf(id).orElseThrow().value());
    }
  }

  @Test
  void aDismissedOfferChangesNothing() {
    long original =
        members(dupes.groups().getFirst()).stream()
            .filter(id -> item(id).path().equals("IMG_00004.jpg"))
            .findFirst()
            .orElseThrow();
    review.select(review.indexOf(original));
    review.categorise(1);
    assertNotNull(dupes.offerProperty().get());
    dupes.dismissOffer();
    assertNull(dupes.offerProperty().get());
    assertEquals(2, review.tagging().categories().size());
  }
}

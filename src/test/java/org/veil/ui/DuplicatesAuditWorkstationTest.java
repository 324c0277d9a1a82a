package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.veil.demo.DemoCase;
import org.veil.model.DuplicateMember;
import org.veil.ui.audit.AuditViewModel;
import org.veil.ui.dupes.DuplicatesViewModel;
import org.veil.ui.media.VeiledImage;
import org.veil.ui.review.ReviewViewModel;

/**
 * The duplicates and audit tabs on a small ingested case with exact and near duplicates: member
 * pictures are blurred, Alt+1 categorises the whole group, the audit tab lists the category.set
 * rows and verifies the chain. Writes snapshots to look at.
 */
@ExtendWith(ApplicationExtension.class)
class DuplicatesAuditWorkstationTest {
  private static Path home;
  private static Path caseDir;
  private Workstation workstation;
  private Stage stage;

  @BeforeAll
  static void buildCase() throws Exception {
    home = Files.createTempDirectory("veil-dupes-ui-test");
    Path evidence = DuplicateCases.evidence(home.resolve("evidence"));
    caseDir = DuplicateCases.create(evidence, home.resolve("Dupes.veil"));
  }

  @AfterAll
  static void cleanUp() throws Exception {
    TestWorkstations.deleteTree(home);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workstation = TestWorkstations.start(stage, home, new DemoCase(home));
  }

  private List<VeiledImage> memberImages(FxRobot robot) {
    return robot.lookup(".member-image").queryAllAs(VeiledImage.class).stream().toList();
  }

  @Test
  void duplicatesTabCategorisesAGroupAndTheAuditTabShowsIt(FxRobot robot) throws Exception {
    TestWorkstations.onFx(
        () -> {
          workstation.showWelcome().open(caseDir);
          return null;
        });
    TestWorkstations.waitFor(
        () -> workstation.duplicates() != null && !workstation.duplicates().groups().isEmpty());
    DuplicatesViewModel dupes = workstation.duplicates();
    TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
    ReviewViewModel review = workstation.review();

    // in the review, key 2 on the original offers category 2 to its near duplicates (not applied)
    TestWorkstations.onFx(
        () -> {
          review.select(
              review
                  .ids()
                  .indexOf(
                      review.ids().stream()
                          .filter(id -> review.itemById(id).path().equals("IMG_00004.jpg"))
                          .findFirst()
                          .orElseThrow()));
          return null;
        });
    robot.type(KeyCode.DIGIT2);
    TestWorkstations.waitFor(() -> dupes.offerProperty().get() != null);
    assertTrue(robot.lookup("#near-offer").query().isVisible());
    assertEquals(3, dupes.offerProperty().get().itemIds().size());
    TestWorkstations.onFx(() -> Snapshots.write(stage.getScene(), "19-near-offer"));
    robot.clickOn("#near-offer-dismiss");
    TestWorkstations.waitFor(() -> dupes.offerProperty().get() == null);
    assertEquals(2, review.tagging().categories().size()); // the item and its exact copy only

    // Ctrl+3: the duplicates tab, largest group first and selected
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
    TestWorkstations.settle();
    assertEquals("duplicates-tab", tabs.getSelectionModel().getSelectedItem().getId());
    DuplicatesViewModel.GroupRow group = dupes.selectedProperty().get();
    assertEquals(5, group.group().size());
    assertEquals(List.of(5, 2, 2, 2), dupes.groups().stream().map(r -> r.group().size()).toList());

    // every member is drawn through VeiledImage, blurred
    TestWorkstations.waitFor(
        () ->
            memberImages(robot).size() == 5
                && memberImages(robot).stream().allMatch(v -> v.image() != null));
    for (VeiledImage image : memberImages(robot)) {
      assertFalse(image.isRevealedNow(), "member " + image.itemId() + " must be blurred");
      assertEquals("duplicates", image.surface());
    }
    BufferedImage first = TestWorkstations.onFx(() -> Snapshots.of(memberImages(robot).getFirst()));
    double energy = ReviewWorkstationTest.highFrequencyEnergy(first);
    assertTrue(energy < 1.5, "a member picture keeps too much detail: " + energy);
    ImageIO.write(first, "png", Snapshots.dir().resolve("21-duplicate-member.png").toFile());
    TestWorkstations.onFx(() -> Snapshots.write(stage.getScene(), "20-duplicates"));

    // holding the mouse on a member reveals it while held, and the reveal is audited
    VeiledImage held = memberImages(robot).get(1);
    robot.moveTo(held).press(javafx.scene.input.MouseButton.PRIMARY);
    TestWorkstations.waitFor(held::isRevealedNow);
    robot.release(javafx.scene.input.MouseButton.PRIMARY);
    TestWorkstations.waitFor(() -> !held.isRevealedNow());
    TestWorkstations.waitFor(
        () ->
            new org.veil.store.AuditStore(workstation.review().openCase().folder().db())
                .all().stream()
                    .anyMatch(
                        e ->
                            e.action().equals("media.revealed")
                                && e.target().equals("item:" + held.itemId())
                                && e.details().contains("\"surface\":\"duplicates\"")));

    // Alt+1: category 1 (VIC US) on every member of the group
    robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
    List<Long> members = group.group().members().stream().map(DuplicateMember::itemId).toList();
    TestWorkstations.waitFor(
        () ->
            members.stream()
                .allMatch(
                    id ->
                        workstation
                            .review()
                            .categoryOf(id)
                            .map(c -> c.value().equals("1"))
                            .orElse(false)));
    TestWorkstations.waitFor(
        () ->
            dupes.members().stream()
                .allMatch(
                    m -> m.facts().get(org.veil.ui.dupes.MemberFacts.Field.CATEGORY).equals("1")));
    assertTrue(
        robot.lookup(".member-card .differs").queryAllAs(Label.class).stream()
            .noneMatch(l -> l.getText().equals("1")),
        "the same category everywhere is no difference");
    TestWorkstations.onFx(() -> Snapshots.write(stage.getScene(), "22-duplicates-categorised"));

    // Ctrl+4: the audit tab lists the category.set rows, one per member
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
    AuditViewModel audit = workstation.audit();
    TestWorkstations.waitFor(
        () -> audit.rows().stream().anyMatch(r -> r.action().equals("category.set")));
    assertEquals("audit-tab", tabs.getSelectionModel().getSelectedItem().getId());
    Set<String> targets =
        audit.rows().stream()
            .filter(r -> r.action().equals("category.set"))
            .map(AuditViewModel.Row::target)
            .collect(Collectors.toSet());
    assertEquals(members.stream().map(id -> "item:" + id).collect(Collectors.toSet()), targets);
    assertEquals("case.created", audit.rows().getFirst().action());

    robot.clickOn("#audit-verify");
    TestWorkstations.waitFor(() -> audit.verificationProperty().get() != null);
    assertTrue(audit.verificationProperty().get().intact());
    TestWorkstations.onFx(() -> Snapshots.write(stage.getScene(), "23-audit"));

    // the filter: only category rows
    TestWorkstations.onFx(
        () -> {
          audit.actionProperty().set("category.");
          audit.applyFilter();
          return null;
        });
    // 2 from key 2 in the review (the item and its exact copy), 5 from Alt+1 on the group
    assertEquals(members.size() + 2, audit.rows().size());

    // Ctrl+1 goes back to the review
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    TestWorkstations.settle();
    assertEquals("review-tab", tabs.getSelectionModel().getSelectedItem().getId());

    // stacked: one tile per exact group (two groups of two)
    int all = review.ids().size();
    TestWorkstations.onFx(
        () -> {
          review.stackDuplicatesProperty().set(true);
          return null;
        });
    TestWorkstations.waitFor(() -> review.ids().size() == all - 2);
    assertEquals(2, review.ids().stream().filter(id -> review.stackCount(id) == 2).count());
    TestWorkstations.waitFor(() -> !robot.lookup(".stack-badge").queryAll().isEmpty());
    TestWorkstations.onFx(() -> Snapshots.write(stage.getScene(), "24-review-stacked"));
  }
}

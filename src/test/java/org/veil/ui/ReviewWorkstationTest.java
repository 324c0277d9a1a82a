package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;
import static org.veil.ui.TestWorkstations.settle;
import static org.veil.ui.TestWorkstations.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.veil.model.AuditEvent;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.task.TaskContext;
import org.veil.ui.media.VeiledImage;
import org.veil.ui.review.ReviewViewModel;

/**
 * Drives the real workstation headless on a small generated demo case: open, navigate with keys,
 * categorise by key, tag, reveal (an audit row appears), filter, and write snapshots to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkstationTest {
  private static Path home;
  private static Path caseDir;
  private Workstation workstation;
  private Stage stage;

  @BeforeAll
  static void buildDemo() throws Exception {
    home = Files.createTempDirectory("veil-ui-test");
    caseDir = new DemoCase(home, 14).ensureBuilt(TaskContext.detached());
  }

  @AfterAll
  static void cleanUp() throws Exception {
    TestWorkstations.deleteTree(home);
  }

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    workstation = TestWorkstations.start(stage, home, new DemoCase(home, 14));
  }

  private ReviewViewModel openDemo() throws Exception {
    onFx(
        () -> {
          workstation.showWelcome().open(caseDir);
          return null;
        });
    waitFor(() -> workstation.review() != null && !workstation.review().ids().isEmpty());
    ReviewViewModel review = workstation.review();
    waitFor(() -> review.foldersProperty().get() != null);
    settle();
    return review;
  }

  @Test
  void welcomeScreenOffersTheDemoCase(FxRobot robot) throws Exception {
    onFx(
        () -> {
          workstation.showWelcome();
          return null;
        });
    settle();
    assertNotNull(robot.lookup("#open-demo").query());
    onFx(() -> Snapshots.write(stage.getScene(), "01-welcome"));
  }

  @Test
  void reviewWithTheKeyboard(FxRobot robot) throws Exception {
    ReviewViewModel review = openDemo();
    int total = review.ids().size();
    assertTrue(total >= 14, "demo items: " + total);
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "02-review-gallery"));
    assertCaptionsFitTheirCells(robot);

    // navigate: Right moves one, End goes last, Home first
    robot.type(KeyCode.RIGHT);
    assertEquals(1, review.focusIndexProperty().get());
    robot.type(KeyCode.END);
    assertEquals(total - 1, review.focusIndexProperty().get());
    robot.type(KeyCode.HOME);
    assertEquals(0, review.focusIndexProperty().get());
    robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
    long focused = review.focusItemProperty().get().id();

    // categorise by key: 1 = VIC US category 1
    robot.type(KeyCode.DIGIT1);
    waitFor(() -> review.categoryOf(focused).isPresent());
    assertEquals("1", review.categoryOf(focused).get().value());
    assertTrue(actions().contains("category.set"));

    // reveal while Space is held: one media.revealed event with a duration
    long revealsBefore = count("media.revealed");
    robot.press(KeyCode.SPACE);
    settle();
    assertTrue(review.reveal().isRevealed(focused));
    onFx(() -> Snapshots.write(stage.getScene(), "03-review-revealed"));
    robot.release(KeyCode.SPACE);
    settle();
    assertFalse(review.reveal().isRevealed(focused));
    waitFor(() -> count("media.revealed") == revealsBefore + 1);
    AuditEvent reveal =
        audit().stream().filter(e -> e.action().equals("media.revealed")).toList().getLast();
    assertEquals("item:" + focused, reveal.target());
    assertTrue(reveal.details().contains("duration_ms"), reveal.details());

    // tag with T: the dialog takes a name
    robot.type(KeyCode.T);
    waitFor(() -> robot.lookup("#tag-name").tryQuery().isPresent());
    robot.clickOn("#tag-name").write("suspect-account");
    robot.type(KeyCode.ENTER);
    waitFor(() -> !review.tagsOf(focused).isEmpty());
    assertEquals("suspect-account", review.tagsOf(focused).getFirst().name());

    // a note with N; then edited and deleted from the metadata panel, each asked and audited
    robot.type(KeyCode.N);
    waitFor(() -> robot.lookup("#note-text").tryQuery().isPresent());
    robot.clickOn("#note-text").write("first seen in room 3");
    clickDialogButton(robot, javafx.scene.control.ButtonType.OK);
    waitFor(() -> review.notesOf(focused).size() == 1);
    long noteId = review.notesOf(focused).getFirst().id();
    waitFor(() -> robot.lookup("#note-edit-" + noteId).tryQuery().isPresent());
    onFx(
        () -> {
          scrollIntoView(robot.lookup("#note-edit-" + noteId).query());
          return Snapshots.write(stage.getScene(), "11-review-note");
        });
    javafx.scene.control.Button edit = robot.lookup("#note-edit-" + noteId).queryButton();
    javafx.application.Platform.runLater(edit::fire); // the dialog waits; so must not this thread
    waitFor(() -> robot.lookup("#note-text").tryQuery().isPresent());
    var area = robot.lookup("#note-text").queryAs(javafx.scene.control.TextArea.class);
    assertEquals("first seen in room 3", area.getText(), "the dialog opens with the note");
    robot.clickOn(area).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("first seen in room 3, again in room 7");
    clickDialogButton(robot, javafx.scene.control.ButtonType.OK);
    waitFor(() -> review.notesOf(focused).getFirst().text().endsWith("room 7"));
    assertTrue(actions().contains("note.edited"));
    javafx.scene.control.Button delete = robot.lookup("#note-delete-" + noteId).queryButton();
    javafx.application.Platform.runLater(delete::fire);
    waitFor(() -> robot.lookup("#note-delete-confirm").tryQuery().isPresent());
    clickDialogButton(robot, javafx.scene.control.ButtonType.OK);
    waitFor(() -> review.notesOf(focused).isEmpty());
    assertTrue(actions().contains("note.deleted"));

    // "reveal all" belongs to the gallery: leaving the tab blurs again and records the reveal
    onFx(
        () -> {
          review.revealAll("gallery");
          return null;
        });
    assertTrue(review.reveal().allRevealedProperty().get());
    long revealedAll = count("media.revealed-all");
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    waitFor(() -> !review.reveal().allRevealedProperty().get());
    waitFor(() -> count("media.revealed-all") == revealedAll + 1);
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    settle();
    robot.clickOn("#gallery");

    // filter: AI clues only, shown as a removable chip
    onFx(
        () -> {
          var f = review.filterProperty().get();
          review.setFilter(f.withItems(f.items().withAiClues(true)));
          return null;
        });
    settle();
    assertTrue(review.ids().size() < total && !review.ids().isEmpty());
    assertTrue(robot.lookup("#remove-chip-ai").tryQuery().isPresent());
    onFx(() -> Snapshots.write(stage.getScene(), "04-review-filtered"));
    robot.clickOn("#remove-chip-ai");
    settle();
    assertEquals(total, review.ids().size());

    // the evidence tree narrows to a folder
    var shared =
        robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
            .filter(c -> c.getText() != null && c.getText().startsWith("shared"))
            .findFirst()
            .orElseThrow();
    robot.clickOn(shared);
    settle();
    assertEquals(6, review.ids().size());
    robot.clickOn("#remove-chip-place");
    settle();
    assertEquals(total, review.ids().size());
    robot.clickOn("#gallery");

    // a video: first frame in the gallery, a 4 x 4 strip of blurred frames in the preview
    int video = -1;
    for (int i = 0; i < review.ids().size() && video < 0; i++) {
      if (review.item(i).name().equals("VID_0001.mp4")) {
        video = i;
      }
    }
    int videoIndex = video;
    onFx(
        () -> {
          review.select(videoIndex);
          return null;
        });
    waitFor(
        () ->
            robot.lookup("#frame-strip .veiled-image").queryAllAs(VeiledImage.class).stream()
                    .filter(f -> f.image() != null)
                    .count()
                >= 8);
    assertTrue(
        robot.lookup("#frame-strip .veiled-image").queryAllAs(VeiledImage.class).stream()
            .noneMatch(VeiledImage::isRevealedNow));
    onFx(() -> Snapshots.write(stage.getScene(), "10-video-strip"));

    // the table view
    robot.clickOn("#show-table");
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "05-review-table"));

    // Help -> Shortcuts lists every key
    robot.type(KeyCode.F1);
    waitFor(
        () ->
            robot
                .lookup("Keyboard first: everything in a review has a key.")
                .tryQuery()
                .isPresent());
    var sheet = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    onFx(() -> Snapshots.write(sheet.getScene(), "08-shortcuts"));
    onFx(
        () -> {
          ((Stage) sheet.getScene().getWindow()).close();
          return null;
        });

    // the light theme, for rooms with daylight
    onFx(
        () -> {
          workstation.toggleTheme();
          return null;
        });
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "09-review-light"));
    onFx(
        () -> {
          workstation.toggleTheme();
          return null;
        });
  }

  @Test
  void aThumbnailIsBlurredByDefaultAndSharpOnlyWhileRevealed(FxRobot robot) throws Exception {
    ReviewViewModel review = openDemo();
    int index = -1;
    for (int i = 0; i < review.ids().size() && index < 0; i++) {
      var item = review.item(i);
      if (item.state() == org.veil.model.ItemState.DONE && item.name().startsWith("IMG_")) {
        index = i;
      }
    }
    int chosen = index;
    onFx(
        () -> {
          review.select(chosen);
          return null;
        });
    long id = review.ids().get(chosen);
    // cells are looked up (and drawn) on the FX thread: a layout pass may recycle them
    BufferedImage blurred = snapshotOfCell(robot, id, false);
    ImageIO.write(blurred, "png", Snapshots.dir().resolve("06-thumbnail-blurred.png").toFile());

    onFx(
        () -> {
          review.holdReveal("gallery");
          return null;
        });
    BufferedImage sharp = snapshotOfCell(robot, id, true);
    ImageIO.write(sharp, "png", Snapshots.dir().resolve("07-thumbnail-revealed.png").toFile());
    onFx(
        () -> {
          review.releaseReveal();
          return null;
        });
    waitFor(
        () ->
            onFx(
                () -> {
                  VeiledImage cell = cell(robot, id);
                  return cell != null && !cell.isRevealedNow();
                }));

    double blurredEnergy = highFrequencyEnergy(blurred);
    double sharpEnergy = highFrequencyEnergy(sharp);
    assertTrue(blurredEnergy < 1.5, "blurred picture keeps too much detail: " + blurredEnergy);
    assertTrue(
        sharpEnergy > 4 * blurredEnergy,
        "revealed " + sharpEnergy + " should be far sharper than blurred " + blurredEnergy);
  }

  /** Every gallery caption (the selected cell's too) lies inside its cell: nothing cut off. */
  private static void assertCaptionsFitTheirCells(FxRobot robot) throws Exception {
    int checked =
        onFx(
            () -> {
              int n = 0;
              for (var node : robot.lookup(".gallery-cell").queryAll()) {
                if (!(node instanceof javafx.scene.control.Labeled cell)
                    || cell.getText() == null
                    || cell.getText().isEmpty()) {
                  continue;
                }
                for (var text : cell.lookupAll(".text")) {
                  if (text.getParent() != cell) {
                    continue; // badges' own text
                  }
                  var bounds = text.getBoundsInParent();
                  double bottom = cell.getHeight() - cell.snappedBottomInset();
                  assertTrue(
                      bounds.getMaxY() <= bottom + 0.5,
                      cell.getText() + " caption ends at " + bounds.getMaxY() + " of " + bottom);
                  // a caption squeezed by its picture is clipped to a sliver, not moved out
                  var line = new javafx.scene.text.Text(cell.getText());
                  line.setFont(cell.getFont());
                  double natural = line.getLayoutBounds().getHeight();
                  assertTrue(
                      bounds.getHeight() >= natural - 0.5,
                      cell.getText() + " caption is " + bounds.getHeight() + " of " + natural);
                  n++;
                }
              }
              return n;
            });
    assertTrue(checked >= 6, "captions checked: " + checked);
  }

  /** The gallery cell of {@code id} drawn once it shows its picture, revealed or not. */
  private static BufferedImage snapshotOfCell(FxRobot robot, long id, boolean revealed)
      throws Exception {
    java.util.concurrent.atomic.AtomicReference<BufferedImage> drawn =
        new java.util.concurrent.atomic.AtomicReference<>();
    waitFor(
        () ->
            onFx(
                () -> {
                  VeiledImage cell = cell(robot, id);
                  if (cell == null || cell.image() == null || cell.isRevealedNow() != revealed) {
                    return false;
                  }
                  drawn.set(Snapshots.of(cell));
                  return true;
                }));
    return drawn.get();
  }

  private static VeiledImage cell(FxRobot robot, long id) {
    return robot.lookup(".veiled-image").queryAllAs(VeiledImage.class).stream()
        .filter(v -> v.surface().equals("gallery") && v.itemId() == id)
        .findFirst()
        .orElse(null);
  }

  /**
   * Mean absolute difference between neighbouring pixels' luminance in the middle of the picture
   * (away from borders and badges): a blurred picture changes slowly, a sharp one has edges.
   */
  static double highFrequencyEnergy(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    double sum = 0;
    long n = 0;
    for (int y = h / 4; y < h * 3 / 4; y++) {
      for (int x = w / 4; x < w * 3 / 4; x++) {
        double here = luminance(image.getRGB(x, y));
        sum += Math.abs(here - luminance(image.getRGB(x + 1, y)));
        sum += Math.abs(here - luminance(image.getRGB(x, y + 1)));
        n += 2;
      }
    }
    return sum / n;
  }

  private static double luminance(int rgb) {
    return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
  }

  private List<String> actions() {
    return audit().stream().map(AuditEvent::action).toList();
  }

  private long count(String action) {
    return audit().stream().filter(e -> e.action().equals(action)).count();
  }

  private List<AuditEvent> audit() {
    CaseFolder folder = workstation.review().openCase().folder();
    return new AuditStore(folder.db()).all();
  }

  /** Scrolls the scroll pane around {@code node} so that it shows. */
  static void scrollIntoView(javafx.scene.Node node) {
    javafx.scene.Node parent = node.getParent();
    while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
      parent = parent.getParent();
    }
    if (parent instanceof javafx.scene.control.ScrollPane pane) {
      double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
      double viewport = pane.getViewportBounds().getHeight();
      double y =
          pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
      pane.setVvalue(Math.clamp((y - 40) / Math.max(1, contentHeight - viewport), 0, 1));
      pane.layout();
    }
  }

  /** Clicks a button of the dialog on top, as the analyst would. */
  static void clickDialogButton(FxRobot robot, javafx.scene.control.ButtonType type) {
    var button =
        robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
            .map(pane -> pane.lookupButton(type))
            .filter(java.util.Objects::nonNull)
            .filter(javafx.scene.Node::isVisible)
            .reduce((first, second) -> second)
            .orElseThrow();
    robot.clickOn(button);
  }
}

package org.veil.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;
import static org.veil.ui.TestWorkstations.settle;
import static org.veil.ui.TestWorkstations.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.veil.audit.AuditLog;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.demo.DemoCase;
import org.veil.index.MessageIndex;
import org.veil.model.Language;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.task.TaskContext;
import org.veil.ui.ReviewCases;
import org.veil.ui.Snapshots;
import org.veil.ui.TestWorkstations;
import org.veil.ui.Workstation;
import org.veil.ui.help.HelpWindow;
import org.veil.ui.media.VeiledImage;
import org.veil.ui.prefs.PreferencesDialog;
import org.veil.ui.prefs.PreferencesViewModel;
import org.veil.ui.review.ReviewViewModel;
import org.veil.ui.wellbeing.BreakPrompt;
import org.veil.ui.wellbeing.BreakViewModel;

/**
 * The insight tabs, the break prompt, preferences and the guide in the real workstation, headless,
 * on a generated case with GPS-tagged pictures and an imported synthetic chat; writes snapshots.
 */
@ExtendWith(ApplicationExtension.class)
class InsightWorkstationTest {
  private static Path home;
  private static Path caseDir;
  private Workstation workstation;
  private Stage stage;

  @BeforeAll
  static void buildCase() throws Exception {
    home = Files.createTempDirectory("veil-insight-test");
    Path dir = home.resolve("Insight.veil");
    Path export = home.resolve("ChatExport");
    new SyntheticTelegramExport(300, 12, 2, 11).writeTo(export);
    try (CaseFolder folder = ReviewCases.create(dir, 40);
        MessageIndex index = CaseMessageIndex.open(folder)) {
      new ChatImporter(folder, index, new AuditLog(new AuditStore(folder.db())))
          .importExport(export, null, "examiner-a", TaskContext.detached());
    }
    caseDir = dir;
  }

  @AfterAll
  static void cleanUp() throws Exception {
    TestWorkstations.deleteTree(home);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workstation = TestWorkstations.start(stage, home, new DemoCase(home, 14));
  }

  @Test
  void timelineBrushesTheGalleryAndTheMapOpensItemsBlurred(FxRobot robot) throws Exception {
    onFx(
        () -> {
          workstation.showWelcome().open(caseDir);
          return null;
        });
    waitFor(() -> workstation.review() != null && !workstation.review().ids().isEmpty());
    ReviewViewModel review = workstation.review();
    int all = review.ids().size();
    InsightTabs insight = workstation.insight();
    assertNotNull(insight);

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
    TabPane tabs = (TabPane) stage.getScene().lookup("#case-tabs");
    waitFor(() -> "timeline-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    TimelineViewModel timeline = insight.views().timeline();
    waitFor(() -> timeline.mediaCount() > 0 && timeline.messageCount() > 0);
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "insight-01-timeline"));

    // brush the first months of 2024 by dragging across the bars
    onFx(
        () -> {
          timeline.fitAll();
          return null;
        });
    settle();
    Node canvas = insight.timelineView().canvas();
    Point2D from = canvas.localToScreen(60, 100);
    Point2D to = canvas.localToScreen(canvas.getLayoutBounds().getWidth() * 0.45, 100);
    robot.drag(from, MouseButton.PRIMARY).dropTo(to);
    waitFor(() -> timeline.brushedProperty().get() != null);
    TimelineViewModel.DayRange brushed = timeline.brushedProperty().get();
    waitFor(
        () -> brushed.from().toString().equals(review.filterProperty().get().items().takenFrom()));
    assertTrue(review.ids().size() < all, "the gallery is narrowed");
    assertEquals(
        timeline.counts(brushed)[0], review.ids().size(), "to exactly the brushed pictures");
    assertEquals(brushed.from(), workstation.chats().fromProperty().get(), "chat search dates");
    assertEquals(brushed.to(), workstation.chats().toProperty().get());
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "insight-02-timeline-brushed"));
    robot.doubleClickOn(canvas.localToScreen(200, 60));
    waitFor(() -> review.ids().size() == all);
    assertNull(workstation.chats().fromProperty().get());

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
    waitFor(() -> "map-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    MapViewModel map = insight.views().map();
    waitFor(() -> !map.places().isEmpty() && !map.clusters().isEmpty());
    onFx(
        () -> {
          map.showWorld();
          return null;
        });
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "insight-03-map-world"));
    onFx(
        () -> {
          map.fitItems();
          return null;
        });
    settle();
    onFx(() -> Snapshots.write(stage.getScene(), "insight-04-map-items"));

    onFx(
        () -> {
          map.showWorld();
          return null;
        });
    settle();
    MapViewModel.Cluster cluster = onFx(() -> map.clusters().getFirst());
    assertEquals(map.places().size(), cluster.count(), "every item is near Seoul");
    robot.clickOn(insight.mapView().canvas().localToScreen(cluster.x(), cluster.y()));
    waitFor(() -> insight.placeStage() != null && insight.placeStage().isShowing());
    Stage place = insight.placeStage();
    List<VeiledImage> images =
        onFx(
            () ->
                robot
                    .from(place.getScene().getRoot())
                    .lookup(".veiled-image")
                    .queryAllAs(VeiledImage.class)
                    .stream()
                    .toList());
    assertEquals(Math.min(PlaceItemsView.MAX_SHOWN, cluster.count()), images.size());
    for (VeiledImage image : images) {
      assertFalse(onFx(image::isRevealedNow), "blurred by default");
    }
    settle();
    onFx(() -> Snapshots.write(place.getScene(), "insight-05-place-items"));
    onFx(
        () -> {
          place.close();
          return null;
        });

    // preferences chosen in the dialog reach the open review and the file at once
    org.veil.model.Preferences chosen =
        workstation
            .settings()
            .preferences()
            .withBlurStrength(3)
            .withThumbnailSize(org.veil.model.ThumbnailSize.L)
            .withExaminerName("Det. Han");
    onFx(
        () -> {
          PreferencesDialog.apply(workstation, chosen);
          return null;
        });
    assertEquals(3, review.blur().strength());
    assertEquals(ReviewViewModel.SIZES.get("L"), review.cellWidthProperty().get());
    assertEquals(
        "Det. Han",
        new org.veil.prefs.PreferencesFile(home, java.util.Locale.ENGLISH).load().examinerName());
  }

  @Test
  void breakPromptPreferencesAndGuide(FxRobot robot) throws Exception {
    HandClock clock = new HandClock();
    BreakViewModel breaks = onFx(() -> new BreakViewModel(clock, 50));
    onFx(
        () -> {
          new BreakPrompt(breaks).install(stage);
          breaks.activity();
          for (int i = 0; i < 50; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            breaks.activity();
          }
          return null;
        });
    settle();
    Window popup =
        onFx(
            () ->
                Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.Popup && w.isShowing())
                    .findFirst()
                    .orElseThrow());
    assertEquals(
        "You have been reviewing for 50 minutes. Step away for a few minutes?",
        onFx(
            () -> ((javafx.scene.control.Label) popup.getScene().lookup("#break-text")).getText()));
    onFx(() -> Snapshots.write(popup.getScene(), "insight-06-break-prompt"));
    assertTrue(popup.getWidth() > 100, "the card has its size");
    assertTrue(
        popup.getX() >= stage.getX()
            && popup.getX() + popup.getWidth() <= stage.getX() + stage.getWidth(),
        "inside the window: "
            + popup.getX()
            + " + "
            + popup.getWidth()
            + " vs "
            + stage.getWidth());
    assertTrue(popup.getY() + popup.getHeight() <= stage.getY() + stage.getHeight());
    robot.clickOn("#break-later");
    waitFor(() -> !popup.isShowing());
    assertFalse(breaks.promptProperty().get());

    PreferencesDialog dialog =
        onFx(
            () -> {
              PreferencesDialog d =
                  new PreferencesDialog(
                      new PreferencesViewModel(workstation.settings().preferences()), stage);
              d.show();
              return d;
            });
    settle();
    onFx(() -> Snapshots.write(dialog.getDialogPane().getScene(), "insight-07-preferences"));
    robot.clickOn("#pref-break-minutes").eraseText(2).write("0");
    settle();
    assertTrue(
        onFx(
            () ->
                dialog
                    .getDialogPane()
                    .lookupButton(javafx.scene.control.ButtonType.OK)
                    .isDisabled()));
    onFx(
        () -> {
          dialog.close();
          return null;
        });

    Stage guide = onFx(() -> HelpWindow.show(stage, Language.KOREAN));
    settle();
    onFx(() -> Snapshots.write(guide.getScene(), "insight-08-guide-ko"));
    onFx(
        () -> {
          guide.close();
          return null;
        });
  }

  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

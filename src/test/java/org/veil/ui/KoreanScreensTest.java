package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;
import static org.veil.ui.TestWorkstations.settle;
import static org.veil.ui.TestWorkstations.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.veil.demo.DemoCase;
import org.veil.model.Language;
import org.veil.task.TaskContext;

/**
 * The welcome screen, the review and every other case tab in Korean: the words come from
 * messages_ko, no Hangul label is cut short with an ellipsis, and snapshots
 * (target/snapshots/ko-*.png) show it to a person.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanScreensTest {
  private static Path home;
  private static Path caseDir;
  private Workstation workstation;
  private Stage stage;

  @BeforeAll
  static void korean() throws Exception {
    I18n.use(Language.KOREAN);
    home = Files.createTempDirectory("veil-ko-test");
    caseDir = new DemoCase(home, 6).ensureBuilt(TaskContext.detached());
  }

  @AfterAll
  static void english() throws Exception {
    I18n.use(Language.ENGLISH); // the other UI tests look some controls up by English text
    TestWorkstations.deleteTree(home);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workstation = TestWorkstations.start(stage, home, new DemoCase(home, 6));
  }

  /** Labels whose Hangul text is drawn shortened ("…"): the text node shows less than the label. */
  static List<String> clippedHangul(Node node) {
    List<String> out = new ArrayList<>();
    if (node instanceof Labeled labeled && labeled.isVisible() && hasHangul(labeled.getText())) {
      for (Node child : labeled.getChildrenUnmodifiable()) {
        if (child instanceof Text text
            && text.isVisible()
            && !text.getText().equals(labeled.getText())
            && text.getText().contains("…")
            && !labeled.getText().contains("…")) {
          out.add(labeled.getText() + " -> " + text.getText());
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        out.addAll(clippedHangul(child));
      }
    }
    return out;
  }

  private static boolean hasHangul(String text) {
    return text != null && text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
  }

  @Test
  void welcomeScreenSpeaksKorean(FxRobot robot) throws Exception {
    onFx(
        () -> {
          workstation.showWelcome();
          return null;
        });
    settle();
    assertEquals("데모 사건 열기", robot.lookup("#open-demo").queryButton().getText());
    assertEquals(List.of(), onFx(() -> clippedHangul(stage.getScene().getRoot())));
    onFx(() -> Snapshots.write(stage.getScene(), "ko-01-welcome"));
  }

  @Test
  void reviewScreenSpeaksKorean(FxRobot robot) throws Exception {
    onFx(
        () -> {
          workstation.showWelcome().open(caseDir);
          return null;
        });
    waitFor(() -> workstation.review() != null && !workstation.review().ids().isEmpty());
    waitFor(() -> workstation.review().foldersProperty().get() != null);
    settle();
    onFx(
        () -> {
          workstation.review().select(0);
          return null;
        });
    settle();
    assertTrue(
        robot.lookup(".label").queryAllAs(Labeled.class).stream()
            .anyMatch(l -> "메타데이터".equals(l.getText())),
        "the metadata panel is not in Korean");
    assertEquals(List.of(), onFx(() -> clippedHangul(stage.getScene().getRoot())));
    onFx(() -> Snapshots.write(stage.getScene(), "ko-02-review"));

    // every other case tab: its words in Korean, none cut short
    TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
    int count = onFx(() -> tabs.getTabs().size());
    for (int i = 1; i < count; i++) {
      int index = i;
      String id =
          onFx(
              () -> {
                tabs.getSelectionModel().select(index);
                return tabs.getTabs().get(index).getId();
              });
      settle();
      assertTrue(hasHangul(onFx(() -> tabs.getTabs().get(index).getText())), id);
      assertEquals(List.of(), onFx(() -> clippedHangul(stage.getScene().getRoot())), id);
      onFx(() -> Snapshots.write(stage.getScene(), "ko-03-" + id));
    }
  }
}

package org.veil.ui.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;
import static org.veil.ui.TestWorkstations.settle;
import static org.veil.ui.TestWorkstations.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.veil.model.StoredAttachment;
import org.veil.store.AuditStore;
import org.veil.store.ChatStore;
import org.veil.ui.Snapshots;
import org.veil.ui.TestWorkstations;
import org.veil.ui.Workstation;
import org.veil.ui.media.VeiledImage;

/**
 * The Chats tab of the real workstation, headless, on an imported synthetic Telegram case: search a
 * Korean word, open a hit with a photo, see the photo blurred, reveal it (an audit row), the person
 * and "Where was this posted?" from the review, and snapshots to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ChatsWorkstationTest {
  private static Path home;
  private static Path caseDir;
  private Workstation workstation;
  private Stage stage;

  @BeforeAll
  static void buildCase() throws Exception {
    home = Files.createTempDirectory("veil-chats-ui-test");
    caseDir = ChatCases.create(home, 300);
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
  void searchKoreanOpenAHitSeeItsPhotoBlurredAndRevealIt(FxRobot robot) throws Exception {
    onFx(
        () -> {
          workstation.showWelcome().open(caseDir);
          return null;
        });
    waitFor(() -> workstation.chats() != null && workstation.chats().isReady());
    ChatsViewModel chats = workstation.chats();
    ChatStore store = new ChatStore(workstation.review().openCase().folder().db());

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    settle();
    assertEquals(1, workstation.tabs().getSelectionModel().getSelectedIndex());

    // search a Korean word; hits come with highlighted snippets
    onFx(
        () -> {
          chats.textProperty().set("사진");
          return null;
        });
    robot.clickOn("#chat-search-go");
    waitFor(() -> !chats.hits().isEmpty());
    assertEquals("", chats.errorProperty().get());

    // the syntax help
    robot.clickOn("#syntax-help");
    waitFor(() -> robot.lookup("#syntax-help-content").tryQuery().isPresent());
    var help = robot.lookup("#syntax-help-content").query();
    onFx(
        () ->
            ImageIO.write(
                Snapshots.of(help),
                "png",
                Snapshots.dir().resolve("21-chats-syntax-help.png").toFile()));
    robot.type(KeyCode.ESCAPE);
    settle();

    // a hit whose message carried a photo: the first Korean noun that has one
    int index = -1;
    long item = -1;
    for (String noun : org.veil.synth.SyntheticTelegramExport.KOREAN_NOUNS) {
      onFx(
          () -> {
            chats.textProperty().set(noun);
            chats.search();
            return null;
          });
      waitFor(() -> !chats.busyProperty().get());
      for (int i = 0; i < chats.hits().size() && index < 0; i++) {
        var message = store.message(chats.hits().get(i).hit().messageId()).orElseThrow();
        for (StoredAttachment a : message.attachments()) {
          if (a.itemId() != null) {
            index = i;
            item = a.itemId();
            break;
          }
        }
      }
      if (index >= 0) {
        break;
      }
    }
    assertTrue(index >= 0, "a Korean hit with a photo");
    int chosen = index;
    long photo = item;
    @SuppressWarnings("unchecked")
    ListView<ChatsViewModel.HitRow> hits = robot.lookup("#hits").queryAs(ListView.class);
    onFx(
        () -> {
          hits.scrollTo(chosen);
          return null;
        });
    settle();
    var cell =
        robot.lookup("#hits .list-cell").queryAllAs(ListCell.class).stream()
            .filter(c -> c.getItem() == chats.hits().get(chosen))
            .findFirst()
            .orElseThrow();
    robot.clickOn(cell);
    long hitId = chats.hits().get(chosen).hit().messageId();
    waitFor(
        () -> chats.conversation().lines().stream().anyMatch(l -> l.anchor() && l.id() == hitId));
    waitFor(
        () -> {
          VeiledImage shown =
              picture(robot, photo); // one lookup: a cell may be recycled between two
          return shown != null && shown.image() != null;
        });
    VeiledImage image = picture(robot, photo);
    assertFalse(image.isRevealedNow());
    onFx(() -> Snapshots.write(stage.getScene(), "20-chats-conversation"));
    BufferedImage blurred = onFx(() -> Snapshots.of(image));

    // holding the mouse on it reveals it; letting go blurs it and writes an audit row
    long before = reveals().size();
    robot.moveTo(image).press(MouseButton.PRIMARY);
    waitFor(() -> image.isRevealedNow() && image.image() != null);
    BufferedImage sharp = onFx(() -> Snapshots.of(image));
    onFx(() -> Snapshots.write(stage.getScene(), "22-chats-revealed"));
    robot.release(MouseButton.PRIMARY);
    waitFor(() -> !image.isRevealedNow());
    waitFor(() -> reveals().size() == before + 1);
    AuditEvent reveal = reveals().getLast();
    assertEquals("item:" + photo, reveal.target());
    assertTrue(reveal.details().contains("conversation"), reveal.details());
    // the synthetic photos are flat fields with hard-edged bars: only the sharp one has a jump
    assertTrue(sharpest(blurred) < 12, "blurred picture has an edge: " + sharpest(blurred));
    assertTrue(sharpest(sharp) > 3 * sharpest(blurred), "revealed " + sharpest(sharp));

    // a note on the message shows under it, with its edit and delete buttons
    onFx(
        () -> {
          chats.conversation().noteSelected("asks for the original file");
          return null;
        });
    waitFor(
        () ->
            chats.conversation().lines().stream()
                .anyMatch(l -> l.id() == hitId && !l.notes().isEmpty()));
    long noteId =
        chats.conversation().lines().stream()
            .filter(l -> l.id() == hitId)
            .findFirst()
            .orElseThrow()
            .notes()
            .getFirst()
            .id();
    waitFor(() -> robot.lookup("#message-note-edit-" + noteId).tryQuery().isPresent());
    assertTrue(robot.lookup("#message-note-delete-" + noteId).tryQuery().isPresent());
    onFx(() -> Snapshots.write(stage.getScene(), "26-chats-note"));

    // the sender's person view
    String sender = chats.hits().get(chosen).hit().senderId();
    onFx(
        () -> {
          chats.openPerson(sender);
          return null;
        });
    waitFor(() -> !chats.person().rooms().isEmpty());
    onFx(() -> Snapshots.write(stage.getScene(), "23-chats-person"));

    // from the review: "Where was this posted?" for the photo's item, one click
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    settle();
    assertEquals(0, workstation.tabs().getSelectionModel().getSelectedIndex());
    onFx(
        () -> {
          workstation.review().select(workstation.review().indexOf(photo));
          return null;
        });
    robot.clickOn("#where-posted");
    waitFor(() -> !chats.provenance().postings().isEmpty());
    assertEquals(1, workstation.tabs().getSelectionModel().getSelectedIndex());
    assertEquals(store.postingsOfItem(photo).size(), chats.provenance().postings().size());
    onFx(() -> Snapshots.write(stage.getScene(), "24-chats-provenance"));
    // and from a posting back to its item
    robot.clickOn("#provenance-item");
    waitFor(() -> workstation.tabs().getSelectionModel().getSelectedIndex() == 0);
    assertEquals(
        chats.provenance().postings().getFirst().posting().itemId(),
        workstation.review().focusItemProperty().get().id());

    // keyword list counts
    onFx(
        () -> {
          workstation.tabs().getSelectionModel().select(1);
          chats.setKeywords(List.of("사진", "영상", "photo", "\"original\"", "bad ("));
          return null;
        });
    waitFor(() -> chats.keywords().size() == 5);
    onFx(() -> Snapshots.write(stage.getScene(), "25-chats-keywords"));
  }

  private static VeiledImage picture(FxRobot robot, long item) {
    return robot.lookup(".veiled-image").queryAllAs(VeiledImage.class).stream()
        .filter(v -> v.surface().equals("conversation") && v.itemId() == item && v.isVisible())
        .filter(v -> v.getScene() != null)
        .findFirst()
        .orElse(null);
  }

  private List<AuditEvent> reveals() {
    return new AuditStore(workstation.review().openCase().folder().db())
        .all().stream().filter(e -> e.action().equals("media.revealed")).toList();
  }

  /** The largest luminance step between neighbouring pixels inside the picture's frame. */
  private static double sharpest(BufferedImage image) {
    double max = 0;
    for (int y = 6; y < image.getHeight() - 7; y++) {
      for (int x = 6; x < image.getWidth() - 7; x++) {
        double here = luma(image.getRGB(x, y));
        max = Math.max(max, Math.abs(here - luma(image.getRGB(x + 1, y))));
        max = Math.max(max, Math.abs(here - luma(image.getRGB(x, y + 1))));
      }
    }
    return max;
  }

  private static double luma(int rgb) {
    return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
  }
}

package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Hangul is drawn as letters, not boxes: every syllable rendered in the UI's font must leave ink
 * and differ from every other and from the font's missing-glyph box. The snapshot
 * (target/snapshots/hangul.png) shows it to a person.
 */
@ExtendWith(ApplicationExtension.class)
class HangulRenderingTest {
  private static final String SYLLABLES = "가한국어검토사진보냈요흐림공개";
  private Scene scene;
  private Label label;

  @Start
  void start(Stage stage) {
    Theme.apply(true);
    label = new Label("한국어 검토 화면 · 사진 보냈어요 · Korean review");
    label.setStyle("-fx-font-size: 22px;");
    VBox root = new VBox(12, label, new Label("김민수: 오늘 방에 새 사진 올릴게요"));
    root.setPadding(new Insets(16));
    scene = new Scene(root, 640, 140);
    Theme.style(scene);
    stage.setScene(scene);
    stage.show();
  }

  /** Each string drawn alone in {@code font}; returns the pixels of each. */
  private static List<int[]> glyphs(Font font, List<String> texts) {
    List<int[]> images = new ArrayList<>();
    for (String s : texts) {
      Text text = new Text(s);
      text.setFont(font);
      new Scene(new VBox(text), 64, 64); // a scene gives the node its CSS and layout
      BufferedImage image = Snapshots.of(text);
      images.add(
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
    }
    return images;
  }

  /** True when every picture has ink and all differ from each other and from the box. */
  static boolean drawnAsLetters(List<int[]> letters, int[] box) {
    for (int i = 0; i < letters.size(); i++) {
      int[] a = letters.get(i);
      if (Arrays.stream(a).distinct().count() < 2 || Arrays.equals(a, box)) {
        return false;
      }
      for (int j = i + 1; j < letters.size(); j++) {
        if (Arrays.equals(a, letters.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> each(String chars) {
    return chars.codePoints().mapToObj(Character::toString).toList();
  }

  @Test
  void theUiFontIsTheBundledHangulFont() throws Exception {
    assertEquals(UiFont.FAMILY, onFx(() -> label.getFont().getFamily()));
  }

  @Test
  void everySyllableIsALetterNotABox() throws Exception {
    Font font = onFx(() -> Font.font(UiFont.FAMILY, 28));
    assertEquals(UiFont.FAMILY, font.getFamily());
    List<int[]> hangul = onFx(() -> glyphs(font, each(SYLLABLES)));
    int[] box = onFx(() -> glyphs(font, List.of("\uE000")).getFirst());
    assertTrue(drawnAsLetters(hangul, box), "Hangul drawn as boxes or blanks");
    onFx(() -> Snapshots.write(scene, "hangul"));
  }

  @Test
  void theCheckSeesBoxes() throws Exception {
    // private-use code points have no glyph in any font Veil ships: all draw the same box
    Font font = onFx(() -> Font.font(UiFont.FAMILY, 28));
    List<int[]> missing = onFx(() -> glyphs(font, each("\uE001\uE002\uE003")));
    int[] box = onFx(() -> glyphs(font, List.of("\uE000")).getFirst());
    assertFalse(drawnAsLetters(missing, box));
  }
}

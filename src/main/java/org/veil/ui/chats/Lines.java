package org.veil.ui.chats;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A list cell's graphic: one label per line, wrapping, never cut to fewer lines. */
final class Lines {
  private Lines() {}

  static VBox of(String first, String... rest) {
    VBox box = new VBox(1);
    box.getChildren().add(line(first, false));
    for (String text : rest) {
      box.getChildren().add(line(text, true));
    }
    box.setMinWidth(0);
    return box;
  }

  private static Label line(String text, boolean muted) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setMinWidth(0);
    label.getStyleClass().add("message-text");
    if (muted) {
      label.getStyleClass().add("muted");
    }
    return label;
  }
}

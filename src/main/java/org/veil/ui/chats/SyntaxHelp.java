package org.veil.ui.chats;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.veil.ui.I18n;

/** The query syntax, as README "Searching messages" gives it, for the search bar's popover. */
final class SyntaxHelp {
  private SyntaxHelp() {}

  static final List<String[]> ROWS =
      List.of(
          new String[] {"사진 photo", I18n.text("syntax.and")},
          new String[] {"사진 OR 영상", I18n.text("syntax.or")},
          new String[] {"photo NOT 사진,  photo -사진", I18n.text("syntax.not")},
          new String[] {"(a OR b) AND c", I18n.text("syntax.group")},
          new String[] {"\"at the station\"", I18n.text("syntax.phrase")},
          new String[] {"phot*,  st?tion", I18n.text("syntax.wildcards")},
          new String[] {"@kim_minsu,  @kim*", I18n.text("syntax.mention")},
          new String[] {"user:kim_minsu,  user:kim*", I18n.text("syntax.user")});

  static Node content() {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(6);
    int row = 0;
    Label typed = new Label(I18n.text("syntax.youType"));
    typed.getStyleClass().add("section-title");
    Label finds = new Label(I18n.text("syntax.finds"));
    finds.getStyleClass().add("section-title");
    grid.addRow(row++, typed, finds);
    for (String[] r : ROWS) {
      Label query = new Label(r[0]);
      query.getStyleClass().addAll("syntax-query", "message-text");
      grid.addRow(row++, query, new Label(r[1]));
    }
    Label notes = new Label(I18n.text("syntax.notes"));
    notes.getStyleClass().add("muted");
    notes.setWrapText(true);
    notes.setMaxWidth(520);
    VBox box = new VBox(10, grid, notes);
    box.setPadding(new Insets(12));
    box.setId("syntax-help-content");
    return box;
  }
}

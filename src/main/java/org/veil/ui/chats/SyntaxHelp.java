package org.veil.ui.chats;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The query syntax, as README "Searching messages" gives it, for the search bar's popover. */
final class SyntaxHelp {
  private SyntaxHelp() {}

  static final List<String[]> ROWS =
      List.of(
          new String[] {"사진 photo", "messages with both words (AND is the default)"},
          new String[] {"사진 OR 영상", "either word"},
          new String[] {"photo NOT 사진,  photo -사진", "the first without the second"},
          new String[] {"(a OR b) AND c", "grouping"},
          new String[] {"\"at the station\"", "the words together, in this order"},
          new String[] {"phot*,  st?tion", "wildcards: * any run, ? one character"},
          new String[] {"@kim_minsu,  @kim*", "messages that mention that name"},
          new String[] {"user:kim_minsu,  user:kim*", "messages sent by that user"});

  static Node content() {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(6);
    int row = 0;
    Label typed = new Label("You type");
    typed.getStyleClass().add("section-title");
    Label finds = new Label("Finds");
    finds.getStyleClass().add("section-title");
    grid.addRow(row++, typed, finds);
    for (String[] r : ROWS) {
      Label query = new Label(r[0]);
      query.getStyleClass().addAll("syntax-query", "message-text");
      grid.addRow(row++, query, new Label(r[1]));
    }
    Label notes =
        new Label(
            "Korean particles do not stop a match: 사진 finds 사진을, 사진이, 사진은.\n"
                + "Put text with : / ( ) or a lone quote in double quotes.\n"
                + "The User field matches an id, @username or any display name, whole;"
                + " add * for a prefix.\n"
                + "Dates are days in the case's time zone, both ends included.");
    notes.getStyleClass().add("muted");
    notes.setWrapText(true);
    notes.setMaxWidth(520);
    VBox box = new VBox(10, grid, notes);
    box.setPadding(new Insets(12));
    box.setId("syntax-help-content");
    return box;
  }
}

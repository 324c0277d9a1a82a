package org.veil.ui.chats;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.veil.model.Snippet;

/** A snippet as text with its matched parts in bold, never parsed as markup. */
final class SnippetText {
  private SnippetText() {}

  static TextFlow of(Snippet snippet) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("snippet");
    String text = snippet.text().replace('\n', ' ');
    int at = 0;
    for (Snippet.Mark mark : snippet.marks()) {
      if (mark.start() > at) {
        flow.getChildren().add(plain(text.substring(at, mark.start())));
      }
      Text hit = new Text(text.substring(mark.start(), mark.end()));
      hit.getStyleClass().addAll("snippet-text", "hit-mark");
      flow.getChildren().add(hit);
      at = mark.end();
    }
    if (at < text.length()) {
      flow.getChildren().add(plain(text.substring(at)));
    }
    return flow;
  }

  private static Text plain(String text) {
    Text node = new Text(text);
    node.getStyleClass().add("snippet-text");
    return node;
  }
}

package org.veil.ui.help;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Draws the guide's small HTML (headings, paragraphs, lists, tables, preformatted text, links,
 * code, keys, emphasis) as JavaFX nodes: there is no web engine in an offline build. Unknown
 * elements show their text, so a page never renders empty or fails.
 */
public final class HelpRenderer {
  /** A rendered page: its nodes and the elements with an id, for anchors. */
  public record Rendered(VBox body, String title, Map<String, Node> anchors) {}

  private final Consumer<String> onLink;
  private final Map<String, Node> anchors = new HashMap<>();

  /**
   * @param onLink called with a link's {@code href} when the analyst follows it
   */
  public HelpRenderer(Consumer<String> onLink) {
    this.onLink = onLink;
  }

  public Rendered render(String html) {
    anchors.clear();
    Document document = Jsoup.parse(html);
    VBox body = new VBox(10);
    body.getStyleClass().add("help-page");
    body.setPadding(new Insets(16, 24, 24, 24));
    blocks(document.body(), body);
    return new Rendered(body, document.title(), Map.copyOf(anchors));
  }

  private void blocks(Element parent, VBox into) {
    TextFlow loose = null; // inline content sitting directly in a block container
    for (org.jsoup.nodes.Node child : parent.childNodes()) {
      if (child instanceof Element e && isBlock(e)) {
        loose = null;
        Node node = block(e);
        if (node != null) {
          if (!e.id().isEmpty()) {
            anchors.put(e.id(), node);
          }
          into.getChildren().add(node);
        }
      } else if (!(child instanceof TextNode t && t.isBlank())) {
        if (loose == null) {
          loose = flow("help-text");
          into.getChildren().add(loose);
        }
        inline(child, loose, List.of());
      }
    }
  }

  private static boolean isBlock(Element e) {
    return switch (e.normalName()) {
      case "h1",
          "h2",
          "h3",
          "h4",
          "p",
          "ul",
          "ol",
          "table",
          "pre",
          "nav",
          "div",
          "section",
          "blockquote" ->
          true;
      default -> false;
    };
  }

  private Node block(Element e) {
    return switch (e.normalName()) {
      case "h1", "h2", "h3", "h4" -> inlineFlow(e, "help-" + e.normalName());
      case "p", "nav" -> inlineFlow(e, "help-" + e.normalName());
      case "ul", "ol" -> list(e, e.normalName().equals("ol"));
      case "table" -> table(e);
      case "pre" -> {
        Label pre = new Label(e.wholeText().strip());
        pre.getStyleClass().add("help-pre");
        pre.setStyle("-fx-font-family: monospace; -fx-padding: 6 10;");
        yield pre;
      }
      default -> {
        VBox box = new VBox(8);
        box.getStyleClass().add("help-" + e.normalName());
        blocks(e, box);
        yield box;
      }
    };
  }

  private TextFlow inlineFlow(Element e, String styleClass) {
    TextFlow flow = flow(styleClass);
    for (org.jsoup.nodes.Node child : e.childNodes()) {
      inline(child, flow, List.of(styleClass));
    }
    return flow;
  }

  private Node list(Element e, boolean numbered) {
    VBox box = new VBox(4);
    box.getStyleClass().add("help-list");
    int number = 1;
    for (Element li : e.children()) {
      if (!li.normalName().equals("li")) {
        continue;
      }
      Text marker = new Text(numbered ? number++ + "." : "•");
      marker.getStyleClass().add("help-text");
      VBox content = new VBox(4);
      blocks(li, content);
      HBox row = new HBox(8, marker, content);
      row.setPadding(new Insets(0, 0, 0, 12));
      box.getChildren().add(row);
    }
    return box;
  }

  private Node table(Element e) {
    GridPane grid = new GridPane(18, 6);
    grid.getStyleClass().add("help-table");
    int row = 0;
    for (Element tr : e.select("tr")) {
      int column = 0;
      for (Element cell : tr.children()) {
        TextFlow flow = inlineFlow(cell, cell.normalName().equals("th") ? "help-th" : "help-td");
        flow.setMaxWidth(cell.normalName().equals("th") ? 360 : 520);
        grid.add(flow, column++, row);
      }
      row++;
    }
    return grid;
  }

  /** Inline content: text, with the styles of the elements around it. */
  private void inline(org.jsoup.nodes.Node node, TextFlow into, List<String> styles) {
    if (node instanceof TextNode t) {
      String text = t.text();
      if (!text.isEmpty()) {
        Text run = new Text(text);
        run.getStyleClass().add("help-text");
        run.getStyleClass().addAll(styles);
        run.setStyle(inlineStyle(styles));
        into.getChildren().add(run);
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    switch (e.normalName()) {
      case "a" -> {
        Hyperlink link = new Hyperlink(e.text());
        link.getStyleClass().add("help-link");
        String href = e.attr("href");
        link.setUserData(href);
        link.setPadding(Insets.EMPTY);
        link.setOnAction(ev -> onLink.accept(href));
        into.getChildren().add(link);
      }
      case "br" -> into.getChildren().add(new Text("\n"));
      default -> {
        List<String> inner = new java.util.ArrayList<>(styles);
        String style = "help-" + e.normalName();
        inner.add(style);
        for (org.jsoup.nodes.Node child : e.childNodes()) {
          inline(child, into, inner);
        }
      }
    }
  }

  private static String inlineStyle(List<String> styles) {
    StringBuilder css = new StringBuilder();
    if (styles.contains("help-code") || styles.contains("help-kbd")) {
      css.append("-fx-font-family: monospace;");
    }
    if (styles.contains("help-em") || styles.contains("help-i")) {
      css.append("-fx-font-style: italic;");
    }
    if (styles.contains("help-strong") || styles.contains("help-b") || styles.contains("help-th")) {
      css.append("-fx-font-weight: bold;");
    }
    return css.toString();
  }

  private static TextFlow flow(String styleClass) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add(styleClass);
    flow.setLineSpacing(3);
    return flow;
  }
}

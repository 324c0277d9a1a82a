package org.veil.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.ui.TestWorkstations.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.help.HelpPages;
import org.veil.model.Language;

/** Every page of the bundled guide draws, and its links move only inside the guide. */
class HelpViewerTest {
  @BeforeAll
  static void toolkit() throws Exception {
    // through TestFX, which starts the toolkit once for every UI test in this JVM
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  private static List<Node> all(Node node) {
    List<Node> out = new ArrayList<>();
    out.add(node);
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        out.addAll(all(child));
      }
    }
    return out;
  }

  private static String text(Node root) {
    StringBuilder out = new StringBuilder();
    for (Node n : all(root)) {
      if (n instanceof Text t) {
        out.append(t.getText());
      } else if (n instanceof Hyperlink h) {
        out.append(h.getText());
      }
    }
    return out.toString();
  }

  @Test
  void everyPageInEveryLanguageRendersItsTextAndEveryLinkStaysInside() throws Exception {
    for (Language language : Language.values()) {
      for (String name : HelpPages.PAGES) {
        String html = HelpPages.read(language, name);
        HelpRenderer.Rendered page = onFx(() -> new HelpRenderer(href -> {}).render(html));
        String where = language + "/" + name;
        assertFalse(page.title().isBlank(), where);
        String drawn = text(page.body());
        String h1 = Jsoup.parse(html).selectFirst("h1").text();
        assertTrue(drawn.contains(h1), where + " shows its heading");
        for (Element p : Jsoup.parse(html).select("p, li, td")) {
          String words = p.text().strip();
          if (!words.isEmpty()) {
            String start = words.substring(0, Math.min(12, words.length()));
            assertTrue(
                drawn.replaceAll("\\s+", " ").contains(start.replaceAll("\\s+", " ")),
                where + " shows \"" + start + "\"");
          }
        }
        List<Hyperlink> links =
            all(page.body()).stream()
                .filter(Hyperlink.class::isInstance)
                .map(Hyperlink.class::cast)
                .toList();
        assertEquals(Jsoup.parse(html).select("a[href]").size(), links.size(), where);
        for (Hyperlink link : links) {
          HelpViewModel model = new HelpViewModel(language);
          model.open(name);
          String href = (String) link.getUserData();
          assertTrue(model.follow(href), where + " link " + href + " opens in the guide");
          assertTrue(model.pageProperty().get().resource().startsWith(HelpPages.ROOT));
        }
      }
    }
  }

  @Test
  void linksNavigateAndBackReturns() throws Exception {
    HelpViewModel model = new HelpViewModel(Language.ENGLISH);
    model.open("index");
    assertFalse(model.canGoBackProperty().get());
    assertTrue(model.follow("shortcuts.html"));
    assertEquals("/org/veil/help/en/shortcuts.html", model.pageProperty().get().resource());
    assertTrue(model.canGoBackProperty().get());
    assertTrue(model.follow("../ko/shortcuts.html"));
    assertEquals(Language.KOREAN, model.language(), "following the language link switches");
    model.goBack();
    model.goBack();
    assertEquals("/org/veil/help/en/index.html", model.pageProperty().get().resource());
    assertFalse(model.canGoBackProperty().get());
  }

  @Test
  void anchorsAreKeptAndTheOtherLanguageOpensTheSamePage() throws Exception {
    HelpViewModel model = new HelpViewModel(Language.ENGLISH);
    model.open("index");
    assertTrue(model.follow("chats.html#search"));
    assertEquals("search", model.pageProperty().get().anchor());
    HelpRenderer.Rendered page =
        onFx(() -> new HelpRenderer(h -> {}).render(model.pageProperty().get().html()));
    assertNotNull(page.anchors().get("search"), "the anchor's heading is known");
    model.language(Language.KOREAN);
    assertEquals("/org/veil/help/ko/chats.html", model.pageProperty().get().resource());
  }

  @Test
  void linksOutOfTheGuideAreRefusedAndNothingMoves() throws Exception {
    HelpViewModel model = new HelpViewModel(Language.ENGLISH);
    model.open("index");
    for (String href :
        List.of(
            "https://example.org/",
            "file:///etc/passwd",
            "/etc/passwd",
            "../../../../veil/ui/veil.css",
            "missing.html",
            "javascript:alert(1)",
            "")) {
      assertFalse(model.follow(href), href);
      assertEquals("/org/veil/help/en/index.html", model.pageProperty().get().resource(), href);
    }
  }

  @Test
  void clickingALinkInTheWindowOpensThePage() throws Exception {
    HelpViewModel model = new HelpViewModel(Language.ENGLISH);
    model.open("index");
    HelpWindow window = onFx(() -> new HelpWindow(model));
    onFx(
        () -> {
          Hyperlink wellbeing =
              all(window.shown().body()).stream()
                  .filter(Hyperlink.class::isInstance)
                  .map(Hyperlink.class::cast)
                  .filter(h -> "wellbeing.html".equals(h.getUserData()))
                  .findFirst()
                  .orElseThrow();
          wellbeing.fire();
          return null;
        });
    assertEquals("/org/veil/help/en/wellbeing.html", model.pageProperty().get().resource());
    assertTrue(onFx(() -> text(window.shown().body())).contains("break"));
  }

  @Test
  void hostileMarkupStillRenders() throws Exception {
    String html =
        "<html><body><h1>T<script>x()</script></h1><table><tr><td><ul><li>deep<table><tr><td>x"
            + "</td></tr></table></li></ul></td></tr></table><p>loose <b>bold <i>both</i></b>"
            + "<unknown>odd</unknown></p>text outside<a>no href</a><pre>a\n  b</pre>";
    HelpRenderer.Rendered page = onFx(() -> new HelpRenderer(h -> {}).render(html));
    String drawn = text(page.body());
    assertTrue(drawn.contains("deep") && drawn.contains("odd") && drawn.contains("outside"));
  }
}

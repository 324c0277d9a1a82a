package org.veil.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.veil.model.HelpLink;
import org.veil.model.Language;

class HelpPagesTest {
  private static Document page(String resource) throws Exception {
    String html = HelpPages.text(resource);
    assertNotNull(html, resource);
    return Jsoup.parse(html);
  }

  @Test
  void everyPageExistsInEveryLanguageAndNoOtherPageDoes() throws Exception {
    Path root =
        Path.of(HelpPages.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(HelpPages.ROOT.substring(1));
    for (Language language : Language.values()) {
      for (String page : HelpPages.PAGES) {
        assertNotNull(HelpPages.text(HelpPages.resource(language, page)), language + " " + page);
      }
      try (Stream<Path> files = Files.list(root.resolve(language.tag()))) {
        List<String> bundled =
            files.map(f -> f.getFileName().toString().replace(".html", "")).sorted().toList();
        assertEquals(HelpPages.PAGES.stream().sorted().toList(), bundled, language.tag());
      }
    }
  }

  @Test
  void everyLinkStylesheetAndAnchorResolvesInsideTheBundle() throws Exception {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Language language : Language.values()) {
      for (String page : HelpPages.PAGES) {
        String from = HelpPages.resource(language, page);
        for (Element e : page(from).select("a[href], link[href], img[src], script[src]")) {
          String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          links++;
          Optional<HelpLink> to = HelpPages.follow(from, href);
          if (to.isEmpty()) {
            broken.add(from + " -> " + href);
          } else if (to.get().anchor() != null
              && page(to.get().resource()).getElementById(to.get().anchor()) == null) {
            broken.add(from + " -> " + href + " (no such anchor)");
          }
        }
      }
    }
    assertTrue(links > 40, "only " + links + " links checked");
    assertEquals(List.of(), broken);
  }

  @Test
  void nothingInTheGuideComesFromOutside() throws Exception {
    for (Language language : Language.values()) {
      for (String page : HelpPages.PAGES) {
        Document doc = page(HelpPages.resource(language, page));
        assertTrue(doc.select("script, iframe, object, embed, base").isEmpty(), page);
        for (Element styled : doc.select("[style], style")) {
          assertFalse(styled.outerHtml().contains("url("), page + ": " + styled);
        }
      }
    }
    String css = HelpPages.text(HelpPages.ROOT + "help.css");
    Matcher urls = Pattern.compile("url\\(|@import|@font-face").matcher(css);
    assertFalse(urls.find(), "help.css loads nothing, fonts included");
  }

  @Test
  void everyPageIsReachableFromTheContents() throws Exception {
    for (Language language : Language.values()) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(HelpPages.resource(language, "index")));
      while (!todo.isEmpty()) {
        String from = todo.pop();
        if (!seen.add(from)) {
          continue;
        }
        for (Element a : page(from).select("a[href]")) {
          HelpPages.follow(from, a.attr("href"))
              .map(HelpLink::resource)
              .filter(r -> r.startsWith(HelpPages.ROOT + language.tag() + "/"))
              .ifPresent(todo::add);
        }
      }
      for (String page : HelpPages.PAGES) {
        assertTrue(seen.contains(HelpPages.resource(language, page)), language + " " + page);
      }
    }
  }

  @Test
  void eachLanguageIsWrittenInThatLanguage() throws Exception {
    for (String page : HelpPages.PAGES) {
      Document ko = page(HelpPages.resource(Language.KOREAN, page));
      Document en = page(HelpPages.resource(Language.ENGLISH, page));
      assertEquals("ko", ko.selectFirst("html").attr("lang"), page);
      assertEquals("en", en.selectFirst("html").attr("lang"), page);
      assertTrue(hangulShare(ko.body().text()) > 0.5, page + " is mostly Hangul");
      assertEquals(0.0, hangulShare(en.select("h1, h2, p, li, td, th").text()), page);
      assertEquals(en.select("h2[id]").eachAttr("id"), ko.select("h2[id]").eachAttr("id"), page);
    }
  }

  /** Hangul syllables among the letters of a text (Latin letters in code and names count too). */
  private static double hangulShare(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long hangul =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
            .count();
    return letters == 0 ? 0 : (double) hangul / letters;
  }

  @Test
  void linksThatLeaveTheGuideAreRefused() {
    String from = HelpPages.resource(Language.ENGLISH, "index");
    assertEquals(Optional.empty(), HelpPages.follow(from, "https://example.org/help"));
    assertEquals(Optional.empty(), HelpPages.follow(from, "//example.org/help"));
    assertEquals(Optional.empty(), HelpPages.follow(from, "file:///etc/passwd"));
    assertEquals(Optional.empty(), HelpPages.follow(from, "javascript:alert(1)"));
    assertEquals(Optional.empty(), HelpPages.follow(from, "/org/veil/help/en/chats.html"));
    assertEquals(
        Optional.empty(), HelpPages.follow(from, "../../store/migrations/V001.sql"), "escape");
    assertEquals(Optional.empty(), HelpPages.follow(from, "missing.html"));
    assertEquals(
        Optional.of(new HelpLink("/org/veil/help/en/chats.html", "search")),
        HelpPages.follow(from, "chats.html#search"));
    assertEquals(
        Optional.of(new HelpLink("/org/veil/help/ko/index.html", null)),
        HelpPages.follow(from, "../ko/index.html"));
    assertEquals(Optional.of(new HelpLink(from, "top")), HelpPages.follow(from, "#top"));
  }

  @Test
  void readingFallsBackToEnglishAndRefusesUnknownPages() throws Exception {
    assertTrue(HelpPages.read(Language.KOREAN, "index").contains("사용 설명서"));
    assertThrows(IllegalArgumentException.class, () -> HelpPages.read(Language.KOREAN, "nope"));
  }
}

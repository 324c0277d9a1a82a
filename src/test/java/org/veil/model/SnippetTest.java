package org.veil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void htmlEscapesTheTextAndOnlyMarksAreTags() {
    Snippet snippet =
        new Snippet("<b>a & b</b> 사진", List.of(new Snippet.Mark(3, 4), new Snippet.Mark(13, 15)));
    assertEquals("&lt;b&gt;<b>a</b> &amp; b&lt;/b&gt; <b>사진</b>", snippet.html());
    assertEquals("<b>[a] & b</b> [사진]", snippet.marked("[", "]"));
    assertEquals("plain", Snippet.plain("plain").html());
  }

  @Test
  void marksMustBeOrderedDisjointAndInside() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Snippet("abc", List.of(new Snippet.Mark(1, 2), new Snippet.Mark(0, 1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Snippet("abc", List.of(new Snippet.Mark(0, 2), new Snippet.Mark(1, 3))));
    assertThrows(
        IllegalArgumentException.class, () -> new Snippet("abc", List.of(new Snippet.Mark(2, 4))));
    assertThrows(IllegalArgumentException.class, () -> new Snippet.Mark(3, 2));
  }
}

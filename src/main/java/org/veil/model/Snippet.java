package org.veil.model;

import java.util.List;

/**
 * A stretch of message text with the parts that matched a query marked.
 *
 * @param text the excerpt, with a leading or trailing {@code …} where the message was cut
 * @param marks matched spans as char offsets into {@code text}, ordered and not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched span: {@code text.substring(start, end)}. */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad mark " + start + ".." + end);
      }
    }
  }

  public Snippet {
    text = text == null ? "" : text;
    marks = List.copyOf(marks);
    int previousEnd = 0;
    for (Mark mark : marks) {
      if (mark.start() < previousEnd || mark.end() > text.length()) {
        throw new IllegalArgumentException("marks must be ordered, disjoint and inside the text");
      }
      previousEnd = mark.end();
    }
  }

  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The text with each mark wrapped in {@code open} and {@code close}, nothing escaped. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * 8);
    int at = 0;
    for (Mark mark : marks) {
      out.append(text, at, mark.start()).append(open);
      out.append(text, mark.start(), mark.end()).append(close);
      at = mark.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The text HTML-escaped with marks as {@code <b>}…{@code </b>}: the only tags in the result are
   * the marks, whatever the message contained.
   */
  public String html() {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * 8);
    int at = 0;
    for (Mark mark : marks) {
      escape(text, at, mark.start(), out);
      out.append("<b>");
      escape(text, mark.start(), mark.end(), out);
      out.append("</b>");
      at = mark.end();
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
  }
}

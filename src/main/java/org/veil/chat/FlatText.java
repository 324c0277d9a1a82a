package org.veil.chat;

import java.util.ArrayList;
import java.util.List;

/** Message text with formatting dropped, and the mentions, hashtags and links it marked up. */
record FlatText(String text, List<String> mentions, List<String> hashtags, List<String> links) {
  static final FlatText EMPTY = new FlatText("", List.of(), List.of(), List.of());

  /** Joins Telegram's text parts: plain strings and {@code {type, text, href}} entities. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<String> mentions = new ArrayList<>();
    private final List<String> hashtags = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private boolean lastWasEntity;

    void plain(String part) {
      text.append(part);
      lastWasEntity = false;
    }

    void entity(String type, String part, String href) {
      String shown = part == null ? "" : part;
      // two marked-up parts with nothing between them would glue words together ("Link:https")
      if (lastWasEntity
          && !text.isEmpty()
          && !shown.isEmpty()
          && !Character.isWhitespace(text.charAt(text.length() - 1))
          && !Character.isWhitespace(shown.charAt(0))) {
        text.append(' ');
      }
      text.append(shown);
      lastWasEntity = true;
      if (type == null) {
        return;
      }
      switch (type) {
        case "mention" -> addOnce(mentions, strip(shown, '@'));
        case "mention_name" -> addOnce(mentions, shown);
        case "hashtag" -> addOnce(hashtags, strip(shown, '#'));
        case "link" -> addOnce(links, shown);
        case "text_link" -> addOnce(links, href);
        default -> {}
      }
    }

    FlatText build() {
      return new FlatText(text.toString(), mentions, hashtags, links);
    }

    private static String strip(String value, char sign) {
      return !value.isEmpty() && value.charAt(0) == sign ? value.substring(1) : value;
    }

    private static void addOnce(List<String> values, String value) {
      if (value != null && !value.isEmpty() && !values.contains(value)) {
        values.add(value);
      }
    }
  }
}

package org.veil.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions, hashtags and links found in plain message text, for formats that do not mark them up
 * (WhatsApp, Discord, Telegram HTML).
 */
record TextClues(List<String> mentions, List<String> hashtags, List<String> links) {
  private static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"]+");
  // a mention or hashtag starts a word: not preceded by a letter, digit or the same sign
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])");
  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_#&/])#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");

  static final TextClues NONE = new TextClues(List.of(), List.of(), List.of());

  static TextClues of(String text) {
    if (text == null
        || text.isEmpty()
        || (text.indexOf('@') < 0
            && text.indexOf('#') < 0
            && text.indexOf("://") < 0
            && !text.contains("www."))) {
      return NONE;
    }
    List<String> links = all(LINK, text, 0);
    String withoutLinks = LINK.matcher(text).replaceAll(" ");
    return new TextClues(all(MENTION, withoutLinks, 1), all(HASHTAG, withoutLinks, 1), links);
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String value = m.group(group);
      if (group == 0) {
        value = trimTrailingPunctuation(value);
      }
      if (!found.contains(value)) {
        found.add(value);
      }
    }
    return found;
  }

  private static String trimTrailingPunctuation(String link) {
    int end = link.length();
    while (end > 0 && ".,;:!?)]}'".indexOf(link.charAt(end - 1)) >= 0) {
      end--;
    }
    return link.substring(0, end);
  }
}

package org.veil.model;

import java.time.Instant;

/**
 * What an analyst asks the message index. Every part is optional; a query with no part matches
 * every message.
 *
 * @param text query syntax: words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, {@code *}
 *     and {@code ?} wildcards, {@code @name} for mentions; null or blank for none
 * @param user a username, platform id or display name, matched whole and case-insensitively; a
 *     trailing {@code *} matches by prefix
 * @param chatId the case's chat row id, or null for all chats
 * @param from inclusive lower bound on the UTC send time, or null
 * @param to exclusive upper bound on the UTC send time, or null
 * @param limit how many hits to return, at least 1
 */
public record SearchQuery(
    String text, String user, Long chatId, Instant from, Instant to, int limit) {

  public static final int DEFAULT_LIMIT = 100;

  public SearchQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    text = blankToNull(text);
    user = blankToNull(user);
  }

  /** A keyword query over all chats with the default limit. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, null, DEFAULT_LIMIT);
  }

  /** Every message of one user, oldest first. */
  public static SearchQuery user(String user) {
    return new SearchQuery(null, user, null, null, null, DEFAULT_LIMIT);
  }

  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, user, chatId, from, to, limit);
  }

  public SearchQuery withUser(String newUser) {
    return new SearchQuery(text, newUser, chatId, from, to, limit);
  }

  public SearchQuery withChat(Long newChatId) {
    return new SearchQuery(text, user, newChatId, from, to, limit);
  }

  public SearchQuery between(Instant newFrom, Instant newTo) {
    return new SearchQuery(text, user, chatId, newFrom, newTo, limit);
  }

  public SearchQuery withLimit(int newLimit) {
    return new SearchQuery(text, user, chatId, from, to, newLimit);
  }

  /** True when the query carries words to rank by; otherwise hits come oldest first. */
  public boolean hasText() {
    return text != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

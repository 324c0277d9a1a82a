package org.veil.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored message as the search index sees it.
 *
 * @param id the message row id in the case database; indexing the same id again replaces it
 * @param senderId the platform id of the sender, or null for lines without one
 * @param sender the display name as exported on this message
 * @param senderNames every other name the sender is known by (username, display names over time);
 *     searched with {@code user} together with {@code senderId} and {@code sender}
 */
public record SearchableMessage(
    long id,
    long chatId,
    String platform,
    String senderId,
    String sender,
    List<String> senderNames,
    Instant sentAt,
    String text,
    List<String> mentions) {

  public SearchableMessage {
    senderNames =
        senderNames == null ? List.of() : senderNames.stream().filter(Objects::nonNull).toList();
    text = text == null ? "" : text;
    mentions = mentions == null ? List.of() : mentions.stream().filter(Objects::nonNull).toList();
  }

  /** A message whose mentions are only those written as {@code @name} in its text. */
  public SearchableMessage(
      long id,
      long chatId,
      String platform,
      String senderId,
      String sender,
      List<String> senderNames,
      Instant sentAt,
      String text) {
    this(id, chatId, platform, senderId, sender, senderNames, sentAt, text, List.of());
  }
}

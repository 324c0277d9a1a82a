package org.veil.model;

import java.time.Instant;

/**
 * One message found by a search.
 *
 * @param sender the display name as exported
 * @param score relevance; 0 when the query had no words and hits are in time order
 */
public record SearchHit(
    long messageId,
    long chatId,
    String sender,
    String senderId,
    Instant sentAt,
    float score,
    Snippet snippet) {}

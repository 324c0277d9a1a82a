package org.veil.model;

import java.time.Instant;

/**
 * A stored chat with what it holds.
 *
 * @param messageCount messages people sent (service and system lines not counted)
 * @param serviceCount joins, invites and other service or system lines
 * @param participantCount distinct senders (service actors included)
 * @param firstAt the earliest message time, null when no message has a time
 */
public record ChatSummary(
    long id,
    String platform,
    String name,
    String type,
    String externalId,
    long sourceId,
    long messageCount,
    long serviceCount,
    long participantCount,
    Instant firstAt,
    Instant lastAt) {}

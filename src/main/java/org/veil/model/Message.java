package org.veil.model;

import java.time.Instant;
import java.util.List;

/**
 * One chat message as exported.
 *
 * @param externalId the platform's message id, unique within its chat
 * @param sentAt the UTC instant
 * @param localTime the time as the export wrote it, kept for the record
 * @param service true for joins, invites, pins and other system lines
 */
public record Message(
    String externalId,
    Instant sentAt,
    String localTime,
    String senderId,
    String senderName,
    String text,
    String replyTo,
    String forwardedFrom,
    Instant editedAt,
    boolean service,
    String action,
    List<String> actionMembers,
    List<Attachment> attachments) {

  public Message {
    actionMembers = actionMembers == null ? List.of() : List.copyOf(actionMembers);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}

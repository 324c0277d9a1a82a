package org.veil.model;

import java.util.List;

/**
 * A message as the case database holds it.
 *
 * @param id the message row id (what the search index and the CLI call {@code message})
 * @param replyToId the row id of the message this one answers, when that message is stored
 * @param message the message as exported; its attachments are repeated in {@code attachments} with
 *     their evidence items
 */
public record StoredMessage(
    long id,
    long chatId,
    Long senderParticipantId,
    Long replyToId,
    Message message,
    List<StoredAttachment> attachments) {
  public StoredMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}

package org.veil.model;

import java.time.Instant;
import java.util.List;

/**
 * One chat message as exported.
 *
 * @param externalId the platform's message id, unique within its chat; for exports without ids
 *     (WhatsApp, some Telegram exports) a deterministic id derived from the export, so parsing the
 *     same export twice gives the same ids
 * @param sentAt the UTC instant; {@code null} only when the export gives no usable time for this
 *     message (e.g. Telegram HTML service lines, which carry only the day in {@code localTime})
 * @param localTime the time as the export wrote it, kept for the record
 * @param senderId the sender's platform id (see {@link Participant#platformId()}); for service
 *     messages the actor; {@code null} when the export names nobody (e.g. WhatsApp system lines)
 * @param senderName the sender's display name as exported
 * @param text the message text, flattened: formatting dropped, links, mentions and hashtags kept as
 *     written
 * @param replyTo the externalId of the message this one answers, in the same chat
 * @param forwardedFrom the name of the original author of a forwarded message
 * @param editedAt when the message was last edited, if the export says
 * @param service true for joins, invites, pins and other system lines
 * @param action the platform's word for a service action ({@code invite_members}, {@code
 *     create_group}, {@code join_group_by_link}; WhatsApp: {@code added}, {@code joined}, {@code
 *     left}, {@code created_group}, ...); {@code null} for ordinary messages
 * @param actionMembers the people an action names (invited members), as exported
 * @param mentions users mentioned in the text, as written without the leading {@code @}
 * @param hashtags hashtags in the text, without the leading {@code #}
 * @param links URLs in the text and behind text links
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
    List<Attachment> attachments,
    List<String> mentions,
    List<String> hashtags,
    List<String> links) {

  public Message {
    actionMembers = copy(actionMembers);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    mentions = copy(mentions);
    hashtags = copy(hashtags);
    links = copy(links);
  }

  /** The original shape without mentions, hashtags and links. */
  public Message(
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
    this(
        externalId,
        sentAt,
        localTime,
        senderId,
        senderName,
        text,
        replyTo,
        forwardedFrom,
        editedAt,
        service,
        action,
        actionMembers,
        attachments,
        List.of(),
        List.of(),
        List.of());
  }

  // List.copyOf rejects null elements; exports do name members as null (deleted accounts).
  private static List<String> copy(List<String> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    return values.stream().map(v -> v == null ? "" : v).toList();
  }
}

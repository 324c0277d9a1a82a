package org.veil.model;

import java.time.Instant;

/**
 * One time a file was posted: the message that carried it, who sent it, in which room and when. All
 * postings of one SHA-256 are the file's distribution across chats.
 *
 * @param path the file's path as the export names it
 * @param itemId the evidence item ingested from the export for this posting
 */
public record MediaPosting(
    String sha256,
    long itemId,
    String path,
    long messageId,
    String messageExternalId,
    long chatId,
    String chatName,
    String platform,
    String senderId,
    String sender,
    Instant sentAt) {}

package org.veil.model;

/**
 * A file a stored message carried, and the evidence item it became when the export contained it.
 *
 * @param itemId the ingested item, null when the file was not in the export or not ingested yet
 * @param sha256 the item's SHA-256, null without an item
 */
public record StoredAttachment(Attachment attachment, Long itemId, String sha256) {}

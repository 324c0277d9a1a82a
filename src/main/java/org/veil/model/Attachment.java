package org.veil.model;

/**
 * A file a message carried, as the export names it.
 *
 * @param path relative path inside the export, or the file name when the export omits media
 * @param present whether the file is in the export (false for "Media omitted" and missing files)
 */
public record Attachment(String path, String mediaType, String mimeType, boolean present) {}

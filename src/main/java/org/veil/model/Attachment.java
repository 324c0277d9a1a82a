package org.veil.model;

/**
 * A file a message carried, as the export names it.
 *
 * @param path relative path inside the export root (for a WhatsApp {@code .zip}, the entry name
 *     inside the zip), or the file name when the export omits the media; {@code null} only when the
 *     export names no file at all (e.g. "Media omitted")
 * @param mediaType the export's word for the kind ({@code photo}, {@code video_file}, {@code
 *     voice_message}, {@code sticker}, {@code thumbnail}, {@code file}, ...)
 * @param mimeType the MIME type when the export gives one
 * @param present whether the file is in the export (false for "Media omitted", "File not included",
 *     URLs and missing files)
 */
public record Attachment(String path, String mediaType, String mimeType, boolean present) {}

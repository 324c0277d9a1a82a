package org.veil.exif;

import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the picture was taken, as ISO 8601 text: the local date-time the camera wrote, plus its
 * offset only when the file records one. No time zone is ever guessed: that is the analyst's call.
 */
public final class TakenAt {
  private static final Pattern EXIF_DATE =
      Pattern.compile("(\\d{4})[:\\-](\\d{2})[:\\-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})");
  private static final Pattern OFFSET = Pattern.compile("[+-](?:0\\d|1[0-4]):[0-5]\\d");
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private TakenAt() {}

  static String from(com.drew.metadata.Metadata extracted) {
    for (ExifSubIFDDirectory sub : extracted.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
      String original =
          format(
              sub,
              ExifDirectoryBase.TAG_DATETIME_ORIGINAL,
              sub.getString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL),
              sub.getString(ExifDirectoryBase.TAG_TIME_ZONE));
      if (original != null) {
        return original;
      }
      String digitized =
          format(
              sub,
              ExifDirectoryBase.TAG_DATETIME_DIGITIZED,
              sub.getString(ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED),
              sub.getString(ExifDirectoryBase.TAG_TIME_ZONE));
      if (digitized != null) {
        return digitized;
      }
    }
    String offset = null;
    for (ExifSubIFDDirectory sub : extracted.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
      offset = sub.getString(ExifDirectoryBase.TAG_TIME_ZONE);
    }
    for (ExifIFD0Directory ifd0 : extracted.getDirectoriesOfType(ExifIFD0Directory.class)) {
      String modified = format(ifd0, ExifDirectoryBase.TAG_DATETIME, offset, null);
      if (modified != null) {
        return modified;
      }
    }
    return null;
  }

  private static String format(Directory directory, int tag, String offset, String fallbackOffset) {
    String local = format(directory.getString(tag));
    if (local == null) {
      return null;
    }
    String zone = validOffset(offset);
    if (zone == null) {
      zone = validOffset(fallbackOffset);
    }
    return zone == null ? local : local + zone;
  }

  /** "2024:05:01 13:45:10" to "2024-05-01T13:45:10"; null for blank or impossible dates. */
  public static String format(String exifDate) {
    if (exifDate == null) {
      return null;
    }
    Matcher matcher = EXIF_DATE.matcher(exifDate.strip());
    if (!matcher.lookingAt()) {
      return null;
    }
    try {
      LocalDateTime time =
          LocalDateTime.of(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3)),
              Integer.parseInt(matcher.group(4)),
              Integer.parseInt(matcher.group(5)),
              Integer.parseInt(matcher.group(6)));
      return time.format(ISO_SECONDS);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String validOffset(String offset) {
    if (offset == null) {
      return null;
    }
    String clean = offset.replace("\0", "").strip();
    return OFFSET.matcher(clean).matches() ? clean : null;
  }
}

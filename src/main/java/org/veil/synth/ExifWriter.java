package org.veil.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.RationalNumber;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.GpsTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Writes an {@link ExifSpec} into a JPEG with commons-imaging, losslessly. */
final class ExifWriter {
  private static final DateTimeFormatter EXIF_DATE =
      DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

  // EXIF 2.31 offset tags, which commons-imaging alpha6 does not define.
  private static final TagInfoAscii OFFSET_TIME =
      new TagInfoAscii("OffsetTime", 0x9010, 7, TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);
  private static final TagInfoAscii OFFSET_TIME_ORIGINAL =
      new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7, TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

  private ExifWriter() {}

  static byte[] write(byte[] jpeg, ExifSpec spec, Integer width, Integer height) {
    try {
      TiffOutputSet set = new TiffOutputSet();
      TiffOutputDirectory root = set.getOrCreateRootDirectory();
      TiffOutputDirectory exif = set.getOrCreateExifDirectory();
      if (spec.make() != null) {
        root.add(TiffTagConstants.TIFF_TAG_MAKE, spec.make());
      }
      if (spec.model() != null) {
        root.add(TiffTagConstants.TIFF_TAG_MODEL, spec.model());
      }
      if (spec.software() != null) {
        root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, spec.software());
      }
      if (spec.orientation() != null) {
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, spec.orientation().shortValue());
      }
      if (spec.takenAt() != null) {
        String date = spec.takenAt().format(EXIF_DATE);
        root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, date);
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, date);
        if (spec.offset() != null) {
          String offset = spec.offset().getId().equals("Z") ? "+00:00" : spec.offset().getId();
          exif.add(OFFSET_TIME, offset);
          exif.add(OFFSET_TIME_ORIGINAL, offset);
        }
      }
      if (spec.bodySerial() != null) {
        exif.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, spec.bodySerial());
      }
      if (spec.lensModel() != null) {
        exif.add(ExifTagConstants.EXIF_TAG_LENS_MODEL, spec.lensModel());
      }
      if (width != null
          && height != null
          && width <= Short.MAX_VALUE
          && height <= Short.MAX_VALUE) {
        boolean swapped = spec.orientation() != null && spec.orientation() >= 5;
        exif.add(
            ExifTagConstants.EXIF_TAG_EXIF_IMAGE_WIDTH,
            (short) (swapped ? height : width).intValue());
        exif.add(
            ExifTagConstants.EXIF_TAG_EXIF_IMAGE_LENGTH,
            (short) (swapped ? width : height).intValue());
      }
      if (spec.gpsLatitude() != null) {
        set.setGpsInDegrees(spec.gpsLongitude(), spec.gpsLatitude()); // longitude first
        if (spec.gpsAltitude() != null) {
          TiffOutputDirectory gps = set.getOrCreateGpsDirectory();
          gps.add(
              GpsTagConstants.GPS_TAG_GPS_ALTITUDE_REF,
              (byte)
                  (spec.gpsAltitude() < 0
                      ? GpsTagConstants.GPS_TAG_GPS_ALTITUDE_REF_VALUE_BELOW_SEA_LEVEL
                      : GpsTagConstants.GPS_TAG_GPS_ALTITUDE_REF_VALUE_ABOVE_SEA_LEVEL));
          gps.add(
              GpsTagConstants.GPS_TAG_GPS_ALTITUDE,
              RationalNumber.valueOf(Math.abs(spec.gpsAltitude())));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
      new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
      return out.toByteArray();
    } catch (ImagingException e) {
      throw new IllegalArgumentException("cannot write EXIF: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.veil.exif;

import com.drew.lang.GeoLocation;
import com.drew.lang.KeyValuePair;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.veil.model.ExifSummary;
import org.veil.model.MetadataTag;

/** Picks the summary fields an analyst reads first out of everything metadata-extractor found. */
final class SummaryFields {
  /** Beyond this a pixel size is not a photo but a decompression trap or a corrupt header. */
  static final long IMPLAUSIBLE_PIXELS = 1_000_000_000L;

  private static final Pattern MAKER_SERIAL =
      Pattern.compile("(?i)(camera |body |internal )?serial number");

  private SummaryFields() {}

  static ExifSummary from(
      com.drew.metadata.Metadata extracted,
      List<MetadataTag> tags,
      AiClues clues,
      List<String> problems) {
    if (extracted == null) {
      return new ExifSummary(
          null, null, null, null, null, null, null, null, null, null, null, null, clues.list());
    }
    String software =
        firstString(extracted, ExifIFD0Directory.class, ExifDirectoryBase.TAG_SOFTWARE);
    String creatorTool = xmp(tags, "xmp:CreatorTool");
    String pngSoftware = pngText(extracted, clues);
    clues.namingField("Software", software);
    clues.namingField("Software", pngSoftware);
    clues.namingField("XMP CreatorTool", creatorTool);
    tags.stream()
        .filter(t -> t.directory().equals(MetadataReader.XMP_PROPERTIES))
        .filter(t -> t.tag().endsWith("DigitalSourceType"))
        .forEach(t -> clues.digitalSourceType(t.value()));

    Integer[] size = pixelSize(extracted);
    if (size != null && isImplausible(size[0], size[1])) {
      problems.add(
          "the file claims %d x %d pixels, which is implausible for a picture (corrupt or hostile header)"
              .formatted(size[0], size[1]));
    }
    Double[] gps = gps(extracted);
    return new ExifSummary(
        firstNonBlank(
            firstString(extracted, ExifIFD0Directory.class, ExifDirectoryBase.TAG_MAKE),
            xmp(tags, "tiff:Make")),
        firstNonBlank(
            firstString(extracted, ExifIFD0Directory.class, ExifDirectoryBase.TAG_MODEL),
            xmp(tags, "tiff:Model")),
        bodySerial(extracted, tags),
        lens(extracted, tags),
        firstNonBlank(software, creatorTool, pngSoftware),
        TakenAt.from(extracted),
        gps[0],
        gps[1],
        gps[2],
        orientation(extracted, problems),
        size == null ? null : size[0],
        size == null ? null : size[1],
        clues.list());
  }

  private static boolean isImplausible(int width, int height) {
    return width <= 0 || height <= 0 || (long) width * height > IMPLAUSIBLE_PIXELS;
  }

  private static String bodySerial(com.drew.metadata.Metadata extracted, List<MetadataTag> tags) {
    String exif =
        firstString(extracted, ExifSubIFDDirectory.class, ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER);
    String makerNote =
        tags.stream()
            .filter(t -> t.directory().endsWith("Makernote") || t.directory().endsWith("Equipment"))
            .filter(t -> MAKER_SERIAL.matcher(t.tag()).matches())
            .map(MetadataTag::value)
            .filter(v -> !v.isBlank())
            .findFirst()
            .orElse(null);
    return firstNonBlank(
        exif, makerNote, xmp(tags, "aux:SerialNumber"), xmp(tags, "exifEX:BodySerialNumber"));
  }

  private static String lens(com.drew.metadata.Metadata extracted, List<MetadataTag> tags) {
    String model =
        firstString(extracted, ExifSubIFDDirectory.class, ExifDirectoryBase.TAG_LENS_MODEL);
    String make =
        firstString(extracted, ExifSubIFDDirectory.class, ExifDirectoryBase.TAG_LENS_MAKE);
    String specification =
        first(
            extracted,
            ExifSubIFDDirectory.class,
            d -> d.getDescription(ExifDirectoryBase.TAG_LENS_SPECIFICATION));
    String named = firstNonBlank(model, specification);
    if (named != null) {
      return make == null || named.toLowerCase().contains(make.toLowerCase())
          ? named
          : make + " " + named;
    }
    String makerNote =
        tags.stream()
            .filter(t -> t.directory().endsWith("Makernote") || t.directory().endsWith("Equipment"))
            .filter(t -> t.tag().equalsIgnoreCase("Lens Model") || t.tag().equalsIgnoreCase("Lens"))
            .map(MetadataTag::value)
            .filter(v -> !v.isBlank())
            .findFirst()
            .orElse(null);
    return firstNonBlank(makerNote, xmp(tags, "exifEX:LensModel"), xmp(tags, "aux:Lens"), make);
  }

  private static Integer orientation(com.drew.metadata.Metadata extracted, List<String> problems) {
    Integer value =
        first(
            extracted,
            ExifIFD0Directory.class,
            d -> d.getInteger(ExifDirectoryBase.TAG_ORIENTATION));
    if (value != null && (value < 1 || value > 8)) {
      problems.add("EXIF orientation " + value + " is not one of 1-8; ignored");
      return null;
    }
    return value;
  }

  /** The first directory that records a pixel size, the decoder-facing ones before EXIF's. */
  private static Integer[] pixelSize(com.drew.metadata.Metadata extracted) {
    List<Source> sources =
        List.of(
            new Source(
                JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                PngDirectory.class, PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                GifHeaderDirectory.class,
                GifHeaderDirectory.TAG_IMAGE_WIDTH,
                GifHeaderDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                BmpHeaderDirectory.class,
                BmpHeaderDirectory.TAG_IMAGE_WIDTH,
                BmpHeaderDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                HeifDirectory.class, HeifDirectory.TAG_IMAGE_WIDTH, HeifDirectory.TAG_IMAGE_HEIGHT),
            new Source(
                ExifSubIFDDirectory.class,
                ExifDirectoryBase.TAG_EXIF_IMAGE_WIDTH,
                ExifDirectoryBase.TAG_EXIF_IMAGE_HEIGHT),
            new Source(
                ExifIFD0Directory.class,
                ExifDirectoryBase.TAG_IMAGE_WIDTH,
                ExifDirectoryBase.TAG_IMAGE_HEIGHT));
    for (Source source : sources) {
      for (Directory directory : extracted.getDirectoriesOfType(source.type())) {
        Integer width = directory.getInteger(source.widthTag());
        Integer height = directory.getInteger(source.heightTag());
        if (width != null && height != null) {
          return new Integer[] {width, height};
        }
      }
    }
    return null;
  }

  private record Source(Class<? extends Directory> type, int widthTag, int heightTag) {}

  /** Signed decimal degrees and metres; below-sea-level altitude (ref 1) is negative. */
  private static Double[] gps(com.drew.metadata.Metadata extracted) {
    for (GpsDirectory directory : extracted.getDirectoriesOfType(GpsDirectory.class)) {
      GeoLocation location = directory.getGeoLocation();
      if (location == null
          || Double.isNaN(location.getLatitude())
          || Double.isNaN(location.getLongitude())) {
        continue;
      }
      Double altitude = null;
      Rational rational = directory.getRational(GpsDirectory.TAG_ALTITUDE);
      if (rational != null && rational.getDenominator() != 0) {
        altitude = rational.doubleValue();
        Integer ref = directory.getInteger(GpsDirectory.TAG_ALTITUDE_REF);
        if (ref != null && ref == 1) {
          altitude = -altitude;
        }
      }
      return new Double[] {location.getLatitude(), location.getLongitude(), altitude};
    }
    return new Double[3];
  }

  /** PNG text chunks as metadata-extractor decoded them; returns the 'Software' text if any. */
  private static String pngText(com.drew.metadata.Metadata extracted, AiClues clues) {
    String software = null;
    for (PngDirectory directory : extracted.getDirectoriesOfType(PngDirectory.class)) {
      if (directory.getObject(PngDirectory.TAG_TEXTUAL_DATA) instanceof List<?> pairs) {
        for (Object pair : pairs) {
          if (pair instanceof KeyValuePair keyValue) {
            clues.pngKeyword(keyValue.getKey());
            if ("Software".equalsIgnoreCase(keyValue.getKey()) && software == null) {
              software = keyValue.getValue() == null ? null : keyValue.getValue().toString();
            }
          }
        }
      }
    }
    return software;
  }

  private static String xmp(List<MetadataTag> tags, String path) {
    return tags.stream()
        .filter(t -> t.directory().equals(MetadataReader.XMP_PROPERTIES) && t.tag().equals(path))
        .map(MetadataTag::value)
        .filter(v -> !v.isBlank())
        .findFirst()
        .orElse(null);
  }

  private static <D extends Directory> String firstString(
      com.drew.metadata.Metadata extracted, Class<D> type, int tag) {
    return first(extracted, type, d -> d.getString(tag));
  }

  private static <D extends Directory, T> T first(
      com.drew.metadata.Metadata extracted, Class<D> type, Function<D, T> value) {
    for (D directory : extracted.getDirectoriesOfType(type)) {
      T found = value.apply(directory);
      if (found instanceof String text) {
        String clean = clean(text);
        if (clean != null) {
          @SuppressWarnings("unchecked")
          T cleaned = (T) clean;
          return cleaned;
        }
      } else if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Camera strings are NUL-padded and space-padded; blank means absent. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.replace("\0", "").strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String firstNonBlank(String... values) {
    return Stream.of(values)
        .map(SummaryFields::clean)
        .filter(v -> v != null)
        .findFirst()
        .orElse(null);
  }
}

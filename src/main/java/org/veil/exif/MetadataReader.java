package org.veil.exif;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Tag;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.Metadata;
import org.veil.model.MetadataTag;

/**
 * Reads a file's metadata with metadata-extractor, plus a bounded scan of its container for
 * AI-generation clues. Never throws for bad input: what could not be read becomes a problem on the
 * result. Stateless, so safe to call from several ingest workers at once.
 */
public final class MetadataReader {
  /** The directory name given to XMP properties, as metadata-extractor's own listings name it. */
  public static final String XMP_PROPERTIES = "XMPMeta";

  private MetadataReader() {}

  /** Reads metadata from bytes already in memory; {@code fileName} helps detect the format. */
  public static Metadata read(byte[] bytes, String fileName) {
    List<String> problems = new ArrayList<>();
    if (bytes == null || bytes.length == 0) {
      return new Metadata(org.veil.model.ExifSummary.EMPTY, List.of(), List.of("file is empty"));
    }
    AiClues clues = new AiClues();
    ContainerScan.scan(ByteSource.of(bytes), clues, problems);
    com.drew.metadata.Metadata extracted =
        extract(new ByteArrayInputStream(bytes), bytes.length, fileName, problems);
    return assemble(extracted, clues, problems);
  }

  /** Reads metadata from a file opened read-only; evidence is never written. */
  public static Metadata read(Path file) {
    List<String> problems = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size == 0) {
        return new Metadata(org.veil.model.ExifSummary.EMPTY, List.of(), List.of("file is empty"));
      }
      AiClues clues = new AiClues();
      ContainerScan.scan(ByteSource.of(channel), clues, problems);
      channel.position(0);
      InputStream stream = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      Path name = file.getFileName();
      com.drew.metadata.Metadata extracted =
          extract(stream, size, name == null ? null : name.toString(), problems);
      return assemble(extracted, clues, problems);
    } catch (NoSuchFileException e) {
      problems.add("file not found: " + file);
    } catch (IOException | RuntimeException e) {
      problems.add("could not read the file: " + describe(e));
    }
    return new Metadata(org.veil.model.ExifSummary.EMPTY, List.of(), problems);
  }

  // metadata-extractor meets hostile input here: any failure, even a huge bogus allocation,
  // must end as a problem on this one file rather than take down an ingest worker.
  @SuppressWarnings("PMD.AvoidCatchingThrowable")
  private static com.drew.metadata.Metadata extract(
      InputStream stream, long length, String fileName, List<String> problems) {
    try {
      return ImageMetadataReader.readMetadata(stream, length, fileName);
    } catch (ImageProcessingException e) {
      problems.add("metadata could not be read: " + describe(e));
    } catch (IOException e) {
      problems.add("metadata could not be read (file truncated or unreadable): " + describe(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      problems.add("metadata reader failed on this file: " + describe(e));
    }
    return null;
  }

  private static Metadata assemble(
      com.drew.metadata.Metadata extracted, AiClues clues, List<String> problems) {
    List<MetadataTag> tags = new ArrayList<>();
    if (extracted != null) {
      for (Directory directory : extracted.getDirectories()) {
        for (Tag tag : directory.getTags()) {
          String value = describe(directory, tag, problems);
          if (value != null) {
            tags.add(
                new MetadataTag(directory.getName(), tag.getTagName(), tag.getTagType(), value));
          }
        }
        for (String error : directory.getErrors()) {
          problems.add(directory.getName() + ": " + error);
        }
        if (directory instanceof XmpDirectory xmp) {
          xmpProperties(xmp, tags, problems);
        }
      }
    }
    var summary = SummaryFields.from(extracted, tags, clues, problems);
    return new Metadata(summary, tags, problems);
  }

  private static String describe(Directory directory, Tag tag, List<String> problems) {
    try {
      return tag.getDescription();
    } catch (RuntimeException e) {
      problems.add(directory.getName() + " / " + tag.getTagName() + ": " + describe(e));
      return null;
    }
  }

  /** XMP leaf properties become tags too (id 0), so an analyst sees aux:SerialNumber and kin. */
  private static void xmpProperties(
      XmpDirectory xmp, List<MetadataTag> tags, List<String> problems) {
    XMPMeta meta = xmp.getXMPMeta();
    if (meta == null) {
      return;
    }
    try {
      XMPIterator iterator = meta.iterator();
      while (iterator.hasNext()) {
        if (iterator.next() instanceof XMPPropertyInfo property
            && property.getPath() != null
            && property.getValue() != null) {
          tags.add(new MetadataTag(XMP_PROPERTIES, property.getPath(), 0, property.getValue()));
        }
      }
    } catch (XMPException | RuntimeException e) {
      problems.add("XMP: " + describe(e));
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse(message);
  }
}

package org.veil.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veil.exif.MetadataReader;
import org.veil.media.ImageDecoder;
import org.veil.media.MediaException;
import org.veil.media.Pdq;
import org.veil.media.Thumbnailer;
import org.veil.media.VideoFrames;
import org.veil.model.DecodedImage;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.model.Metadata;
import org.veil.model.MetadataTag;
import org.veil.model.PdqHash;
import org.veil.store.ItemStore.ItemResult;
import org.veil.store.ThumbnailStore.Thumbnail;

/**
 * The per-file work of ingest: one read for all three hashes, metadata, and one subsampled decode
 * that feeds both the thumbnail and the perceptual hash. Runs on worker threads; never throws for
 * bad content: the item comes back failed with the reason, and what could be read is kept.
 */
final class ItemAnalyzer {
  private final EvidenceReader reader;
  private final IngestLimits limits;

  ItemAnalyzer(EvidenceReader reader, IngestLimits limits) {
    this.reader = reader;
    this.limits = limits;
  }

  /** The stored outcome for one item and its thumbnail, if one could be made. */
  record Analysis(ItemResult result, Thumbnail thumbnail) {}

  Analysis analyze(long itemId, long sourceId, EvidenceEntry entry) {
    Set<String> flags = new HashSet<>(entry.flags());
    if (entry.failure() != null) {
      return failed(itemId, sourceId, entry, null, null, null, flags, entry.failure());
    }
    try {
      return switch (entry.content()) {
        case EvidenceEntry.InMemory memory ->
            fromBytes(itemId, sourceId, entry, memory.bytes(), null, flags);
        case EvidenceEntry.OnDisk disk -> fromDisk(itemId, sourceId, entry, disk.file(), flags);
        case EvidenceEntry.Streamed streamed ->
            fromStreamed(itemId, sourceId, entry, streamed, flags);
        case EvidenceEntry.Link link -> linked(itemId, sourceId, entry, link, flags);
        case EvidenceEntry.Unreadable unreadable ->
            failed(itemId, sourceId, entry, null, null, null, flags, "content cannot be read");
      };
    } catch (IOException e) {
      return failed(
          itemId,
          sourceId,
          entry,
          null,
          null,
          null,
          flags,
          "cannot read: " + SourceWalker.describe(e));
    } catch (OutOfMemoryError e) {
      return failed(
          itemId, sourceId, entry, null, null, null, flags, "too large to process in memory");
    } catch (RuntimeException | StackOverflowError e) {
      return failed(
          itemId, sourceId, entry, null, null, null, flags, "unexpected error while reading: " + e);
    }
  }

  private Analysis fromDisk(
      long itemId, long sourceId, EvidenceEntry entry, Path file, Set<String> flags)
      throws IOException {
    if (entry.size() <= limits.maxInMemoryBytes()) {
      return fromBytes(itemId, sourceId, entry, reader.readAll(file), file, flags);
    }
    // too large to hold: hash streaming, read metadata from the file, preview only videos
    Hashes hashes;
    byte[] head;
    try (InputStream in = reader.open(file)) {
      head = in.readNBytes(Signatures.HEAD_BYTES);
      MultiHasher hasher = new MultiHasher();
      hasher.update(head, 0, head.length);
      hasher.updateFrom(in);
      hashes = hasher.finish();
    }
    FileType type = identify(entry.path(), head, flags);
    Metadata metadata = MetadataReader.read(file);
    Thumbnail thumbnail = null;
    String error = null;
    if (type.kind() == MediaKind.VIDEO) {
      try {
        thumbnail = videoThumbnail(itemId, VideoFrames.firstFrame(file));
      } catch (MediaException e) {
        flags.add("no-preview");
      }
    } else if (type.kind() == MediaKind.IMAGE) {
      flags.add("too-large-to-preview");
    }
    return done(
        itemId, sourceId, entry, hashes, type, metadata, null, null, thumbnail, flags, error);
  }

  private Analysis fromStreamed(
      long itemId,
      long sourceId,
      EvidenceEntry entry,
      EvidenceEntry.Streamed streamed,
      Set<String> flags) {
    FileType type = identify(entry.path(), streamed.head(), flags);
    if (type.kind() == MediaKind.IMAGE || type.kind() == MediaKind.VIDEO) {
      flags.add("too-large-to-preview");
    }
    return done(
        itemId,
        sourceId,
        entry,
        streamed.hashes(),
        type,
        Metadata.NONE,
        null,
        null,
        null,
        flags,
        null);
  }

  private Analysis fromBytes(
      long itemId, long sourceId, EvidenceEntry entry, byte[] bytes, Path file, Set<String> flags) {
    Hashes hashes = MultiHasher.of(bytes);
    FileType type = identify(entry.path(), bytes, flags);
    Metadata metadata =
        type.kind() == MediaKind.IMAGE || type.kind() == MediaKind.VIDEO
            ? MetadataReader.read(bytes, entry.path())
            : Metadata.NONE;
    if (metadata.hasProblems()) {
      flags.add("metadata-problem");
    }
    if (type.kind() == MediaKind.IMAGE) {
      try {
        DecodedImage decoded = ImageDecoder.decode(bytes, ImageDecoder.INGEST_MIN_SIDE);
        int orientation = orientation(metadata.summary());
        Thumbnail thumbnail = thumbnail(itemId, decoded.image(), orientation);
        PdqHash pdq = Pdq.hash(decoded.image());
        return done(
            itemId, sourceId, entry, hashes, type, metadata, decoded, pdq, thumbnail, flags, null);
      } catch (MediaException e) {
        return failed(itemId, sourceId, entry, hashes, type, metadata, flags, e.getMessage());
      }
    }
    Thumbnail thumbnail = null;
    if (type.kind() == MediaKind.VIDEO) {
      try {
        thumbnail = videoThumbnail(itemId, VideoFrames.firstFrame(bytes));
      } catch (MediaException e) {
        flags.add("no-preview");
      }
    }
    return done(
        itemId, sourceId, entry, hashes, type, metadata, null, null, thumbnail, flags, null);
  }

  /** A link is a fact about the file system, not content: done, typed as a link, no hashes. */
  private static Analysis linked(
      long itemId, long sourceId, EvidenceEntry entry, EvidenceEntry.Link link, Set<String> flags) {
    return done(
        itemId,
        sourceId,
        entry,
        null,
        new FileType("inode/symlink", MediaKind.OTHER),
        Metadata.NONE,
        null,
        null,
        null,
        flags,
        null);
  }

  private static FileType identify(String path, byte[] head, Set<String> flags) {
    FileType type = Signatures.identify(head, head.length);
    if (Signatures.extensionMismatch(path, type)) {
      flags.add("extension-mismatch");
    }
    return type;
  }

  private static int orientation(ExifSummary summary) {
    return summary.orientation() == null ? 1 : summary.orientation();
  }

  private static Thumbnail thumbnail(long itemId, BufferedImage image, int orientation)
      throws MediaException {
    Thumbnailer.Made made = Thumbnailer.make(image, orientation);
    return new Thumbnail(itemId, made.width(), made.height(), made.jpeg(), made.seed().encode());
  }

  private static Thumbnail videoThumbnail(long itemId, Optional<BufferedImage> frame)
      throws MediaException {
    return frame.isEmpty() ? null : thumbnail(itemId, frame.get(), 1);
  }

  private static Analysis done(
      long itemId,
      long sourceId,
      EvidenceEntry entry,
      Hashes hashes,
      FileType type,
      Metadata metadata,
      DecodedImage decoded,
      PdqHash pdq,
      Thumbnail thumbnail,
      Set<String> flags,
      String error) {
    ExifSummary summary = metadata.summary();
    Integer width = decoded != null ? Integer.valueOf(decoded.width()) : summary.width();
    Integer height = decoded != null ? Integer.valueOf(decoded.height()) : summary.height();
    Item item =
        new Item(
            itemId,
            sourceId,
            entry.path(),
            entry.size(),
            hashes,
            type.mime(),
            type.kind(),
            width,
            height,
            error == null ? ItemState.DONE : ItemState.FAILED,
            error,
            flags,
            summary,
            pdq);
    return new Analysis(new ItemResult(item, metadata.tags()), thumbnail);
  }

  private static Analysis failed(
      long itemId,
      long sourceId,
      EvidenceEntry entry,
      Hashes hashes,
      FileType type,
      Metadata metadata,
      Set<String> flags,
      String reason) {
    Metadata known = metadata == null ? Metadata.NONE : metadata;
    Item item =
        new Item(
            itemId,
            sourceId,
            entry.path(),
            Math.max(0, entry.size()),
            hashes,
            type == null ? null : type.mime(),
            type == null ? null : type.kind(),
            known.summary().width(),
            known.summary().height(),
            ItemState.FAILED,
            reason,
            flags,
            known.summary(),
            null);
    List<MetadataTag> tags = known.tags();
    return new Analysis(new ItemResult(item, tags), null);
  }
}

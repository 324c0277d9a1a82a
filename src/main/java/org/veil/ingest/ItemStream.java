package org.veil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.veil.model.Item;
import org.veil.store.CaseFolder;

/**
 * An item's bytes as a stream, read-only from its evidence, for exports that copy them byte for
 * byte: a file on disk is streamed at any size; an archive member is read out of its (nested)
 * archive through {@link ItemContent}, in memory up to a limit.
 */
public final class ItemStream {
  /** The largest archive member an export reads into memory. */
  public static final long DEFAULT_MAX_MEMBER_BYTES = ItemContent.DEFAULT_MAX_BYTES;

  private final CaseFolder folder;
  private final EvidenceReader reader;
  private final long maxMemberBytes;

  public ItemStream(CaseFolder folder) {
    this(folder, EvidenceReader.READ_ONLY, DEFAULT_MAX_MEMBER_BYTES);
  }

  public ItemStream(CaseFolder folder, EvidenceReader reader, long maxMemberBytes) {
    this.folder = folder;
    this.reader = reader;
    this.maxMemberBytes = maxMemberBytes;
  }

  /** Opens the item's bytes; the caller closes the stream. */
  public static InputStream open(CaseFolder folder, Item item) throws IOException {
    return new ItemStream(folder).open(item);
  }

  /** Opens the item's bytes, or an IOException that says in words why they cannot be had. */
  public InputStream open(Item item) throws IOException {
    if (!item.path().contains("!/")) {
      return reader.open(fileOnDisk(item));
    }
    return new ByteArrayInputStream(new ItemContent(folder, reader, maxMemberBytes).read(item));
  }

  /** Whether the item is a member of an archive rather than a file of its own. */
  public static boolean isArchiveMember(Item item) {
    return item.path().contains("!/");
  }

  /** The evidence file that holds the item: the file itself, or its outermost archive. */
  public Path fileOnDisk(Item item) throws IOException {
    return new ItemContent(folder, reader, maxMemberBytes).fileOnDisk(item);
  }
}

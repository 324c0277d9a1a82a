package org.veil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.veil.model.EvidenceSource;
import org.veil.model.Item;
import org.veil.store.CaseFolder;
import org.veil.store.SourceStore;

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
    EvidenceSource source =
        new SourceStore(folder.db())
            .byId(item.sourceId())
            .orElseThrow(() -> new IOException("the item's evidence source is not in the case"));
    Path root = Path.of(source.path());
    String first = item.path().split("!/", -1)[0];
    if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
      if (!root.getFileName().toString().equals(first)) {
        throw new IOException("the item is not in the evidence file " + root);
      }
      return root;
    }
    if (ArchiveExpander.unsafeName(first) != null) {
      throw new IOException("the item path leaves its source: " + first);
    }
    Path file = root.resolve(first).normalize();
    if (!file.startsWith(root.normalize())) {
      throw new IOException("the item path leaves its source: " + first);
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("the evidence file is missing: " + file);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("the evidence path is no longer a regular file: " + file);
    }
    return file;
  }
}

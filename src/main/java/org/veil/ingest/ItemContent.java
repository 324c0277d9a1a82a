package org.veil.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.veil.model.EvidenceSource;
import org.veil.model.Item;
import org.veil.store.CaseFolder;
import org.veil.store.SourceStore;

/**
 * An item's bytes fetched again from its evidence, read-only, for a larger preview: a file under
 * its source folder, or a member inside (nested) archives addressed as {@code a.zip!/dir/x.jpg}.
 * Members are read into memory up to a limit; an archive inside an archive that is larger is copied
 * to a spool file in the case's cache folder (never beside the evidence) and deleted after.
 */
public final class ItemContent {
  /** The most a preview reads into memory. */
  public static final long DEFAULT_MAX_BYTES = 256L << 20;

  private final CaseFolder folder;
  private final EvidenceReader reader;
  private final long maxBytes;

  public ItemContent(CaseFolder folder) {
    this(folder, EvidenceReader.READ_ONLY, DEFAULT_MAX_BYTES);
  }

  public ItemContent(CaseFolder folder, EvidenceReader reader, long maxBytes) {
    this.folder = folder;
    this.reader = reader;
    this.maxBytes = maxBytes;
  }

  /** Convenience for one read with the defaults. */
  public static byte[] read(CaseFolder folder, Item item) throws IOException {
    return new ItemContent(folder).read(item);
  }

  /** The item's bytes, or an IOException that says in words why they cannot be had. */
  public byte[] read(Item item) throws IOException {
    String[] segments = item.path().split("!/", -1);
    Path file = fileOnDisk(item);
    if (segments.length == 1) {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IOException("too large to preview (" + size + " bytes)");
      }
      return reader.readAll(file);
    }
    List<Path> spools = new ArrayList<>();
    List<SeekableByteChannel> opened = new ArrayList<>();
    try (SeekableByteChannel channel = reader.channel(file)) {
      SeekableByteChannel current = channel;
      // archives inside archives: in memory, or spooled to the case's cache folder when larger
      for (int i = 1; i < segments.length - 1; i++) {
        String name = segments[i];
        current = withMember(current, segments[i - 1], name, in -> nestedArchive(in, name, spools));
        opened.add(current);
      }
      int last = segments.length - 1;
      return withMember(
          current, segments[last - 1], segments[last], in -> bounded(in, segments[last]));
    } finally {
      for (SeekableByteChannel channel : opened) {
        try {
          channel.close();
        } catch (IOException e) {
          // the read is done; the spool below goes either way
        }
      }
      spools.forEach(Spool::deleteQuietly);
    }
  }

  /** What to do with a member's stream once found. */
  @FunctionalInterface
  private interface MemberReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * A nested archive to open: in memory when it fits {@code maxBytes}, else copied to a spool file
   * in the case's cache folder (deleted after the read), as ingest expanded it.
   */
  private SeekableByteChannel nestedArchive(InputStream in, String name, List<Path> spools)
      throws IOException {
    byte[] first = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (first.length <= maxBytes) {
      return new SeekableInMemoryByteChannel(first);
    }
    Path spool = Spool.newFile(folder.cacheDir().resolve(Spool.READS));
    if (spool == null || Spool.copy(first, in, null, spool) == null) {
      throw new IOException(
          "archive "
              + name
              + " is too large to open again (over 4 GiB, or no room in the case's cache folder)");
    }
    spools.add(spool);
    return Files.newByteChannel(spool, java.nio.file.StandardOpenOption.READ);
  }

  /**
   * The evidence file that holds the item: the file itself, or its outermost archive. It must stay
   * inside its source and still be a regular file.
   */
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

  private <T> T withMember(
      SeekableByteChannel archive, String archiveName, String name, MemberReader<T> read)
      throws IOException {
    archive.position(0);
    byte[] head =
        new BufferedInputStream(ArchiveExpander.unclosable(archive))
            .readNBytes(Signatures.HEAD_BYTES);
    archive.position(0);
    String mime = Signatures.identify(head, head.length).mime();
    return switch (mime) {
      case "application/zip" -> zipMember(archive, name, read);
      case "application/x-tar" ->
          tarMember(new BufferedInputStream(ArchiveExpander.unclosable(archive)), name, read);
      case "application/gzip" -> gzipMember(archive, archiveName, name, read);
      case "application/x-7z-compressed" -> sevenZMember(archive, name, read);
      default -> throw new IOException(archiveName + " is not an archive Veil can open");
    };
  }

  private static <T> T zipMember(SeekableByteChannel channel, String name, MemberReader<T> read)
      throws IOException {
    MemberName member = MemberName.of(name);
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
      ZipArchiveEntry entry = null;
      int seen = 0;
      for (ZipArchiveEntry candidate : zip.getEntriesInPhysicalOrder(member.name())) {
        if (!candidate.isDirectory() && ++seen == member.occurrence()) {
          entry = candidate;
        }
      }
      if (entry == null) {
        throw new IOException("archive member not found: " + name);
      }
      if (entry.getGeneralPurposeBit().usesEncryption()) {
        throw new IOException("archive member is encrypted: " + name);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return read.read(in);
      }
    }
  }

  private static <T> T sevenZMember(SeekableByteChannel channel, String name, MemberReader<T> read)
      throws IOException {
    MemberName member = MemberName.of(name);
    try (SevenZFile sevenZ = ArchiveExpander.openSevenZ(channel)) {
      SevenZArchiveEntry entry;
      int seen = 0;
      while ((entry = sevenZ.getNextEntry()) != null) {
        if (!entry.isDirectory()
            && !entry.isAntiItem()
            && entry.getName().equals(member.name())
            && ++seen == member.occurrence()) {
          try (InputStream in = sevenZ.getInputStream(entry)) {
            return read.read(in);
          }
        }
      }
    } catch (org.apache.commons.compress.PasswordRequiredException e) {
      throw new IOException("archive member is encrypted: " + name, e);
    }
    throw new IOException("archive member not found: " + name);
  }

  private static <T> T tarMember(InputStream raw, String name, MemberReader<T> read)
      throws IOException {
    MemberName member = MemberName.of(name);
    try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
      TarArchiveEntry entry;
      int seen = 0;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isDirectory()
            && entry.getName().equals(member.name())
            && ++seen == member.occurrence()) {
          if (!entry.isFile()) {
            throw new IOException("archive member is a link, not a file: " + name);
          }
          return read.read(tar);
        }
      }
    }
    throw new IOException("archive member not found: " + name);
  }

  private static <T> T gzipMember(
      SeekableByteChannel channel, String archiveName, String name, MemberReader<T> read)
      throws IOException {
    // a .tar.gz lists tar members; a plain .gz has one member named after the file
    channel.position(0);
    byte[] inner;
    try (InputStream peek =
        new GzipCompressorInputStream(
            new BufferedInputStream(ArchiveExpander.unclosable(channel)), true)) {
      inner = peek.readNBytes(Signatures.HEAD_BYTES);
    }
    channel.position(0);
    InputStream stream =
        new GzipCompressorInputStream(
            new BufferedInputStream(ArchiveExpander.unclosable(channel)), true);
    if (Signatures.identify(inner, inner.length).mime().equals("application/x-tar")) {
      return tarMember(stream, name, read);
    }
    if (!ArchiveExpander.gzipMemberName(archiveName).equals(name)) {
      throw new IOException("archive member not found: " + name);
    }
    try (stream) {
      return read.read(stream);
    }
  }

  private byte[] bounded(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new IOException("archive member too large to preview: " + name);
    }
    return bytes;
  }
}

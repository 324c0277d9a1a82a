package org.veil.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.veil.task.Cancellation;

/**
 * Lists the members of zip, tar, gzip and 7z archives (nested ones too, to a depth limit) without
 * extracting anything to disk. Members are addressed as {@code outer.zip!/dir/inner.zip!/x.jpg}.
 * Unsafe names, encrypted members and inflation past the limits become failed entries.
 */
final class ArchiveExpander {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private final IngestLimits limits;
  private final Consumer<EvidenceEntry> sink;
  private final Cancellation cancellation;
  private final Path spoolDir;

  ArchiveExpander(IngestLimits limits, Consumer<EvidenceEntry> sink, Cancellation cancellation) {
    this(limits, sink, cancellation, null);
  }

  /**
   * @param spoolDir a folder inside the case (never beside evidence) where a nested archive too
   *     large for memory is copied while it is hashed, expanded, then deleted; null to leave such
   *     archives unexpanded
   */
  ArchiveExpander(
      IngestLimits limits, Consumer<EvidenceEntry> sink, Cancellation cancellation, Path spoolDir) {
    this.limits = limits;
    this.sink = sink;
    this.cancellation = cancellation;
    this.spoolDir = spoolDir;
  }

  /** What expanding an archive observed, to flag the archive item itself. */
  record Outcome(Set<String> flags) {}

  Outcome expand(String address, FileType type, SeekableByteChannel channel, int depth)
      throws IOException {
    return expand(address, type, channel, new ArchiveBudget(limits), depth);
  }

  private Outcome expand(
      String address, FileType type, SeekableByteChannel channel, ArchiveBudget budget, int depth)
      throws IOException {
    Set<String> flags = new HashSet<>();
    try {
      switch (type.mime()) {
        case "application/zip" -> expandZip(address, channel, budget, depth, flags);
        case "application/x-tar" ->
            expandTar(
                address,
                new CountingInputStream(
                    new BufferedInputStream(java.nio.channels.Channels.newInputStream(channel))),
                false,
                budget,
                depth,
                flags);
        case "application/gzip" -> expandGzip(address, channel, budget, depth, flags);
        case "application/x-7z-compressed" -> expand7z(address, channel, budget, depth, flags);
        default -> flags.add("archive-not-expanded");
      }
    } catch (ArchiveLimitException e) {
      flags.add("zip-bomb");
      flags.add("archive-incomplete");
      sink.accept(EvidenceEntry.failed(address + "!/", 0, e.getMessage(), Set.of("zip-bomb")));
    } catch (IOException e) {
      // a damaged archive, at any depth: what was listed before the damage stays, the archive
      // around it goes on with its next member
      corrupt(address, SourceWalker.describe(e), flags);
    } catch (java.util.concurrent.CancellationException e) {
      throw e;
    } catch (RuntimeException e) {
      // the archive libraries answer some hostile headers with runtime exceptions
      corrupt(address, e.getMessage() == null ? e.toString() : e.getMessage(), flags);
    }
    return new Outcome(Collections.unmodifiableSet(flags));
  }

  private void corrupt(String address, String reason, Set<String> flags) {
    refuse(
        flags,
        "archive-corrupt",
        address + "!/",
        0,
        "archive cannot be read (" + reason + "); members not listed");
  }

  private void expandZip(
      String address,
      SeekableByteChannel channel,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
      var entries = zip.getEntriesInPhysicalOrder();
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      while (entries.hasMoreElements()) {
        cancellation.throwIfCancelled();
        ZipArchiveEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String path = admitted(address, entry.getName(), entry.getSize(), budget, flags, seen);
        if (path == null) {
          continue;
        }
        if (entry.isUnixSymlink()) {
          refuse(
              flags,
              "symlink",
              path,
              entry.getSize(),
              "symbolic link inside the archive; not followed");
          continue;
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
          refuse(flags, "encrypted", path, entry.getSize(), ENCRYPTED_MEMBER);
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          refuse(
              flags,
              "unsupported-compression",
              path,
              entry.getSize(),
              "archive member uses an unsupported compression method (" + entry.getMethod() + ")");
          continue;
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream raw = zip.getInputStream(entry)) {
          BoundedInputStream in = new BoundedInputStream(raw, budget, () -> compressed);
          member(
              path,
              entry.getSize(),
              modified(entry.getLastModifiedTime()),
              in,
              budget,
              depth,
              flags);
        }
      }
    }
  }

  /** The most memory a 7z member's decoder may ask for (LZMA dictionaries are declared). */
  static final int SEVEN_Z_MEMORY_LIMIT_KB = 256 * 1024;

  /** A 7z over a read-only channel, its decoders held to {@link #SEVEN_Z_MEMORY_LIMIT_KB}. */
  static SevenZFile openSevenZ(SeekableByteChannel channel) throws IOException {
    return SevenZFile.builder()
        .setSeekableByteChannel(channel)
        .setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_LIMIT_KB)
        .get();
  }

  private static final String ENCRYPTED_MEMBER =
      "encrypted archive member: its content cannot be read without the password";

  private static String tooMuchMemory(String what) {
    return what
        + " asks for more decoder memory than "
        + SEVEN_Z_MEMORY_LIMIT_KB / 1024
        + " MB; not expanded";
  }

  private void expand7z(
      String address,
      SeekableByteChannel channel,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    channel.position(0);
    CountingChannel counted = new CountingChannel(channel);
    SevenZFile sevenZ;
    try {
      sevenZ = openSevenZ(counted);
    } catch (PasswordRequiredException e) {
      // the list of members itself is encrypted: nothing can be named without the password
      refuse(
          flags,
          "encrypted",
          address + "!/",
          0,
          "encrypted 7z archive: its members cannot be listed without the password");
      return;
    } catch (MemoryLimitException e) {
      refuse(flags, "zip-bomb", address + "!/", 0, tooMuchMemory("7z archive"));
      return;
    }
    try (sevenZ) {
      SevenZArchiveEntry entry;
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      while ((entry = sevenZ.getNextEntry()) != null) {
        cancellation.throwIfCancelled();
        if (entry.isDirectory() || entry.isAntiItem()) {
          continue;
        }
        String path = admitted(address, entry.getName(), entry.getSize(), budget, flags, seen);
        if (path == null) {
          continue;
        }
        String modifiedAt =
            entry.getHasLastModifiedDate() ? modified(entry.getLastModifiedTime()) : null;
        // members of a solid 7z share compressed blocks: judge by the whole archive's ratio
        try (InputStream raw = sevenZ.getInputStream(entry)) {
          BoundedInputStream in =
              new BoundedInputStream(raw, budget, () -> Math.max(1, counted.count()));
          member(path, entry.getSize(), modifiedAt, in, budget, depth, flags);
        } catch (PasswordRequiredException e) {
          refuse(flags, "encrypted", path, entry.getSize(), ENCRYPTED_MEMBER);
        } catch (MemoryLimitException e) {
          refuse(flags, "zip-bomb", path, entry.getSize(), tooMuchMemory("7z member"));
        }
      }
    }
  }

  private void expandTar(
      String address,
      CountingInputStream raw,
      boolean gzipped,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    InputStream source = gzipped ? new GzipCompressorInputStream(raw, true) : raw;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(source)) {
      TarArchiveEntry entry;
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      while ((entry = tar.getNextEntry()) != null) {
        cancellation.throwIfCancelled();
        if (entry.isDirectory()) {
          continue;
        }
        String path = admitted(address, entry.getName(), entry.getSize(), budget, flags, seen);
        if (path == null) {
          continue;
        }
        if (entry.isSymbolicLink() || entry.isLink()) {
          refuse(
              flags,
              "symlink",
              path,
              0,
              "link inside the archive to " + entry.getLinkName() + "; not followed");
          continue;
        }
        if (!entry.isFile()) {
          continue;
        }
        // tar has no per-member compressed size: judge by the whole stream's ratio so far
        final long rawBase = raw.count();
        BoundedInputStream in =
            new BoundedInputStream(
                tar, budget, () -> gzipped ? Math.max(1, raw.count() - rawBase) : Long.MAX_VALUE);
        member(
            path, entry.getSize(), modified(entry.getLastModifiedTime()), in, budget, depth, flags);
      }
    }
  }

  private void expandGzip(
      String address,
      SeekableByteChannel channel,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    // peek at the decompressed head: a tar inside becomes its members, anything else one member
    byte[] head;
    channel.position(0);
    try (InputStream peek =
        new GzipCompressorInputStream(new BufferedInputStream(unclosable(channel)), true)) {
      head = peek.readNBytes(Signatures.HEAD_BYTES);
    }
    channel.position(0);
    CountingInputStream raw =
        new CountingInputStream(
            new BufferedInputStream(java.nio.channels.Channels.newInputStream(channel)));
    if (Signatures.identify(head, head.length).mime().equals("application/x-tar")) {
      expandTar(address, raw, true, budget, depth, flags);
      return;
    }
    String inner = gzipMemberName(address);
    try (InputStream gz = new GzipCompressorInputStream(raw, true)) {
      BoundedInputStream in = new BoundedInputStream(gz, budget, () -> Math.max(1, raw.count()));
      member(address + "!/" + inner, -1, null, in, budget, depth, flags);
    }
  }

  /** Reads one member: small ones into memory (and into nested archives), large ones hashed. */
  private void member(
      String path,
      long declaredSize,
      String modifiedAt,
      BoundedInputStream in,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxInMemoryBytes() + 1));
    } catch (ArchiveLimitException e) {
      if (e.fatal()) {
        throw e;
      }
      flags.add("zip-bomb");
      sink.accept(EvidenceEntry.failed(path, declaredSize, e.getMessage(), Set.of("zip-bomb")));
      return;
    } catch (IOException e) {
      flags.add("archive-corrupt");
      sink.accept(
          EvidenceEntry.failed(
              path,
              declaredSize,
              "archive member is corrupt or truncated: " + e.getMessage(),
              Set.of()));
      return;
    }
    if (bytes.length > limits.maxInMemoryBytes()) {
      streamed(path, modifiedAt, bytes, in, budget, depth, flags);
      return;
    }
    FileType type = Signatures.identify(bytes, bytes.length);
    Set<String> memberFlags = new HashSet<>();
    if (type.isArchive() && isExpandable(type)) {
      if (depth + 1 > limits.maxArchiveDepth()) {
        memberFlags.add("archive-depth-limit");
      } else {
        Outcome nested =
            expand(path, type, new SeekableInMemoryByteChannel(bytes), budget, depth + 1);
        memberFlags.addAll(nested.flags());
      }
    }
    sink.accept(
        new EvidenceEntry(
            path, bytes.length, modifiedAt, new EvidenceEntry.InMemory(bytes), memberFlags, null));
  }

  /**
   * A member too large for memory: hashed as it streams. A nested archive is copied meanwhile to a
   * spool file in the case's cache folder, expanded from there, and the copy deleted.
   */
  private void streamed(
      String path,
      String modifiedAt,
      byte[] first,
      BoundedInputStream rest,
      ArchiveBudget budget,
      int depth,
      Set<String> flags)
      throws IOException {
    byte[] head = java.util.Arrays.copyOf(first, Math.min(first.length, Signatures.HEAD_BYTES));
    FileType type = Signatures.identify(head, head.length);
    Set<String> memberFlags = new HashSet<>();
    boolean nested = type.isArchive();
    boolean deepEnough = depth + 1 <= limits.maxArchiveDepth();
    Path spool =
        nested && isExpandable(type) && deepEnough && spoolDir != null
            ? Spool.newFile(spoolDir)
            : null;
    try {
      MultiHasher hasher = new MultiHasher();
      try {
        spool = Spool.copy(first, rest, hasher, spool);
      } catch (ArchiveLimitException e) {
        if (e.fatal()) {
          throw e;
        }
        flags.add("zip-bomb");
        sink.accept(
            EvidenceEntry.failed(path, hasher.length(), e.getMessage(), Set.of("zip-bomb")));
        return;
      }
      if (spool != null) {
        try (SeekableByteChannel channel = Files.newByteChannel(spool, StandardOpenOption.READ)) {
          memberFlags.addAll(expand(path, type, channel, budget, depth + 1).flags());
        }
      } else if (nested && !deepEnough) {
        memberFlags.add("archive-depth-limit");
      } else if (nested) {
        memberFlags.add("archive-not-expanded");
      }
      sink.accept(
          new EvidenceEntry(
              path,
              hasher.length(),
              modifiedAt,
              new EvidenceEntry.Streamed(hasher.finish(), head),
              memberFlags,
              null));
    } finally {
      if (spool != null) {
        Spool.deleteQuietly(spool);
      }
    }
  }

  /** Records a member (or archive) that cannot be read, with its flag and why. */
  private void refuse(Set<String> flags, String flag, String path, long size, String reason) {
    flags.add(flag);
    sink.accept(EvidenceEntry.failed(path, size, reason, Set.of(flag)));
  }

  /** Records a member whose name is absolute or climbs out; true when it was rejected. */
  /**
   * Every member (of any format) passes here: counted against the archive's entry limit, then
   * addressed (a repeated name as its {@link MemberName} occurrence); null when its name is
   * absolute or climbs out (recorded as a failed entry).
   */
  private String admitted(
      String address,
      String name,
      long size,
      ArchiveBudget budget,
      Set<String> flags,
      java.util.Map<String, Integer> seen)
      throws ArchiveLimitException {
    budget.countEntry();
    int occurrence = seen.merge(name, 1, Integer::sum);
    if (occurrence > 1) {
      flags.add("duplicate-name"); // the archive holds two members of one name: both are kept
    }
    String path = address + "!/" + new MemberName(name, occurrence).addressed();
    String unsafe = unsafeName(name);
    if (unsafe == null) {
      return path;
    }
    refuse(flags, "path-traversal", path, size, unsafe);
    return null;
  }

  static boolean isExpandable(FileType type) {
    return switch (type.mime()) {
      case "application/zip",
          "application/x-tar",
          "application/gzip",
          "application/x-7z-compressed" ->
          true;
      default -> false;
    };
  }

  /** Why a member name is unsafe (absolute or climbing out with ..), or null when it is fine. */
  static String unsafeName(String name) {
    String normal = name.replace('\\', '/');
    if (normal.startsWith("/") || DRIVE.matcher(normal).matches()) {
      return "archive member has an absolute path (" + name + "); rejected";
    }
    for (String segment : normal.split("/")) {
      if (segment.equals("..")) {
        return "archive member path climbs out of the archive (" + name + "); rejected";
      }
    }
    return null;
  }

  private static String modified(java.nio.file.attribute.FileTime time) {
    return time == null ? null : time.toInstant().toString();
  }

  /** A read-only view of a channel that counts the bytes read through it. */
  private static final class CountingChannel implements SeekableByteChannel {
    private final SeekableByteChannel delegate;
    private long count;

    CountingChannel(SeekableByteChannel delegate) {
      this.delegate = delegate;
    }

    long count() {
      return count;
    }

    @Override
    public int read(java.nio.ByteBuffer dst) throws IOException {
      int n = delegate.read(dst);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public int write(java.nio.ByteBuffer src) throws IOException {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
      return delegate.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      delegate.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return delegate.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    @Override
    public void close() {
      // the channel belongs to the caller
    }
  }

  /**
   * The name of a plain .gz file's one member: the archive's name without {@code .gz}, else with
   * {@code .out}. Ingest addresses the member by it and {@link ItemContent} finds it again by it.
   */
  static String gzipMemberName(String address) {
    String name =
        address.substring(Math.max(address.lastIndexOf('/'), address.lastIndexOf('!')) + 1);
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? name.substring(0, name.length() - 3)
        : name + ".out";
  }

  /** A stream over the channel that leaves the channel open: its owner closes it. */
  static InputStream unclosable(SeekableByteChannel channel) {
    return new java.io.FilterInputStream(java.nio.channels.Channels.newInputStream(channel)) {
      @Override
      public void close() {
        // the channel belongs to the caller
      }
    };
  }
}

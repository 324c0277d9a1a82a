package org.veil.ingest;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.veil.task.Cancellation;

/**
 * Walks an evidence source (a folder, or a single file such as an archive) and hands every file it
 * finds to {@code sink}. Links are never followed: a link to a file inside the source is read as
 * that file, anything else is recorded as a failed entry with the reason.
 */
final class SourceWalker {
  private final IngestLimits limits;
  private final EvidenceReader reader;
  private final Consumer<EvidenceEntry> sink;
  private final Cancellation cancellation;
  private final ArchiveExpander archives;
  private final Predicate<String> include;

  SourceWalker(
      IngestLimits limits,
      EvidenceReader reader,
      Consumer<EvidenceEntry> sink,
      Cancellation cancellation) {
    this(limits, reader, sink, cancellation, path -> true);
  }

  /** {@code include} picks files by their path in the source; folders are always entered. */
  SourceWalker(
      IngestLimits limits,
      EvidenceReader reader,
      Consumer<EvidenceEntry> sink,
      Cancellation cancellation,
      Predicate<String> include) {
    this(limits, reader, sink, cancellation, include, null);
  }

  /**
   * @param spoolDir where nested archives too large for memory are copied to be expanded (inside
   *     the case, never beside evidence); null leaves them unexpanded
   */
  SourceWalker(
      IngestLimits limits,
      EvidenceReader reader,
      Consumer<EvidenceEntry> sink,
      Cancellation cancellation,
      Predicate<String> include,
      java.nio.file.Path spoolDir) {
    this.include = include;
    this.limits = limits;
    this.reader = reader;
    this.sink = sink;
    this.cancellation = cancellation;
    this.archives = new ArchiveExpander(limits, sink, cancellation, spoolDir);
  }

  /** Files and bytes below a source, archives counted as one file each; for the ETA. */
  static long[] measure(Path source) throws IOException {
    long[] totals = new long[2];
    if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      return new long[] {1, Files.size(source)};
    }
    Files.walkFileTree(
        source,
        EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            totals[0]++;
            if (attrs.isRegularFile()) {
              totals[1] += attrs.size();
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            totals[0]++;
            return FileVisitResult.CONTINUE;
          }
        });
    return totals;
  }

  void walk(Path source) throws IOException {
    Path root = source.toAbsolutePath().normalize();
    BasicFileAttributes rootAttrs =
        Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (rootAttrs.isRegularFile()) {
      file(root, root.getFileName().toString(), rootAttrs);
      return;
    }
    walkFolder(root, root, root.toRealPath());
  }

  /** Depth first in name order, so item ids follow the folder listing an analyst sees. */
  private void walkFolder(Path root, Path dir, Path realRoot) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
      listing.forEach(children::add);
    } catch (IOException e) {
      sink.accept(
          EvidenceEntry.failed(
              relative(root, dir) + "/",
              0,
              "cannot list folder: " + describe(e),
              Set.of("unreadable")));
      return;
    }
    children.sort(Comparator.comparing(path -> path.getFileName().toString()));
    for (Path child : children) {
      if (cancellation.isCancelled()) {
        return;
      }
      String relative = relative(root, child);
      BasicFileAttributes attrs;
      boolean folder = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      if (!folder && !include.test(relative)) {
        continue;
      }
      try {
        attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        sink.accept(
            EvidenceEntry.failed(relative, 0, "cannot read: " + describe(e), Set.of("unreadable")));
        continue;
      }
      if (attrs.isSymbolicLink()) {
        link(child, relative, realRoot);
      } else if (attrs.isDirectory()) {
        walkFolder(root, child, realRoot);
      } else if (attrs.isRegularFile()) {
        file(child, relative, attrs);
      } else {
        sink.accept(
            EvidenceEntry.failed(
                relative,
                0,
                "not a regular file (device, pipe or socket); not read",
                Set.of("special-file")));
      }
    }
  }

  private void link(Path link, String relative, Path realRoot) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      // dangling links and loops (a -> b -> a) both land here
      String why =
          e instanceof java.nio.file.FileSystemLoopException
                  || String.valueOf(e.getMessage()).contains("Too many levels")
              ? "symbolic link loop; not followed"
              : "symbolic link to a missing target (" + linkTarget(link) + ")";
      sink.accept(EvidenceEntry.failed(relative, 0, why, Set.of("symlink")));
      return;
    }
    if (!target.startsWith(realRoot)) {
      sink.accept(
          EvidenceEntry.failed(
              relative,
              0,
              "symbolic link points outside the source (" + target + "); not followed",
              Set.of("symlink")));
      return;
    }
    if (Files.isDirectory(target) && link.toAbsolutePath().normalize().startsWith(target)) {
      sink.accept(
          EvidenceEntry.failed(
              relative,
              0,
              "symbolic link loop to a parent folder; not followed",
              Set.of("symlink", "symlink-loop")));
      return;
    }
    // a link to something inside the source: recorded as a link, its target is ingested where it is
    sink.accept(
        new EvidenceEntry(
            relative,
            0,
            null,
            new EvidenceEntry.Link(realRoot.relativize(target).toString().replace('\\', '/')),
            Set.of("symlink"),
            null));
  }

  private void file(Path file, String relative, BasicFileAttributes attrs) {
    String modified = attrs.lastModifiedTime().toInstant().toString();
    Set<String> flags = new HashSet<>();
    byte[] head;
    try {
      head = reader.head(file, Signatures.HEAD_BYTES);
    } catch (IOException e) {
      sink.accept(
          EvidenceEntry.failed(
              relative, attrs.size(), "cannot read: " + describe(e), Set.of("unreadable")));
      return;
    }
    FileType type = Signatures.identify(head, head.length);
    if (type.isArchive()) {
      if (ArchiveExpander.isExpandable(type)) {
        try (SeekableByteChannel channel = reader.channel(file)) {
          flags.addAll(archives.expand(relative, type, channel, 1).flags());
        } catch (IOException e) {
          flags.add("archive-corrupt");
          sink.accept(
              EvidenceEntry.failed(
                  relative + "!/",
                  0,
                  "archive cannot be read (" + describe(e) + "); members not listed",
                  Set.of("archive-corrupt")));
        }
      } else {
        flags.add("archive-not-expanded");
      }
    }
    sink.accept(
        new EvidenceEntry(
            relative, attrs.size(), modified, new EvidenceEntry.OnDisk(file), flags, null));
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "?";
    }
  }

  static String relative(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return relative.isEmpty() ? file.getFileName().toString() : relative;
  }

  static String describe(IOException e) {
    return switch (e) {
      case java.nio.file.AccessDeniedException denied -> "permission denied";
      case java.nio.file.NoSuchFileException missing -> "file vanished while reading";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  IngestLimits limits() {
    return limits;
  }
}

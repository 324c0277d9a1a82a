package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.EvidenceSource;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.store.CaseFolder;
import org.veil.store.SourceStore;

/** Fetching an item's bytes again, read-only, from a folder or through (nested) archives. */
class ItemContentTest {
  @TempDir Path temp;
  private CaseFolder folder;
  private Path evidence;
  private long sourceId;

  private static final byte[] PICTURE = "not really a picture".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void setUp() throws Exception {
    folder = org.veil.store.TestCases.create(temp);
    evidence = Files.createDirectories(temp.resolve("evidence"));
    Files.createDirectories(evidence.resolve("dir"));
    Files.write(evidence.resolve("dir/a.jpg"), PICTURE);
    byte[] inner = zip("deep/x.jpg", PICTURE);
    Files.write(evidence.resolve("outer.zip"), zip("inner.zip", inner));
    Files.write(evidence.resolve("plain.zip"), zip("m/y.jpg", PICTURE));
    Files.write(evidence.resolve("t.tar.gz"), gzip(tar("t/z.jpg", PICTURE)));
    Files.write(evidence.resolve("one.jpg.gz"), gzip(PICTURE));
    org.veil.testing.HostileFiles.sevenZ(
        evidence.resolve("room.7z"), "a/other.txt", new byte[] {1, 2}, "a/w.jpg", PICTURE);
    sourceId =
        new SourceStore(folder.db())
            .add(EvidenceSource.SourceKind.FOLDER, evidence.toString(), "a", Instant.EPOCH)
            .id();
  }

  @AfterEach
  void tearDown() {
    folder.close();
  }

  private Item item(String path) {
    return new Item(
        1, sourceId, path, 0, null, null, null, null, null, ItemState.DONE, null, null, null, null);
  }

  @Test
  void readsFilesAndArchiveMembers() throws Exception {
    FileTime before = Files.getLastModifiedTime(evidence.resolve("outer.zip"));
    for (String path :
        List.of(
            "dir/a.jpg",
            "plain.zip!/m/y.jpg",
            "outer.zip!/inner.zip!/deep/x.jpg",
            "t.tar.gz!/t/z.jpg",
            "one.jpg.gz!/one.jpg",
            "room.7z!/a/w.jpg")) {
      assertArrayEquals(PICTURE, ItemContent.read(folder, item(path)), path);
    }
    assertTrue(before.equals(Files.getLastModifiedTime(evidence.resolve("outer.zip"))));
  }

  @Test
  void aSingleFileSourceIsItsOwnItem() throws Exception {
    long single =
        new SourceStore(folder.db())
            .add(
                EvidenceSource.SourceKind.ARCHIVE,
                evidence.resolve("plain.zip").toString(),
                "a",
                Instant.EPOCH)
            .id();
    Item member =
        new Item(
            2,
            single,
            "plain.zip!/m/y.jpg",
            0,
            null,
            null,
            null,
            null,
            null,
            ItemState.DONE,
            null,
            null,
            null,
            null);
    assertArrayEquals(PICTURE, ItemContent.read(folder, member));
  }

  @Test
  void missingAndHostilePathsAreClearErrors() {
    assertMessage("missing", item("dir/gone.jpg"));
    assertMessage("not found", item("plain.zip!/m/nothing.jpg"));
    assertMessage("not found", item("room.7z!/a/nothing.jpg"));
    assertMessage("leaves its source", item("../outside.jpg"));
    assertMessage("not an archive", item("dir/a.jpg!/x"));
    Item orphan =
        new Item(
            3,
            999,
            "dir/a.jpg",
            0,
            null,
            null,
            null,
            null,
            null,
            ItemState.DONE,
            null,
            null,
            null,
            null);
    assertMessage("source", orphan);
  }

  @Test
  void theSecondMemberOfARepeatedNameIsReadAsItself() throws Exception {
    byte[] first = {'a'};
    byte[] second = {'b', 'b'};
    Files.write(
        evidence.resolve("dup.zip"),
        org.veil.testing.HostileFiles.zipBytes("x.txt", first, "x.txt", second));
    ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes)) {
      for (byte[] content : List.of(first, second)) {
        TarArchiveEntry entry = new TarArchiveEntry("x.txt");
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    Files.write(evidence.resolve("dup.tar"), tarBytes.toByteArray());
    for (String archive : List.of("dup.zip", "dup.tar")) {
      assertArrayEquals(first, ItemContent.read(folder, item(archive + "!/x.txt")), archive);
      assertArrayEquals(
          second, ItemContent.read(folder, item(archive + "!/x.txt [duplicate 2]")), archive);
      assertMessage("not found", item(archive + "!/x.txt [duplicate 3]"));
    }
  }

  @Test
  void anArchiveInsideAnArchiveLargerThanMemoryIsReadThroughASpool() throws Exception {
    // 64 bytes of memory: the inner zip (over 100 bytes) is spooled, the picture in it is read
    ItemContent small = new ItemContent(folder, EvidenceReader.READ_ONLY, 64);
    assertArrayEquals(PICTURE, small.read(item("outer.zip!/inner.zip!/deep/x.jpg")));
    try (var left =
        Files.newDirectoryStream(folder.cacheDir().resolve(Spool.READS), "member-*.spool")) {
      assertTrue(!left.iterator().hasNext(), "the spool is deleted after the read");
    }
  }

  @Test
  void tooLargeForAPreviewIsRefused() {
    ItemContent small = new ItemContent(folder, EvidenceReader.READ_ONLY, 4);
    IOException e = assertThrows(IOException.class, () -> small.read(item("plain.zip!/m/y.jpg")));
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
  }

  private void assertMessage(String words, Item item) {
    IOException e = assertThrows(IOException.class, () -> ItemContent.read(folder, item));
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] tar(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content);
    }
    return bytes.toByteArray();
  }
}

package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.synth.SyntheticImages;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;
import org.veil.testing.TreeSnapshot;

/** Every ingested item's bytes can be had again, byte for byte, from where ingest found them. */
class ItemStreamTest {
  @TempDir Path temp;

  static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var member : members.entrySet()) {
        zip.putNextEntry(new ZipEntry(member.getKey()));
        zip.write(member.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] tarGz(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (var member : members.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(member.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private Path evidence() throws IOException {
    Path root = Files.createDirectories(temp.resolve("evidence"));
    Files.write(root.resolve("a.jpg"), SyntheticImages.jpeg(SyntheticImages.draw(64, 48, 1), 0.8f));
    Files.createDirectories(root.resolve("sub"));
    Files.write(root.resolve("sub/b.png"), SyntheticImages.png(SyntheticImages.draw(40, 30, 2)));
    byte[] inner =
        zip(Map.of("deep/y.jpg", SyntheticImages.jpeg(SyntheticImages.draw(30, 30, 3), 0.7f)));
    Files.write(
        root.resolve("c.zip"),
        zip(
            Map.of(
                "x.jpg",
                SyntheticImages.jpeg(SyntheticImages.draw(50, 40, 4), 0.9f),
                "inner.zip",
                inner)));
    Files.write(
        root.resolve("d.tar.gz"),
        tarGz(Map.of("t/z.png", SyntheticImages.png(SyntheticImages.draw(20, 20, 5)))));
    return root;
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Test
  void filesAndArchiveMembersComeBackByteExactAndEvidenceIsUntouched() throws Exception {
    Path root = evidence();
    var before = TreeSnapshot.of(root);
    try (CaseFolder folder = TestCases.create(temp, "Streams")) {
      new IngestPipeline(folder, new AuditLog(new AuditStore(folder.db())))
          .run(List.of(root), "examiner-a", TaskContext.detached());
      Map<String, Item> items =
          new ItemStore(folder.db())
              .all().stream()
                  .filter(i -> i.state() == ItemState.DONE)
                  .collect(Collectors.toMap(Item::path, i -> i));
      assertTrue(
          items
              .keySet()
              .containsAll(
                  List.of(
                      "a.jpg",
                      "sub/b.png",
                      "c.zip!/x.jpg",
                      "c.zip!/inner.zip!/deep/y.jpg",
                      "d.tar.gz!/t/z.png")),
          items.keySet().toString());
      for (Item item : items.values()) {
        byte[] bytes = read(ItemStream.open(folder, item));
        assertEquals(item.hashes(), MultiHasher.of(bytes), item.path());
        assertEquals(item.size(), bytes.length, item.path());
      }
      assertArrayEquals(
          Files.readAllBytes(root.resolve("a.jpg")),
          read(ItemStream.open(folder, items.get("a.jpg"))));
      assertEquals(
          root.resolve("c.zip"), new ItemStream(folder).fileOnDisk(items.get("c.zip!/x.jpg")));
      assertTrue(ItemStream.isArchiveMember(items.get("c.zip!/x.jpg")));
    }
    assertEquals(before, TreeSnapshot.of(root), "reading items back never touches evidence");
  }

  @Test
  void anArchiveAddedAsASingleFileSourceIsReadFromThatFile() throws Exception {
    Path archive = temp.resolve("seized.zip");
    Files.write(
        archive,
        zip(Map.of("p/q.jpg", SyntheticImages.jpeg(SyntheticImages.draw(33, 22, 9), 0.8f))));
    try (CaseFolder folder = TestCases.create(temp, "Single")) {
      new IngestPipeline(folder, new AuditLog(new AuditStore(folder.db())))
          .run(List.of(archive), "examiner-a", TaskContext.detached());
      Item member =
          new ItemStore(folder.db())
              .all().stream()
                  .filter(i -> i.path().equals("seized.zip!/p/q.jpg"))
                  .findFirst()
                  .orElseThrow();
      assertEquals(member.hashes(), MultiHasher.of(read(ItemStream.open(folder, member))));
    }
  }

  @Test
  void missingMovedOrEscapingEvidenceGivesAReasonNotACrash() throws Exception {
    Path root = evidence();
    try (CaseFolder folder = TestCases.create(temp, "Gone")) {
      new IngestPipeline(folder, new AuditLog(new AuditStore(folder.db())))
          .run(List.of(root), "examiner-a", TaskContext.detached());
      List<Item> all = new ItemStore(folder.db()).all();
      Item a = all.stream().filter(i -> i.path().equals("a.jpg")).findFirst().orElseThrow();
      Item x = all.stream().filter(i -> i.path().equals("c.zip!/x.jpg")).findFirst().orElseThrow();
      Files.delete(root.resolve("a.jpg"));
      IOException missing = assertThrows(IOException.class, () -> ItemStream.open(folder, a));
      assertTrue(missing.getMessage().contains("missing"), missing.getMessage());

      Files.write(root.resolve("c.zip"), zip(Map.of("other.jpg", new byte[] {1, 2, 3})));
      IOException member = assertThrows(IOException.class, () -> ItemStream.open(folder, x));
      assertTrue(member.getMessage().contains("not found"), member.getMessage());

      Item escaping =
          new Item(
              a.id(),
              a.sourceId(),
              "../outside.jpg",
              1,
              a.hashes(),
              null,
              null,
              null,
              null,
              ItemState.DONE,
              null,
              null,
              null,
              null);
      IOException leaves = assertThrows(IOException.class, () -> ItemStream.open(folder, escaping));
      assertTrue(leaves.getMessage().contains("leaves its source"), leaves.getMessage());
    }
  }
}

package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.ThumbnailStore;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;
import org.veil.task.TaskContext;
import org.veil.testing.HostileFiles;
import org.veil.testing.TestCases;
import org.veil.testing.TreeSnapshot;

/** 7z archives, as rooms pass them around: members, nested archives, and hostile ones. */
class SevenZipIngestTest {
  @TempDir Path temp;

  private static IngestReport ingest(CaseFolder folder, IngestLimits limits, Path source)
      throws Exception {
    AuditLog audit = new AuditLog(new AuditStore(folder.db()));
    return new IngestPipeline(folder, audit, limits, EvidenceReader.READ_ONLY, 2, Clock.systemUTC())
        .run(List.of(source), "examiner-a", TaskContext.detached());
  }

  private static Map<String, Item> byPath(CaseFolder folder) {
    return new ItemStore(folder.db())
        .all().stream().collect(Collectors.toMap(Item::path, Function.identity()));
  }

  @Test
  void membersOfA7zAndOfArchivesInsideItAreItems() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    byte[] photo = SyntheticImages.jpeg(200, 150, 3, 0.8f, ExifSpec.camera(3, 1));
    byte[] other = SyntheticImages.jpeg(160, 120, 4, 0.8f, ExifSpec.camera(4, 1));
    byte[] innerZip = HostileFiles.zipBytes("deep/inner.jpg", other);
    HostileFiles.sevenZ(
        evidence.resolve("room.7z"),
        "set/a.jpg",
        photo,
        "set/b.zip",
        innerZip,
        "notes.txt",
        "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> before = TreeSnapshot.of(evidence);
    try (CaseFolder folder = TestCases.create(temp, "SevenZ")) {
      IngestReport report = ingest(folder, IngestLimits.DEFAULT, evidence);
      assertEquals(0, report.failed(), report.failures().toString());
      Map<String, Item> items = byPath(folder);
      assertEquals(
          MultiHasher.of(photo).sha256(), items.get("room.7z!/set/a.jpg").hashes().sha256());
      assertEquals(
          MultiHasher.of(other).sha256(),
          items.get("room.7z!/set/b.zip!/deep/inner.jpg").hashes().sha256());
      assertEquals(MediaKind.ARCHIVE, items.get("room.7z").kind());
      assertEquals(MediaKind.ARCHIVE, items.get("room.7z!/set/b.zip").kind());
      assertEquals(ItemState.DONE, items.get("room.7z!/notes.txt").state());
      assertTrue(
          new ThumbnailStore(folder.thumbsDb())
              .get(items.get("room.7z!/set/a.jpg").id())
              .isPresent(),
          "members are previewed like files on disk");
      assertEquals(5, items.size(), items.keySet().toString());
    }
    assertEquals(before, TreeSnapshot.of(evidence), "the evidence is unchanged");
  }

  @Test
  void hostile7zFilesEndAsFlaggedItemsWhileTheRestCompletes() throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    byte[] good = SyntheticImages.jpeg(200, 150, 5, 0.8f, ExifSpec.camera(5, 1));
    Files.write(evidence.resolve("good.jpg"), good);
    HostileFiles.sevenZ(
        evidence.resolve("traversal.7z"),
        "../../etc/evil.jpg",
        good,
        "/abs/evil.jpg",
        good,
        "ok/fine.jpg",
        good);
    HostileFiles.sevenZ(evidence.resolve("bomb.7z"), "zeros.bin", new byte[40 << 20]);
    byte[] archive = Files.readAllBytes(evidence.resolve("traversal.7z"));
    Files.write(evidence.resolve("truncated.7z"), Arrays.copyOf(archive, archive.length / 2));
    IngestLimits limits = new IngestLimits(64L << 20, 4, 100, 64L << 20, 10_000);
    try (CaseFolder folder = TestCases.create(temp, "Hostile7z")) {
      ingest(folder, limits, evidence);
      Map<String, Item> items = byPath(folder);
      assertEquals(ItemState.DONE, items.get("good.jpg").state());
      assertEquals(ItemState.DONE, items.get("traversal.7z!/ok/fine.jpg").state());
      assertTrue(items.get("traversal.7z").flags().contains("path-traversal"));
      assertEquals(ItemState.FAILED, items.get("traversal.7z!/../../etc/evil.jpg").state());
      assertTrue(items.get("traversal.7z!/../../etc/evil.jpg").error().contains("climbs out"));
      assertEquals(ItemState.FAILED, items.get("traversal.7z!//abs/evil.jpg").state());
      assertTrue(
          items.get("bomb.7z").flags().contains("zip-bomb"), items.get("bomb.7z").toString());
      assertEquals(ItemState.FAILED, items.get("bomb.7z!/zeros.bin").state());
      assertTrue(items.get("bomb.7z!/zeros.bin").error().contains("zip bomb"));
      // a truncated 7z is hashed as a file, flagged, and says why it has no members
      assertEquals(ItemState.DONE, items.get("truncated.7z").state());
      assertTrue(items.get("truncated.7z").flags().contains("archive-corrupt"));
      assertEquals(ItemState.FAILED, items.get("truncated.7z!/").state());
      assertTrue(items.get("truncated.7z!/").error().contains("members not listed"));
    }
  }
}

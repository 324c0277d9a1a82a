package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditVerifier;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.ThumbnailStore;
import org.veil.synth.CorpusSpec;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticCorpus;
import org.veil.synth.SyntheticImages;
import org.veil.task.TaskContext;
import org.veil.testing.HostileFiles;
import org.veil.testing.TestCases;
import org.veil.testing.TreeSnapshot;

class IngestPipelineTest {
  @TempDir Path temp;
  private Path evidence;

  @BeforeEach
  void evidenceFolder() throws IOException {
    evidence = Files.createDirectories(temp.resolve("evidence"));
  }

  private IngestReport ingest(
      CaseFolder folder, IngestLimits limits, EvidenceReader reader, Path... sources)
      throws IOException {
    AuditLog audit = new AuditLog(new AuditStore(folder.db()));
    return new IngestPipeline(folder, audit, limits, reader, 2, Clock.systemUTC())
        .run(List.of(sources), "examiner-a", TaskContext.detached());
  }

  private IngestReport ingest(CaseFolder folder, Path... sources) throws IOException {
    return ingest(folder, IngestLimits.DEFAULT, EvidenceReader.READ_ONLY, sources);
  }

  private static Map<String, Item> byPath(CaseFolder folder) {
    return new ItemStore(folder.db())
        .all().stream().collect(Collectors.toMap(Item::path, Function.identity()));
  }

  @Test
  void ingestsASyntheticCorpusWithHashesMetadataThumbnailsAndPdq() throws Exception {
    List<Path> files =
        SyntheticCorpus.generate(
            evidence,
            CorpusSpec.builder(16, 7)
                .sizes(List.of(CorpusSpec.SizeShare.jpeg(640, 480, 1, 0.85f)))
                .orientations(List.of(1, 6))
                .exactDuplicates(2)
                .nearDuplicates(2)
                .aiClues(true)
                .subfolders(2)
                .build());
    try (CaseFolder folder = TestCases.create(temp, "Corpus")) {
      IngestReport report = ingest(folder, evidence);
      assertEquals(files.size(), report.done(), report.failures().toString());
      assertEquals(0, report.failed());
      Map<String, Item> items = byPath(folder);
      assertEquals(files.size(), items.size());
      ThumbnailStore thumbs = new ThumbnailStore(folder.thumbsDb());
      for (Path file : files) {
        Item item = items.get(evidence.relativize(file).toString().replace('\\', '/'));
        assertNotNull(item, "no item for " + file);
        assertEquals(ItemState.DONE, item.state());
        assertEquals(MultiHasher.of(Files.readAllBytes(file)), item.hashes());
        assertEquals(Files.size(file), item.size());
        assertEquals(MediaKind.IMAGE, item.kind(), item.path());
        assertTrue(thumbs.get(item.id()).isPresent(), "thumbnail for " + item.path());
        assertTrue(thumbs.get(item.id()).get().width() <= 256);
        assertTrue(thumbs.veil(item.id()).isPresent(), "veil seed for " + item.path());
        assertNotNull(item.pdq(), "pdq for " + item.path());
      }
      long withCamera = items.values().stream().filter(i -> i.summary().make() != null).count();
      assertTrue(withCamera >= 7 + 2, "originals and exact copies keep EXIF: " + withCamera);
      assertTrue(items.values().stream().anyMatch(i -> i.summary().hasGps()));
      assertTrue(items.values().stream().anyMatch(i -> !i.summary().aiClues().isEmpty()));
      assertTrue(
          items.values().stream()
              .anyMatch(i -> i.summary().orientation() != null && i.summary().orientation() == 6));
      assertTrue(AuditVerifier.verify(new AuditStore(folder.db())).intact());
      var actions = new AuditStore(folder.db()).all().stream().map(e -> e.action()).toList();
      assertEquals(List.of("evidence.added", "ingest.started", "ingest.finished"), actions);
    }
  }

  @Test
  void rerunSkipsDoneItemsAndAddsNoRows() throws Exception {
    SyntheticCorpus.generate(
        evidence,
        CorpusSpec.builder(6, 3)
            .sizes(List.of(CorpusSpec.SizeShare.jpeg(320, 240, 1, 0.8f)))
            .build());
    try (CaseFolder folder = TestCases.create(temp, "Rerun")) {
      assertEquals(6, ingest(folder, evidence).done());
      IngestReport again = ingest(folder, evidence);
      assertEquals(0, again.done());
      assertEquals(6, again.skipped());
      assertEquals(6, new ItemStore(folder.db()).all().size());
    }
  }

  @Test
  void addressesArchiveMembersAndNestedArchives() throws Exception {
    byte[] photo = SyntheticImages.jpeg(200, 150, 11, 0.8f, ExifSpec.camera(11, 1));
    byte[] inner = HostileFiles.zipBytes("deep/inner.jpg", photo);
    HostileFiles.zip(evidence.resolve("outer.zip"), "dir/inner.zip", inner, "dir/a.jpg", photo);
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(
            new GzipCompressorOutputStream(
                Files.newOutputStream(evidence.resolve("set.tar.gz"))))) {
      TarArchiveEntry entry = new TarArchiveEntry("t/b.jpg");
      entry.setSize(photo.length);
      tar.putArchiveEntry(entry);
      tar.write(photo);
      tar.closeArchiveEntry();
    }
    try (CaseFolder folder = TestCases.create(temp, "Archives")) {
      IngestReport report = ingest(folder, evidence);
      assertEquals(0, report.failed(), report.failures().toString());
      Map<String, Item> items = byPath(folder);
      String sha = MultiHasher.of(photo).sha256();
      assertEquals(sha, items.get("outer.zip!/dir/inner.zip!/deep/inner.jpg").hashes().sha256());
      assertEquals(sha, items.get("outer.zip!/dir/a.jpg").hashes().sha256());
      assertEquals(sha, items.get("set.tar.gz!/t/b.jpg").hashes().sha256());
      assertEquals(MediaKind.ARCHIVE, items.get("outer.zip!/dir/inner.zip").kind());
      assertEquals(MediaKind.ARCHIVE, items.get("outer.zip").kind());
      assertEquals(6, items.size(), items.keySet().toString());
      // members are previewed like files on disk
      assertTrue(
          new ThumbnailStore(folder.thumbsDb())
              .get(items.get("outer.zip!/dir/inner.zip!/deep/inner.jpg").id())
              .isPresent());
    }
  }

  @Test
  void hostileInputsEndAsFailedOrFlaggedItemsWhileTheRestCompletes() throws Exception {
    byte[] good = SyntheticImages.jpeg(320, 240, 5, 0.85f, ExifSpec.camera(5, 1));
    Files.write(evidence.resolve("good.jpg"), good);
    Files.write(evidence.resolve("truncated.jpg"), Arrays.copyOf(good, good.length / 3));
    Files.write(evidence.resolve("huge.png"), HostileFiles.pngClaiming(100_000, 100_000));
    Files.write(
        evidence.resolve("random.jpg"),
        new java.util.Random(1)
            .ints(4000)
            .collect(ByteArrayOutputStream::new, (o, i) -> o.write(i), (a, b) -> {})
            .toByteArray());
    Files.write(evidence.resolve("empty.jpg"), new byte[0]);
    Files.write(evidence.resolve("renamed.txt"), good);
    HostileFiles.zipBomb(evidence.resolve("bomb.zip"), 40);
    HostileFiles.zip(
        evidence.resolve("traversal.zip"),
        "../../etc/evil.jpg",
        good,
        "/abs/evil.jpg",
        good,
        "ok/fine.jpg",
        good);
    HostileFiles.zipWithEncryptedMember(evidence.resolve("locked.zip"), "secret.jpg", good);
    Files.write(evidence.resolve("secret.bin"), good);
    Path loopDir = Files.createDirectories(evidence.resolve("loop"));
    Files.createSymbolicLink(loopDir.resolve("self"), loopDir);
    Files.createSymbolicLink(evidence.resolve("dangling.jpg"), evidence.resolve("nowhere.jpg"));
    Path outside = Files.write(temp.resolve("outside.jpg"), good);
    Files.createSymbolicLink(evidence.resolve("escape.jpg"), outside);
    Files.createSymbolicLink(evidence.resolve("inside.jpg"), evidence.resolve("good.jpg"));

    EvidenceReader denying = denyingReader("secret.bin");
    IngestLimits limits = new IngestLimits(64L << 20, 4, 100, 64L << 20, 10_000);
    try (CaseFolder folder = TestCases.create(temp, "Hostile")) {
      IngestReport report = ingest(folder, limits, denying, evidence);
      Map<String, Item> items = byPath(folder);

      assertEquals(ItemState.DONE, items.get("good.jpg").state());
      assertEquals(ItemState.DONE, items.get("traversal.zip!/ok/fine.jpg").state());
      assertFailed(items.get("truncated.jpg"), "truncated");
      assertNotNull(items.get("truncated.jpg").hashes(), "a failed decode still records hashes");
      assertFailed(items.get("huge.png"), "100000");
      assertTrue(items.get("random.jpg").flags().contains("extension-mismatch"));
      assertTrue(items.get("renamed.txt").flags().contains("extension-mismatch"));
      assertEquals("image/jpeg", items.get("renamed.txt").mime());
      assertEquals(ItemState.DONE, items.get("empty.jpg").state());
      assertFailed(items.get("bomb.zip!/zeros.bin"), "zip bomb");
      assertTrue(items.get("bomb.zip").flags().contains("zip-bomb"));
      assertFailed(items.get("traversal.zip!/../../etc/evil.jpg"), "climbs out");
      assertFailed(items.get("traversal.zip!//abs/evil.jpg"), "absolute path");
      assertTrue(items.get("traversal.zip").flags().contains("path-traversal"));
      assertFailed(items.get("locked.zip!/secret.jpg"), "encrypted");
      assertTrue(items.get("locked.zip!/secret.jpg").flags().contains("encrypted"));
      assertFailed(items.get("secret.bin"), "permission denied");
      assertFailed(items.get("loop/self"), "loop");
      assertFailed(items.get("dangling.jpg"), "missing target");
      assertFailed(items.get("escape.jpg"), "outside the source");
      assertEquals(ItemState.DONE, items.get("inside.jpg").state(), "a link inside is recorded");
      assertEquals("inode/symlink", items.get("inside.jpg").mime());
      assertTrue(items.get("inside.jpg").flags().contains("symlink"));
      assertNull(items.get("inside.jpg").hashes(), "a link has no content of its own");
      assertEquals(
          report.failed(),
          items.values().stream().filter(i -> i.state() == ItemState.FAILED).count());
      assertEquals(0, items.values().stream().filter(i -> i.state() == ItemState.PENDING).count());
      for (Item item : items.values()) {
        if (item.state() == ItemState.FAILED) {
          assertFalse(item.error() == null || item.error().isBlank(), item.path());
        }
      }
    }
    assertFalse(Files.exists(evidence.resolve("etc")), "nothing extracted");
  }

  @Test
  void evidenceIsNeverModified() throws Exception {
    SyntheticCorpus.generate(
        evidence,
        CorpusSpec.builder(8, 21)
            .sizes(List.of(CorpusSpec.SizeShare.jpeg(400, 300, 1, 0.8f)))
            .exactDuplicates(1)
            .subfolders(2)
            .build());
    byte[] photo = SyntheticImages.jpeg(120, 90, 2, 0.8f, ExifSpec.camera(2, 1));
    HostileFiles.zip(evidence.resolve("a.zip"), "x/y.jpg", photo, "../bad.jpg", photo);
    Files.write(evidence.resolve("broken.jpg"), Arrays.copyOf(photo, 100));
    Files.createSymbolicLink(evidence.resolve("link.jpg"), evidence.resolve("broken.jpg"));
    Path readOnly = Files.write(evidence.resolve("readonly.jpg"), photo);
    Files.setPosixFilePermissions(
        readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
    Map<String, String> before = TreeSnapshot.of(evidence);
    Map<String, String> parentBefore = TreeSnapshot.of(temp.resolve("evidence"));

    try (CaseFolder folder = TestCases.create(temp, "Untouched")) {
      ingest(folder, evidence);
      ingest(folder, evidence); // a resume must not touch it either
    }

    assertEquals(before, TreeSnapshot.of(evidence), "bytes, sizes, mtimes, permissions, owners");
    assertEquals(parentBefore.keySet(), TreeSnapshot.of(temp.resolve("evidence")).keySet());
    try (var siblings = Files.list(temp)) {
      assertEquals(
          List.of("Untouched.veil", "evidence"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing written beside the evidence");
    }
  }

  @Test
  void cancellingKeepsWhatWasDoneAndARerunFinishes() throws Exception {
    List<Path> files =
        SyntheticCorpus.generate(
            evidence,
            CorpusSpec.builder(30, 9)
                .sizes(List.of(CorpusSpec.SizeShare.jpeg(320, 240, 1, 0.8f)))
                .build());
    try (CaseFolder folder = TestCases.create(temp, "Cancel")) {
      var cancellation = new org.veil.task.Cancellation();
      int[] seen = {0};
      TaskContext context =
          new TaskContext(
              cancellation,
              snapshot -> {
                if (++seen[0] == 1) {
                  cancellation.cancel();
                }
              });
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      IngestReport first =
          new IngestPipeline(
                  folder,
                  audit,
                  IngestLimits.DEFAULT,
                  EvidenceReader.READ_ONLY,
                  1,
                  Clock.systemUTC())
              .run(List.of(evidence), "examiner-a", context);
      assertTrue(first.cancelled());
      assertTrue(first.done() < files.size(), "cancelled before the end: " + first.done());
      IngestReport second = ingest(folder, evidence);
      assertEquals(files.size(), first.done() + second.done());
      assertEquals(first.done(), second.skipped());
      var states = new ItemStore(folder.db()).countByState();
      assertEquals(files.size(), states.get(ItemState.DONE));
      assertEquals(0, states.get(ItemState.PENDING));
    }
  }

  private static void assertFailed(Item item, String reasonPart) {
    assertNotNull(item, "missing item for reason " + reasonPart);
    assertEquals(ItemState.FAILED, item.state(), item.path() + ": " + item.error());
    assertNotNull(item.error(), item.path());
    assertTrue(
        item.error()
            .toLowerCase(java.util.Locale.ROOT)
            .contains(reasonPart.toLowerCase(java.util.Locale.ROOT)),
        item.path() + ": '" + item.error() + "' should mention " + reasonPart);
  }

  /** Read-only access, except that one file name answers as unreadable (root reads anything). */
  private static EvidenceReader denyingReader(String fileName) {
    return new EvidenceReader() {
      @Override
      public InputStream open(Path file) throws IOException {
        deny(file);
        return EvidenceReader.READ_ONLY.open(file);
      }

      @Override
      public SeekableByteChannel channel(Path file) throws IOException {
        deny(file);
        return EvidenceReader.READ_ONLY.channel(file);
      }

      private void deny(Path file) throws AccessDeniedException {
        if (file.getFileName().toString().equals(fileName)) {
          throw new AccessDeniedException(file.toString());
        }
      }
    };
  }

  @Test
  void unreadableFilesAreFailedWithTheReason() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root can read any file");
    Path locked = Files.write(evidence.resolve("locked.jpg"), new byte[] {1, 2, 3});
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try (CaseFolder folder = TestCases.create(temp, "Perm")) {
      ingest(folder, evidence);
      assertFailed(byPath(folder).get("locked.jpg"), "permission denied");
    }
  }

  @Test
  void nestedArchivesTooLargeForMemoryAreExpandedFromASpoolInTheCase() throws Exception {
    byte[] photo = SyntheticImages.jpeg(200, 150, 12, 0.8f, ExifSpec.camera(12, 1));
    byte[] filler = new byte[(3 << 20) / 2];
    new java.util.Random(12).nextBytes(filler);
    byte[] innerZip = HostileFiles.zipBytes("filler.bin", filler, "p.jpg", photo);
    HostileFiles.zip(evidence.resolve("outer.zip"), "sets/big.zip", innerZip);
    Map<String, String> before = TreeSnapshot.of(evidence);
    IngestLimits smallMemory = new IngestLimits(1 << 20, 4, 200, 64L << 20, 1000);
    try (CaseFolder folder = TestCases.create(temp, "Spool")) {
      Path spools = Files.createDirectories(folder.cacheDir().resolve(Spool.INGEST));
      Path stale = Files.write(spools.resolve("member-1.spool"), new byte[] {1});
      IngestReport report = ingest(folder, smallMemory, EvidenceReader.READ_ONLY, evidence);
      assertEquals(0, report.failed(), report.failures().toString());
      Map<String, Item> items = byPath(folder);
      assertTrue(innerZip.length > 1 << 20, "the inner archive does not fit the memory limit");
      assertEquals(MultiHasher.of(innerZip), items.get("outer.zip!/sets/big.zip").hashes());
      assertFalse(items.get("outer.zip!/sets/big.zip").flags().contains("archive-not-expanded"));
      Item inner = items.get("outer.zip!/sets/big.zip!/p.jpg");
      assertEquals(MultiHasher.of(photo), inner.hashes());
      assertTrue(new ThumbnailStore(folder.thumbsDb()).get(inner.id()).isPresent());
      assertEquals(
          MultiHasher.of(filler), items.get("outer.zip!/sets/big.zip!/filler.bin").hashes());
      try (var left = Files.newDirectoryStream(spools, "member-*.spool")) {
        assertFalse(left.iterator().hasNext(), "spools are deleted, a stale one too");
      }
      assertFalse(Files.exists(stale));
    }
    assertEquals(before, TreeSnapshot.of(evidence), "nothing written beside the evidence");
  }

  @Test
  void largeFilesAreHashedStreamingOnDiskAndInArchives() throws Exception {
    byte[] big = new byte[3 << 20];
    new java.util.Random(3).nextBytes(big);
    Files.write(evidence.resolve("big.bin"), big);
    HostileFiles.zip(evidence.resolve("big.zip"), "inner/big.bin", big);
    IngestLimits smallMemory = new IngestLimits(1 << 20, 4, 200, 64L << 20, 1000);
    try (CaseFolder folder = TestCases.create(temp, "Large")) {
      IngestReport report = ingest(folder, smallMemory, EvidenceReader.READ_ONLY, evidence);
      assertEquals(0, report.failed(), report.failures().toString());
      Map<String, Item> items = byPath(folder);
      var expected = MultiHasher.of(big);
      assertEquals(expected, items.get("big.bin").hashes());
      assertEquals(expected, items.get("big.zip!/inner/big.bin").hashes());
      assertEquals(big.length, items.get("big.zip!/inner/big.bin").size());
    }
  }

  @Test
  void knownHashSetsCategoriseDuringIngest() throws Exception {
    byte[] known = SyntheticImages.jpeg(160, 120, 31, 0.8f, ExifSpec.camera(31, 1));
    Files.write(evidence.resolve("known.jpg"), known);
    Files.write(evidence.resolve("other.jpg"), SyntheticImages.jpeg(160, 120, 32, 0.8f, null));
    var hashes = MultiHasher.of(known);
    Path vics =
        Files.writeString(
            temp.resolve("set.json"),
            "{\"@odata.context\":\"http://github.com/ICMEC/ProjectVic/DataModels/2.0.xml/$metadata#Media\","
                + "\"value\":[{\"MediaID\":1,\"Category\":3,\"MD5\":\""
                + hashes.md5().toUpperCase()
                + "\",\"SHA1\":\""
                + hashes.sha1().toUpperCase()
                + "\",\"MediaSize\":"
                + known.length
                + "}]}");
    try (CaseFolder folder = TestCases.create(temp, "Known")) {
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      new org.veil.hashsets.HashSetImporter(folder.db(), audit)
          .importFile(
              "examiner-a", vics, "vic-test", org.veil.hashsets.HashSetImporter.Options.detect());
      ingest(folder, evidence);
      var tagging = new org.veil.tagging.Tagging(folder.db(), audit);
      Map<String, Item> items = byPath(folder);
      var category = tagging.categoryOf(items.get("known.jpg").id()).orElseThrow();
      assertEquals("3", category.value());
      assertEquals(org.veil.model.ItemCategory.fromHashSet("vic-test"), category.provenance());
      assertTrue(tagging.categoryOf(items.get("other.jpg").id()).isEmpty());
      assertTrue(AuditVerifier.verify(new AuditStore(folder.db())).intact());
    }
  }

  @Test
  void refusesACaseInsideTheEvidence() throws Exception {
    Files.write(evidence.resolve("a.jpg"), SyntheticImages.jpeg(64, 48, 1, 0.8f, null));
    try (CaseFolder inside = TestCases.create(evidence, "Inside")) {
      IOException error =
          org.junit.jupiter.api.Assertions.assertThrows(
              IOException.class, () -> ingest(inside, evidence));
      assertTrue(error.getMessage().contains("overlap"), error.getMessage());
      assertEquals(0, new ItemStore(inside.db()).all().size());
    }
  }

  @Test
  void videosGetAFirstFrameThumbnail() throws Exception {
    Path clip = evidence.resolve("clip.mp4");
    var encoder = org.jcodec.api.awt.AWTSequenceEncoder.createSequenceEncoder(clip.toFile(), 10);
    for (int n = 0; n < 10; n++) {
      encoder.encodeImage(SyntheticImages.draw(160, 120, n));
    }
    encoder.finish();
    try (CaseFolder folder = TestCases.create(temp, "Video")) {
      ingest(folder, evidence);
      Item item = byPath(folder).get("clip.mp4");
      assertEquals(ItemState.DONE, item.state(), item.error());
      assertEquals(MediaKind.VIDEO, item.kind());
      var thumb = new ThumbnailStore(folder.thumbsDb()).get(item.id()).orElseThrow();
      assertEquals(160, thumb.width());
      assertEquals(120, thumb.height());
      var seed = org.veil.media.VeilSeed.decode(thumb.veil());
      assertEquals(32, seed.width());
      assertEquals(24, seed.height());
    }
  }

  @Test
  void signaturesNotNamesDecideTheType() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    assertEquals("image/png", Signatures.identify(png, png.length).mime());
    assertTrue(Signatures.extensionMismatch("photo.jpg", Signatures.identify(png, png.length)));
    assertFalse(Signatures.extensionMismatch("photo.PNG", Signatures.identify(png, png.length)));
    assertFalse(Signatures.extensionMismatch("notes.txt", FileType.UNKNOWN));
    assertTrue(Signatures.extensionMismatch("clip.mp4", FileType.UNKNOWN));
    assertFalse(Signatures.extensionMismatch("a.zip!/dir/noext", FileType.UNKNOWN));
  }
}

package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.task.Cancellation;
import org.veil.testing.HostileFiles;

/** How a nested archive too large for memory is expanded, and what happens when it cannot be. */
class ArchiveSpoolTest {
  private static final IngestLimits ONE_MIB = new IngestLimits(1 << 20, 4, 200, 64L << 20, 1000);

  @TempDir Path temp;

  private static byte[] bigInnerZip() throws Exception {
    byte[] filler = new byte[(3 << 20) / 2];
    new java.util.Random(7).nextBytes(filler);
    return HostileFiles.zipBytes("filler.bin", filler, "note.txt", new byte[] {'h', 'i'});
  }

  private static Map<String, EvidenceEntry> expand(Path spoolDir, byte[] outer) throws Exception {
    List<EvidenceEntry> entries = new ArrayList<>();
    new ArchiveExpander(ONE_MIB, entries::add, new Cancellation(), spoolDir)
        .expand(
            "outer.zip",
            Signatures.identify(outer, outer.length),
            new SeekableInMemoryByteChannel(outer),
            1);
    return entries.stream().collect(Collectors.toMap(EvidenceEntry::path, Function.identity()));
  }

  @Test
  void aLargeNestedArchiveIsExpandedFromASpoolThatIsThenDeleted() throws Exception {
    byte[] inner = bigInnerZip();
    Path spools = Files.createDirectories(temp.resolve("cache"));
    Map<String, EvidenceEntry> entries = expand(spools, HostileFiles.zipBytes("big.zip", inner));
    assertTrue(entries.containsKey("outer.zip!/big.zip!/note.txt"), entries.keySet().toString());
    EvidenceEntry big = entries.get("outer.zip!/big.zip");
    assertEquals(MultiHasher.of(inner), ((EvidenceEntry.Streamed) big.content()).hashes());
    try (var left = Files.list(spools)) {
      assertEquals(0, left.count(), "the spool is deleted");
    }
  }

  @Test
  void withoutAWritableSpoolTheArchiveIsHashedAndSaysItWasNotExpanded() throws Exception {
    byte[] inner = bigInnerZip();
    Path notAFolder = Files.write(temp.resolve("cache"), new byte[] {1});
    Map<String, EvidenceEntry> entries =
        expand(notAFolder, HostileFiles.zipBytes("big.zip", inner));
    EvidenceEntry big = entries.get("outer.zip!/big.zip");
    assertEquals(MultiHasher.of(inner), ((EvidenceEntry.Streamed) big.content()).hashes());
    assertTrue(big.flags().contains("archive-not-expanded"), big.flags().toString());
    assertEquals(1, entries.size(), "no members: " + entries.keySet());
  }

  @Test
  void pastTheDepthLimitTheArchiveIsHashedAndFlagged() throws Exception {
    byte[] inner = bigInnerZip();
    List<EvidenceEntry> entries = new ArrayList<>();
    byte[] outer = HostileFiles.zipBytes("big.zip", inner);
    new ArchiveExpander(
            new IngestLimits(1 << 20, 1, 200, 64L << 20, 1000),
            entries::add,
            new Cancellation(),
            Files.createDirectories(temp.resolve("cache")))
        .expand(
            "outer.zip",
            Signatures.identify(outer, outer.length),
            new SeekableInMemoryByteChannel(outer),
            1);
    EvidenceEntry big =
        entries.stream().filter(e -> e.path().equals("outer.zip!/big.zip")).findFirst().get();
    assertTrue(big.flags().contains("archive-depth-limit"), big.flags().toString());
  }
}

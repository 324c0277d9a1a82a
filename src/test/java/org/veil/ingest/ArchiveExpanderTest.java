package org.veil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.veil.task.Cancellation;
import org.veil.testing.HostileFiles;

class ArchiveExpanderTest {
  @Test
  void aDamagedArchiveInsideAnArchiveIsFlaggedAndTheOuterOneGoesOn() throws Exception {
    byte[] inner = HostileFiles.zipBytes("x.txt", new byte[] {1, 2, 3}, "y.txt", new byte[] {4});
    byte[] damaged = Arrays.copyOf(inner, inner.length - 30); // the central directory is cut
    byte[] outer =
        HostileFiles.zipBytes("a/broken.zip", damaged, "b/after.txt", new byte[] {'o', 'k'});
    List<EvidenceEntry> entries = new ArrayList<>();
    new ArchiveExpander(IngestLimits.DEFAULT, entries::add, new Cancellation())
        .expand(
            "outer.zip",
            Signatures.identify(outer, outer.length),
            new SeekableInMemoryByteChannel(outer),
            1);
    Map<String, EvidenceEntry> byPath =
        entries.stream().collect(Collectors.toMap(EvidenceEntry::path, Function.identity()));
    assertTrue(byPath.containsKey("outer.zip!/b/after.txt"), "the member after it is listed");
    EvidenceEntry broken = byPath.get("outer.zip!/a/broken.zip");
    assertTrue(broken.flags().contains("archive-corrupt"), broken.flags().toString());
    EvidenceEntry why = byPath.get("outer.zip!/a/broken.zip!/");
    assertTrue(why.failure().contains("members not listed"), why.failure());
    assertEquals(3, entries.size(), byPath.keySet().toString());
  }

  @Test
  void twoMembersOfOneNameAreTwoItems() throws Exception {
    byte[] outer = HostileFiles.zipBytes("x.txt", new byte[] {'a'}, "x.txt", new byte[] {'b', 'b'});
    List<EvidenceEntry> entries = new ArrayList<>();
    var outcome =
        new ArchiveExpander(IngestLimits.DEFAULT, entries::add, new Cancellation())
            .expand(
                "dup.zip",
                Signatures.identify(outer, outer.length),
                new SeekableInMemoryByteChannel(outer),
                1);
    assertEquals(
        List.of("dup.zip!/x.txt", "dup.zip!/x.txt [duplicate 2]"),
        entries.stream().map(EvidenceEntry::path).toList());
    assertEquals(1, ((EvidenceEntry.InMemory) entries.get(0).content()).bytes().length);
    assertEquals(2, ((EvidenceEntry.InMemory) entries.get(1).content()).bytes().length);
    assertTrue(outcome.flags().contains("duplicate-name"), outcome.flags().toString());
  }
}

package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.exif.MetadataReader;
import org.veil.model.ExifSummary;
import org.veil.synth.CorpusSpec.SizeShare;

class SyntheticCorpusTest {
  @TempDir Path first;
  @TempDir Path second;

  private static final CorpusSpec SPEC =
      CorpusSpec.builder(16, 99)
          .sizes(List.of(SizeShare.jpeg(200, 150, 0.75, 0.8f), SizeShare.png(96, 64, 0.25)))
          .orientations(List.of(1, 6, 3))
          .exactDuplicates(2)
          .nearDuplicates(3)
          .aiClues(true)
          .subfolders(2)
          .build();

  @Test
  void writesWhatWasAskedForAndTheSameBytesTwice() throws IOException {
    List<Path> files = SyntheticCorpus.generate(first, SPEC);
    List<Path> again = SyntheticCorpus.generate(second, SPEC);
    assertEquals(16, files.size());
    assertEquals(6, SPEC.originals());
    for (int i = 0; i < files.size(); i++) {
      assertEquals(first.relativize(files.get(i)), second.relativize(again.get(i)));
      assertArrayEquals(Files.readAllBytes(files.get(i)), Files.readAllBytes(again.get(i)));
    }
    Map<String, Long> byFolder =
        files.stream()
            .collect(
                Collectors.groupingBy(
                    f -> first.relativize(f).getName(0).toString(), Collectors.counting()));
    assertEquals(
        Map.of("folder-01", 3L, "folder-02", 3L, "duplicates", 2L, "near", 3L, "ai", 5L), byFolder);
    long pngs = files.stream().filter(f -> f.toString().endsWith(".png")).count();
    assertEquals(1 + 2, pngs); // 6 - round(0.75 * 6) originals, plus two AI PNG samples
  }

  @Test
  void duplicatesAreExactCopiesAndOriginalsCarryExif() throws IOException {
    List<Path> files = SyntheticCorpus.generate(first, SPEC);
    for (Path copy :
        files.stream().filter(f -> f.startsWith(first.resolve("duplicates"))).toList()) {
      String original = copy.getFileName().toString().replaceAll("-copy\\d*", "");
      Path source =
          files.stream().filter(f -> f.getFileName().toString().equals(original)).findFirst().get();
      assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      ExifSummary summary = MetadataReader.read(file).summary();
      boolean original = file.getParent().getFileName().toString().startsWith("folder-");
      if (original && name.endsWith(".jpg")) {
        assertTrue(summary.hasGps(), name);
        assertTrue(summary.takenAt().endsWith("+09:00"), summary.takenAt());
        assertTrue(List.of(1, 6, 3).contains(summary.orientation()), name);
      }
      if (file.startsWith(first.resolve("near"))) {
        assertEquals(null, summary.make(), "near duplicates are sent without EXIF: " + name);
      }
    }
  }

  @Test
  void benchmarkMixIsSeventyThirty() {
    CorpusSpec spec = CorpusSpec.ingestBenchmark(10, 1);
    assertEquals(10, spec.originals());
    assertEquals(2, spec.sizes().size());
    assertEquals(1280, spec.sizes().get(0).width());
    assertEquals(0.3, spec.sizes().get(1).share());
  }

  @Test
  void refusesACountTooSmallForTheDuplicates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CorpusSpec.builder(3, 1).exactDuplicates(2).nearDuplicates(1).build());
  }
}

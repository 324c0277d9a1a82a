package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.exif.MetadataReader;
import org.veil.model.Metadata;

/** Each sample gives exactly its clue, from bytes and from a file. */
class AiClueSamplesTest {
  @TempDir Path dir;

  @Test
  void eachSampleGivesItsClue() throws IOException {
    List<AiClueSamples.Sample> samples = AiClueSamples.all(5);
    assertEquals(CorpusSpec.AI_SAMPLES, samples.size());
    for (AiClueSamples.Sample sample : samples) {
      Metadata fromBytes = MetadataReader.read(sample.bytes(), sample.fileName());
      assertEquals(
          List.of(sample.expectedClue()), fromBytes.summary().aiClues(), sample.fileName());
      assertEquals(List.of(), fromBytes.problems(), sample.fileName());
      Path file = dir.resolve(sample.fileName());
      Files.write(file, sample.bytes());
      assertEquals(fromBytes, MetadataReader.read(file), sample.fileName());
    }
  }

  @Test
  void xmpSampleIsSeenByTheXmpParserAndTheRawScan() {
    Metadata metadata = MetadataReader.read(AiClueSamples.jpegWithDigitalSourceType(1), "dst.jpg");
    assertTrue(
        metadata.tags().stream()
            .anyMatch(
                t ->
                    t.directory().equals(MetadataReader.XMP_PROPERTIES)
                        && t.tag().equals("Iptc4xmpExt:DigitalSourceType")
                        && t.value().equals(AiClueSamples.DIGITAL_SOURCE_TYPE_AI)),
        metadata.tags().toString());
  }

  @Test
  void parametersTextIsAmongTheTags() {
    Metadata metadata = MetadataReader.read(AiClueSamples.pngWithParameters(1), "sd.png");
    assertTrue(
        metadata.tags().stream().anyMatch(t -> t.value().contains("Negative prompt: blurry")),
        metadata.tags().toString());
  }
}

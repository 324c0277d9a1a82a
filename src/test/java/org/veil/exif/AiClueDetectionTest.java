package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.Metadata;
import org.veil.synth.AiClueSamples;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;

/** Clue rules beyond the one-per-sample checks in the synth tests. */
class AiClueDetectionTest {
  @Test
  void brokenXmpStillGivesTheClueThroughTheRawScan() {
    byte[] jpeg = AiClueSamples.jpegWithDigitalSourceType(2);
    replaceSameLength(jpeg, "</rdf:RDF>", "          "); // the XMP parser now rejects it
    replaceSameLength(jpeg, "/trainedAlgorithmicMedia", "/algorithmicMedia       ");
    Metadata metadata = MetadataReader.read(jpeg, "broken.jpg");
    assertTrue(
        metadata.tags().stream()
            .noneMatch(t -> t.directory().equals(MetadataReader.XMP_PROPERTIES)),
        "the XMP parser was expected to fail: " + metadata.tags());
    assertEquals(List.of("IPTC DigitalSourceType: algorithmicMedia"), metadata.summary().aiClues());
  }

  @Test
  void digitalCaptureIsNotAClue() {
    byte[] jpeg = AiClueSamples.jpegWithDigitalSourceType(2);
    replaceSameLength(jpeg, "trainedAlgorithmicMedia\"", "digitalCapture\"         ");
    Metadata metadata = MetadataReader.read(jpeg, "camera.jpg");
    assertEquals(List.of(), metadata.summary().aiClues());
  }

  @Test
  void softwareNamingAGeneratorEvenWithCameraFields() {
    byte[] jpeg =
        SyntheticImages.jpeg(
            64, 48, 1, 0.8f, ExifSpec.builder().make("Canon").software("Midjourney v6").build());
    assertEquals(
        List.of("Software names a generator: Midjourney"),
        MetadataReader.read(jpeg, "mj.jpg").summary().aiClues());
  }

  @Test
  void jumbfWithoutTheC2paLabelIsNotAManifest() {
    byte[] jpeg = AiClueSamples.jpegWithC2pa(4);
    replaceSameLength(jpeg, "c2pa\0", "xxxx\0");
    assertEquals(List.of(), MetadataReader.read(jpeg, "jumbf.jpg").summary().aiClues());
  }

  private static void replaceSameLength(byte[] bytes, String from, String to) {
    byte[] needle = from.getBytes(StandardCharsets.ISO_8859_1);
    byte[] replacement = to.getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(needle.length, replacement.length, "same length keeps segment sizes valid");
    int replaced = 0;
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      System.arraycopy(replacement, 0, bytes, i, replacement.length);
      replaced++;
    }
    assertTrue(replaced > 0, "found " + from);
  }
}

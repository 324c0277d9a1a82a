package org.veil.synth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Benign pictures carrying the marks that generation tools and content-credential signers leave, so
 * tests and the demo case can show each AI-generation clue without any generated content.
 */
public final class AiClueSamples {
  public static final String DIGITAL_SOURCE_TYPE_AI =
      "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

  private static final int WIDTH = 512;
  private static final int HEIGHT = 384;

  private AiClueSamples() {}

  /** One sample file: a name, its bytes, and the clue MetadataReader should report. */
  public record Sample(String fileName, byte[] bytes, String expectedClue) {}

  /** Every sample, in a fixed order. */
  public static List<Sample> all(long seed) {
    return List.of(
        new Sample(
            "sd-parameters.png",
            pngWithParameters(seed),
            "PNG text chunk 'parameters' (Stable Diffusion)"),
        new Sample(
            "xmp-digital-source-type.jpg",
            jpegWithDigitalSourceType(seed + 1),
            "IPTC DigitalSourceType: trainedAlgorithmicMedia"),
        new Sample(
            "c2pa-cabx.png", pngWithC2pa(seed + 2), "C2PA manifest present (PNG caBX chunk)"),
        new Sample(
            "c2pa-app11.jpg", jpegWithC2pa(seed + 3), "C2PA manifest present (JPEG APP11 JUMBF)"),
        new Sample(
            "software-stable-diffusion.jpg",
            jpegWithSoftware(seed + 4, "Stable Diffusion"),
            "Software names a generator: Stable Diffusion"));
  }

  /** A PNG with an AUTOMATIC1111-style {@code parameters} tEXt chunk. */
  public static byte[] pngWithParameters(long seed) {
    String parameters =
        "a lighthouse on a rocky coast at dusk, oil painting\n"
            + "Negative prompt: blurry, low quality\n"
            + "Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: "
            + Math.abs(seed % 4_294_967_296L)
            + ", Size: 512x384, Model: v1-5-pruned-emaonly";
    byte[] png = SyntheticImages.png(SyntheticImages.draw(WIDTH, HEIGHT, seed));
    return ContainerEdits.insertPngChunk(
        png, "tEXt", ContainerEdits.text("parameters", parameters));
  }

  /** A JPEG whose XMP says Iptc4xmpExt:DigitalSourceType = trainedAlgorithmicMedia. */
  public static byte[] jpegWithDigitalSourceType(long seed) {
    String xmp =
        """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
            Iptc4xmpExt:DigitalSourceType="%s"/>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
            .formatted(DIGITAL_SOURCE_TYPE_AI);
    byte[] prefix = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
    byte[] payload =
        ByteBuffer.allocate(prefix.length + packet.length).put(prefix).put(packet).array();
    byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.draw(WIDTH, HEIGHT, seed), 0.85f);
    return ContainerEdits.insertJpegSegment(jpeg, 0xe1, payload);
  }

  /** A PNG with a {@code caBX} chunk holding a minimal (unsigned, fake) C2PA JUMBF box. */
  public static byte[] pngWithC2pa(long seed) {
    byte[] png = SyntheticImages.png(SyntheticImages.draw(WIDTH, HEIGHT, seed));
    return ContainerEdits.insertPngChunk(png, "caBX", c2paJumbf());
  }

  /** A JPEG with an APP11 JPEG-XT segment carrying the same minimal C2PA JUMBF box. */
  public static byte[] jpegWithC2pa(long seed) {
    byte[] jumbf = c2paJumbf();
    // JPEG XT header: common identifier "JP", box instance 1, packet sequence 1.
    ByteBuffer payload = ByteBuffer.allocate(8 + jumbf.length);
    payload.put((byte) 'J').put((byte) 'P').putShort((short) 1).putInt(1).put(jumbf);
    byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.draw(WIDTH, HEIGHT, seed), 0.85f);
    return ContainerEdits.insertJpegSegment(jpeg, 0xeb, payload.array());
  }

  /** A JPEG whose EXIF Software names a generator. */
  public static byte[] jpegWithSoftware(long seed, String software) {
    return SyntheticImages.jpeg(
        WIDTH, HEIGHT, seed, 0.85f, ExifSpec.builder().software(software).build());
  }

  /**
   * A JUMBF superbox ('jumb') whose description box ('jumd') has the C2PA manifest-store UUID and
   * the label "c2pa"; no manifest inside, which is enough for a presence check and signs nothing.
   */
  static byte[] c2paJumbf() {
    byte[] label = "c2pa\0".getBytes(StandardCharsets.ISO_8859_1);
    int jumdLength = 8 + 16 + 1 + label.length;
    ByteBuffer box = ByteBuffer.allocate(8 + jumdLength);
    box.putInt(8 + jumdLength).put("jumb".getBytes(StandardCharsets.ISO_8859_1));
    box.putInt(jumdLength).put("jumd".getBytes(StandardCharsets.ISO_8859_1));
    box.putInt(0x63327061).putShort((short) 0x0011).putShort((short) 0x0010); // "c2pa" UUID
    box.put(new byte[] {(byte) 0x80, 0x00, 0x00, (byte) 0xaa, 0x00, 0x38, (byte) 0x9b, 0x71});
    box.put((byte) 0x03); // toggles: requestable, label present
    box.put(label);
    return box.array();
  }
}

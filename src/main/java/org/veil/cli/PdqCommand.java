package org.veil.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.media.ImageDecoder;
import org.veil.media.MediaException;
import org.veil.media.Pdq;
import org.veil.model.DecodedImage;
import org.veil.model.PdqHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil pdq FILE... [--dihedral] [--ingest-size] [--json]}: PDQ hashes of pictures, no case
 * needed. Files are opened read-only.
 */
@Command(
    name = "pdq",
    mixinStandardHelpOptions = true,
    description = "PDQ perceptual hashes of pictures (no case needed).")
public final class PdqCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pictures to hash.")
  List<Path> files;

  @Option(
      names = "--dihedral",
      description = "Also the hashes of the 7 rotations and mirror images, one line each.")
  boolean dihedral;

  @Option(
      names = "--ingest-size",
      description =
          "Hash the subsampled decode the ingest stores (shorter side >= "
              + ImageDecoder.INGEST_MIN_SIDE
              + " px) instead of full resolution.")
  boolean ingestSize;

  @Option(names = "--json", description = "JSON Lines: {file, hash, quality[, variant]}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = 0;
    for (Path file : files) {
      List<PdqHash> hashes;
      try {
        DecodedImage decoded =
            ImageDecoder.decode(file, ingestSize ? ImageDecoder.INGEST_MIN_SIDE : 0);
        hashes = dihedral ? Pdq.dihedral(decoded.image()) : List.of(Pdq.hash(decoded.image()));
      } catch (MediaException e) {
        err.println("veil pdq: " + file + ": " + e.getMessage());
        err.flush();
        exit = 1;
        continue;
      } catch (OutOfMemoryError e) {
        // Full-resolution hashing needs two float copies of the picture; the next file may fit.
        err.println(
            "veil pdq: " + file + ": not enough memory at full resolution; try --ingest-size");
        err.flush();
        exit = 1;
        continue;
      }
      for (int k = 0; k < hashes.size(); k++) {
        String variant = dihedral ? Pdq.DIHEDRAL_VARIANTS.get(k) : null;
        if (json) {
          writeJson(out, file, hashes.get(k), variant);
        } else {
          out.println(
              hashes.get(k).hex()
                  + " "
                  + hashes.get(k).quality()
                  + (variant == null ? "" : " " + variant)
                  + " "
                  + file);
        }
      }
      out.flush();
    }
    return exit;
  }

  private static void writeJson(PrintWriter out, Path file, PdqHash hash, String variant) {
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      if (variant != null) {
        g.writeStringField("variant", variant);
      }
      g.writeStringField("hash", hash.hex());
      g.writeNumberField("quality", hash.quality());
      g.writeEndObject();
      g.close();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

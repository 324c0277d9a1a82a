package org.veil.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.exif.MetadataReader;
import org.veil.model.ExifSummary;
import org.veil.model.Metadata;
import org.veil.model.MetadataTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil metadata FILE... [--json]}: every metadata tag, the summary and the AI-generation
 * clues of files, no case needed. Files are opened read-only.
 */
@Command(
    name = "metadata",
    mixinStandardHelpOptions = true,
    description = "Show the metadata and AI-generation clues of files (no case needed).")
public final class MetadataCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per file (JSON Lines).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println(
            "veil metadata: "
                + (Files.exists(file) ? "not a regular file: " : "no such file: ")
                + file);
        err.flush();
        exit = 1;
        continue;
      }
      Metadata metadata = MetadataReader.read(file);
      if (json) {
        writeJson(out, file, metadata);
        // the JSON contract is file/summary/tags; what could not be read goes to stderr
        for (String problem : metadata.problems()) {
          err.println("veil metadata: " + file + ": " + problem);
        }
        err.flush();
      } else {
        writeText(out, file, metadata);
      }
      out.flush();
    }
    return exit;
  }

  /** {@code {"file", "summary": {...}, "tags": [...]}} on one line. */
  static void writeJson(PrintWriter out, Path file, Metadata metadata) {
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      SummaryJson.writeObject(g, "summary", metadata.summary());
      g.writeArrayFieldStart("tags");
      for (MetadataTag tag : metadata.tags()) {
        g.writeStartObject();
        g.writeStringField("directory", tag.directory());
        g.writeStringField("tag", tag.tag());
        g.writeNumberField("id", tag.id());
        g.writeStringField("value", tag.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.close();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeText(PrintWriter out, Path file, Metadata metadata) {
    ExifSummary s = metadata.summary();
    out.println("== " + file);
    line(out, "Make", s.make());
    line(out, "Model", s.model());
    line(out, "Body serial", s.bodySerial());
    line(out, "Lens", s.lens());
    line(out, "Software", s.software());
    line(out, "Taken at", s.takenAt());
    if (s.hasGps()) {
      line(
          out,
          "GPS",
          s.gpsLat() + ", " + s.gpsLon() + (s.gpsAlt() == null ? "" : ", " + s.gpsAlt() + " m"));
    }
    line(out, "Orientation", s.orientation() == null ? null : s.orientation().toString());
    if (s.width() != null && s.height() != null) {
      line(out, "Pixels", s.width() + " x " + s.height());
    }
    for (String clue : s.aiClues()) {
      line(out, "AI clue", clue);
    }
    for (String problem : metadata.problems()) {
      line(out, "Problem", problem);
    }
    String directory = null;
    for (MetadataTag tag : metadata.tags()) {
      if (!tag.directory().equals(directory)) {
        directory = tag.directory();
        out.println("  [" + directory + "]");
      }
      out.printf("    %s (0x%04x) = %s%n", tag.tag(), tag.id(), tag.value());
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null) {
      out.printf("  %-12s %s%n", label + ":", value);
    }
  }
}

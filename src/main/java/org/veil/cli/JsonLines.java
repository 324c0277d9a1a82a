package org.veil.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Collection;

/** One JSON object per line, flushed per line so pipes see results as they come. */
public final class JsonLines implements AutoCloseable {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final OutputStream out;
  private final JsonGenerator json;

  public JsonLines(PrintStream out) {
    this.out = out;
    try {
      this.json = FACTORY.createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null); // lines, not space-separated values
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the fields {@code body} adds as one object on its own line. */
  public void line(ObjectBody body) {
    try {
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
      json.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of one object. */
  @FunctionalInterface
  public interface ObjectBody {
    void write(JsonGenerator json) throws IOException;
  }

  public static void field(JsonGenerator json, String name, String value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }

  public static void field(JsonGenerator json, String name, Number value) throws IOException {
    switch (value) {
      case null -> json.writeNullField(name);
      case Integer i -> json.writeNumberField(name, i);
      case Long l -> json.writeNumberField(name, l);
      default -> json.writeNumberField(name, value.doubleValue());
    }
  }

  public static void field(JsonGenerator json, String name, Collection<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.veil.ui.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled coarse world outline the map draws (no tiles, nothing fetched): land masses and a few
 * inland seas, a few hundred points in all, from {@code world-outline.txt} beside this class.
 */
public final class WorldOutline {
  /** One closed ring in degrees; {@code land} false for an inland sea drawn over the land. */
  public record Shape(String name, boolean land, double[] lon, double[] lat) {}

  private static final String RESOURCE = "world-outline.txt";
  private static List<Shape> shapes;

  private WorldOutline() {}

  /** The shapes, read once. */
  public static synchronized List<Shape> shapes() {
    if (shapes == null) {
      try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the world outline is missing from the application");
        }
        shapes = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shapes;
  }

  /**
   * Reads {@code land|water <name>: lon,lat; lon,lat; ...} lines; {@code #} starts a comment.
   *
   * @throws IllegalArgumentException naming the line that is not a shape
   */
  static List<Shape> parse(String text) {
    List<Shape> out = new ArrayList<>();
    int number = 0;
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        out.add(shape(line, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static Shape shape(String line, int number) {
    int colon = line.indexOf(':');
    int space = line.indexOf(' ');
    if (colon < 0 || space < 0 || space > colon) {
      throw new IllegalArgumentException("world outline line " + number + ": no kind and name");
    }
    String kind = line.substring(0, space);
    if (!kind.equals("land") && !kind.equals("water")) {
      throw new IllegalArgumentException("world outline line " + number + ": unknown " + kind);
    }
    String[] points = line.substring(colon + 1).split(";");
    if (points.length < 4) {
      throw new IllegalArgumentException("world outline line " + number + ": too few points");
    }
    double[] lon = new double[points.length];
    double[] lat = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      String[] pair = points[i].strip().split(",");
      try {
        lon[i] = Double.parseDouble(pair[0].strip());
        lat[i] = Double.parseDouble(pair[1].strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "world outline line " + number + ": bad point " + points[i].strip());
      }
      if (!(Math.abs(lon[i]) <= 180 && Math.abs(lat[i]) <= 90)) {
        throw new IllegalArgumentException(
            "world outline line " + number + ": off the globe " + points[i].strip());
      }
    }
    return new Shape(line.substring(space + 1, colon).strip(), kind.equals("land"), lon, lat);
  }
}

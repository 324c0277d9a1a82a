package org.veil.ui.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.model.ItemPlace;

/**
 * The map: GPS-tagged items on an equirectangular projection of the bundled outline, zoomed and
 * panned, points gathered into clusters by their distance on screen so a dense town stays readable.
 */
public final class MapViewModel {
  /**
   * Equirectangular: x grows with longitude, y with latitude southwards, one scale for both.
   *
   * @param pixelsPerDegree the zoom
   */
  public record Projection(
      double centerLon, double centerLat, double pixelsPerDegree, double width, double height) {
    public double x(double lon) {
      return width / 2 + (lon - centerLon) * pixelsPerDegree;
    }

    public double y(double lat) {
      return height / 2 - (lat - centerLat) * pixelsPerDegree;
    }

    public double lon(double x) {
      return centerLon + (x - width / 2) / pixelsPerDegree;
    }

    public double lat(double y) {
      return centerLat - (y - height / 2) / pixelsPerDegree;
    }

    /** The whole world in a {@code width} × {@code height} view. */
    public static Projection world(double width, double height) {
      return new Projection(0, 0, Math.min(width / 360, height / 180), width, height);
    }
  }

  /** Items drawn as one marker: its position on screen is the mean of theirs. */
  public record Cluster(double x, double y, List<Long> itemIds) {
    public int count() {
      return itemIds.size();
    }
  }

  /** Markers closer than this on screen become one cluster. */
  public static final double CLUSTER_RADIUS = 24;

  static final double MAX_PIXELS_PER_DEGREE = 200_000; // about a street

  private List<ItemPlace> places = List.of();
  private final ReadOnlyObjectWrapper<Projection> projection =
      new ReadOnlyObjectWrapper<>(Projection.world(720, 360));
  private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();

  public void load(List<ItemPlace> loaded) {
    places = List.copyOf(loaded);
    version.set(version.get() + 1);
  }

  public List<ItemPlace> places() {
    return places;
  }

  public ReadOnlyObjectProperty<Projection> projectionProperty() {
    return projection.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  public Projection projection() {
    return projection.get();
  }

  /** The view's size changed: keep the centre and zoom, never smaller than the whole world. */
  public void resize(double width, double height) {
    Projection p = projection.get();
    double min = Projection.world(width, height).pixelsPerDegree();
    set(
        new Projection(
            p.centerLon(), p.centerLat(), Math.max(min, p.pixelsPerDegree()), width, height));
  }

  public void showWorld() {
    Projection p = projection.get();
    set(Projection.world(p.width(), p.height()));
  }

  /** Fits every item with a little margin (the world when there are none). */
  public void fitItems() {
    Projection p = projection.get();
    if (places.isEmpty()) {
      showWorld();
      return;
    }
    double minLon = 180;
    double maxLon = -180;
    double minLat = 90;
    double maxLat = -90;
    for (ItemPlace place : places) {
      minLon = Math.min(minLon, place.lon());
      maxLon = Math.max(maxLon, place.lon());
      minLat = Math.min(minLat, place.lat());
      maxLat = Math.max(maxLat, place.lat());
    }
    double spanLon = Math.max(0.02, maxLon - minLon) * 1.3;
    double spanLat = Math.max(0.02, maxLat - minLat) * 1.3;
    double scale = Math.min(p.width() / spanLon, p.height() / spanLat);
    set(new Projection((minLon + maxLon) / 2, (minLat + maxLat) / 2, scale, p.width(), p.height()));
  }

  /** Zooms by {@code factor} (above 1 in) keeping the place under ({@code x}, {@code y}) still. */
  public void zoomAt(double factor, double x, double y) {
    Projection p = projection.get();
    double lon = p.lon(x);
    double lat = p.lat(y);
    double min = Projection.world(p.width(), p.height()).pixelsPerDegree();
    double scale = Math.clamp(p.pixelsPerDegree() * factor, min, MAX_PIXELS_PER_DEGREE);
    double centerLon = lon - (x - p.width() / 2) / scale;
    double centerLat = lat + (y - p.height() / 2) / scale;
    set(new Projection(centerLon, centerLat, scale, p.width(), p.height()));
  }

  /** Drags the map by a distance on screen. */
  public void pan(double dx, double dy) {
    Projection p = projection.get();
    set(
        new Projection(
            p.centerLon() - dx / p.pixelsPerDegree(),
            p.centerLat() + dy / p.pixelsPerDegree(),
            p.pixelsPerDegree(),
            p.width(),
            p.height()));
  }

  private void set(Projection p) {
    // the centre stays on the globe, so the map can never be dragged out of sight
    projection.set(
        new Projection(
            Math.clamp(p.centerLon(), -180, 180),
            Math.clamp(p.centerLat(), -90, 90),
            p.pixelsPerDegree(),
            p.width(),
            p.height()));
  }

  /** The clusters on screen now. */
  public List<Cluster> clusters() {
    return cluster(places, projection.get(), CLUSTER_RADIUS);
  }

  /**
   * Greedy clustering on a grid of {@code radius} cells: each visible point joins the first cluster
   * whose first point is within {@code radius}, else starts one. Points in id order, so the same
   * view always gives the same clusters.
   */
  static List<Cluster> cluster(List<ItemPlace> places, Projection p, double radius) {
    record Seed(double x, double y, List<Long> ids, double[] sum) {}
    Map<Long, List<Seed>> grid = new HashMap<>();
    List<Seed> seeds = new ArrayList<>();
    for (ItemPlace place : places) {
      double x = p.x(place.lon());
      double y = p.y(place.lat());
      if (x < -radius || y < -radius || x > p.width() + radius || y > p.height() + radius) {
        continue;
      }
      long cx = (long) Math.floor(x / radius);
      long cy = (long) Math.floor(y / radius);
      Seed found = null;
      for (long i = cx - 1; i <= cx + 1 && found == null; i++) {
        for (long j = cy - 1; j <= cy + 1 && found == null; j++) {
          for (Seed s : grid.getOrDefault(key(i, j), List.of())) {
            if (Math.hypot(s.x() - x, s.y() - y) <= radius) {
              found = s;
              break;
            }
          }
        }
      }
      if (found == null) {
        found = new Seed(x, y, new ArrayList<>(), new double[2]);
        seeds.add(found);
        grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(found);
      }
      found.ids().add(place.itemId());
      found.sum()[0] += x;
      found.sum()[1] += y;
    }
    List<Cluster> out = new ArrayList<>(seeds.size());
    for (Seed s : seeds) {
      int n = s.ids().size();
      out.add(new Cluster(s.sum()[0] / n, s.sum()[1] / n, List.copyOf(s.ids())));
    }
    return out;
  }

  private static long key(long i, long j) {
    return (i << 32) ^ (j & 0xffffffffL);
  }

  /** The marker under a click, nearest first, within its drawn size. */
  public Optional<Cluster> hit(double x, double y) {
    Cluster best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Cluster c : clusters()) {
      double d = Math.hypot(c.x() - x, c.y() - y);
      if (d <= markerRadius(c.count()) + 3 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A marker's radius: grows with the count, slowly. */
  public static double markerRadius(int count) {
    return count <= 1 ? 6 : Math.min(20, 9 + 3 * Math.log10(count) * 2);
  }
}

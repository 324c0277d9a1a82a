package org.veil.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.ItemPlace;

class MapViewModelTest {
  private static final double EPS = 1e-9;

  @Test
  void equirectangularProjectionAndBack() {
    MapViewModel.Projection world = MapViewModel.Projection.world(720, 360);
    assertEquals(2, world.pixelsPerDegree(), EPS);
    assertEquals(360, world.x(0), EPS);
    assertEquals(180, world.y(0), EPS);
    assertEquals(0, world.x(-180), EPS);
    assertEquals(0, world.y(90), EPS);
    assertEquals(720, world.x(180), EPS);
    assertEquals(360, world.y(-90), EPS);
    assertEquals(127.0 * 2 + 360, world.x(127), EPS);
    assertEquals(180 - 37.5 * 2, world.y(37.5), EPS);
    assertEquals(127, world.lon(world.x(127)), EPS);
    assertEquals(37.5, world.lat(world.y(37.5)), EPS);
    assertEquals(1, MapViewModel.Projection.world(360, 400).pixelsPerDegree(), EPS, "fits width");
  }

  @Test
  void zoomKeepsThePlaceUnderThePointerAndNeverShowsLessThanTheWorld() {
    MapViewModel model = new MapViewModel();
    model.resize(720, 360);
    double x = model.projection().x(127);
    double y = model.projection().y(37.5);
    model.zoomAt(8, x, y);
    assertEquals(16, model.projection().pixelsPerDegree(), EPS);
    assertEquals(x, model.projection().x(127), 1e-6);
    assertEquals(y, model.projection().y(37.5), 1e-6);
    model.zoomAt(0.0001, 10, 10);
    assertEquals(2, model.projection().pixelsPerDegree(), EPS);
    model.pan(1e6, -1e6);
    assertEquals(-180, model.projection().centerLon(), EPS, "the centre stays on the globe");
    assertEquals(-90, model.projection().centerLat(), EPS);
    model.showWorld();
    assertEquals(0, model.projection().centerLon(), EPS);
  }

  @Test
  void nearbyItemsClusterByScreenDistanceAndSplitWhenZoomedIn() {
    List<ItemPlace> places =
        List.of(
            new ItemPlace(1, 37.56, 126.97), // Seoul
            new ItemPlace(2, 37.50, 127.03),
            new ItemPlace(3, 35.10, 129.04), // Busan
            new ItemPlace(4, 51.50, -0.12), // London
            new ItemPlace(5, 37.57, 126.98));
    MapViewModel model = new MapViewModel();
    model.load(places);
    model.resize(720, 360);
    List<MapViewModel.Cluster> world = model.clusters();
    assertEquals(2, world.size(), "Korea and London, 2 px per degree");
    MapViewModel.Cluster korea = world.getFirst();
    assertEquals(List.of(1L, 2L, 3L, 5L), korea.itemIds());
    assertEquals(4, korea.count());
    double meanX =
        (model.projection().x(126.97)
                + model.projection().x(127.03)
                + model.projection().x(129.04)
                + model.projection().x(126.98))
            / 4;
    assertEquals(meanX, korea.x(), 1e-6, "drawn at the mean of its members");

    model.fitItems();
    model.zoomAt(200, model.projection().x(127), model.projection().y(37.55));
    List<MapViewModel.Cluster> close = model.clusters();
    assertTrue(close.stream().noneMatch(c -> c.itemIds().contains(4L)), "London is off screen");
    assertTrue(close.stream().noneMatch(c -> c.itemIds().contains(3L)), "so is Busan");
    assertEquals(2, close.size(), "item 2 is its own marker, 1 and 5 still together");
    assertEquals(List.of(1L, 5L), close.getFirst().itemIds());
    assertEquals(model.clusters(), close, "the same view always gives the same clusters");
  }

  @Test
  void aClickFindsTheMarkerUnderIt() {
    MapViewModel model = new MapViewModel();
    model.load(List.of(new ItemPlace(7, 0, 0), new ItemPlace(8, 60, 100)));
    model.resize(720, 360);
    assertEquals(List.of(7L), model.hit(362, 181).orElseThrow().itemIds());
    assertFalse(model.hit(100, 300).isPresent());
    assertEquals(
        List.of(8L),
        model.hit(model.projection().x(100), model.projection().y(60)).orElseThrow().itemIds());
  }

  @Test
  void fitItemsFramesThemAndAnEmptyCaseShowsTheWorld() {
    MapViewModel model = new MapViewModel();
    model.resize(800, 400);
    model.fitItems();
    assertEquals(MapViewModel.Projection.world(800, 400), model.projection());
    model.load(List.of(new ItemPlace(1, 37.5, 127.0), new ItemPlace(2, 35.1, 129.0)));
    model.fitItems();
    MapViewModel.Projection p = model.projection();
    for (double[] at : new double[][] {{37.5, 127.0}, {35.1, 129.0}}) {
      assertTrue(p.x(at[1]) > 0 && p.x(at[1]) < 800 && p.y(at[0]) > 0 && p.y(at[0]) < 400);
    }
  }

  @Test
  void theBundledOutlineIsReadAndBrokenLinesAreNamed() {
    List<WorldOutline.Shape> shapes = WorldOutline.shapes();
    assertTrue(shapes.size() >= 30);
    assertTrue(shapes.stream().anyMatch(s -> s.name().equals("Eurasia") && s.land()));
    assertTrue(shapes.stream().anyMatch(s -> !s.land()), "inland seas");
    for (WorldOutline.Shape s : shapes) {
      int n = s.lon().length;
      assertEquals(s.lon()[0], s.lon()[n - 1], EPS, s.name() + " is closed");
      assertEquals(s.lat()[0], s.lat()[n - 1], EPS, s.name() + " is closed");
    }
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WorldOutline.parse(
                    "# ok\nland A: 0,0; 1,0; 1,1; 0,0\nland B: 0,0; 200,0; 1,1; 0,0"));
    assertTrue(error.getMessage().contains("line 3"), error.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> WorldOutline.parse("sea X: 0,0; 1,1; 2,2; 0,0"));
    assertThrows(IllegalArgumentException.class, () -> WorldOutline.parse("land X: 0,0; 1,1; 0,0"));
    assertThrows(
        IllegalArgumentException.class, () -> WorldOutline.parse("land X: 0,0; a,b; 1,1; 0,0"));
    assertThrows(IllegalArgumentException.class, () -> WorldOutline.parse("land X 0,0"));
  }
}

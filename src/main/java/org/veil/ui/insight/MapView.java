package org.veil.ui.insight;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.veil.ui.I18n;
import org.veil.ui.Icons;

/**
 * The map drawn on a canvas from the bundled outline: drag to pan, the wheel zooms around the
 * pointer, a click on a marker opens its items (blurred).
 */
public final class MapView extends BorderPane {
  private static final Color SEA = Color.web("#1d2b3a");
  private static final Color OFF_GLOBE = Color.web("#11161d");
  private static final Color LAND = Color.web("#3b4a3f");
  private static final Color COAST = Color.web("#6d8a74");
  private static final Color MARKER = Color.web("#e5534b");

  private final MapViewModel model;
  private final Canvas canvas = new Canvas();
  private final Label info = new Label();
  private Consumer<MapViewModel.Cluster> onOpen = c -> {};
  private double pressX = Double.NaN;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean dragged;

  public MapView(MapViewModel model) {
    this.model = model;
    setId("map");
    Button in =
        iconButton(
            MaterialDesignM.MAGNIFY_PLUS_OUTLINE, I18n.text("preview.zoomIn"), "map-zoom-in");
    in.setOnAction(e -> zoomCentre(2));
    Button out =
        iconButton(
            MaterialDesignM.MAGNIFY_MINUS_OUTLINE, I18n.text("preview.zoomOut"), "map-zoom-out");
    out.setOnAction(e -> zoomCentre(0.5));
    Button world = iconButton(MaterialDesignE.EARTH, I18n.text("map.world"), "map-world");
    world.setOnAction(e -> model.showWorld());
    Button fit =
        new Button(I18n.text("map.fit"), Icons.of(MaterialDesignI.IMAGE_MULTIPLE_OUTLINE, 14));
    fit.setId("map-fit");
    fit.setOnAction(e -> model.fitItems());
    Pane spacer = new Pane();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label note = new Label(I18n.text("map.note"));
    note.getStyleClass().add("muted");
    HBox bar = new HBox(8, in, out, world, fit, spacer, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8));
    setTop(bar);
    Pane plot =
        new Pane(canvas) {
          @Override
          protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            model.resize(getWidth(), getHeight());
            draw();
          }
        };
    plot.setMinSize(200, 120);
    setCenter(plot);
    info.setId("map-info");
    info.setPadding(new Insets(6, 8, 8, 8));
    setBottom(info);

    canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    model.projectionProperty().addListener((obs, old, now) -> draw());
    model.versionProperty().addListener((obs, old, now) -> draw());
  }

  /** What a click on a marker does: the workstation opens the cluster's items. */
  public void onOpen(Consumer<MapViewModel.Cluster> action) {
    this.onOpen = action == null ? c -> {} : action;
  }

  private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, String id) {
    Button button = new Button(null, Icons.of(icon));
    button.setTooltip(new Tooltip(tip));
    button.setId(id);
    return button;
  }

  private void zoomCentre(double factor) {
    MapViewModel.Projection p = model.projection();
    model.zoomAt(factor, p.width() / 2, p.height() / 2);
  }

  private void scrolled(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      model.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
    }
    e.consume();
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY) {
      pressX = e.getX();
      pressY = e.getY();
      lastX = pressX;
      lastY = pressY;
      dragged = false;
    }
  }

  private void dragged(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
      dragged = true;
    }
    if (dragged) {
      model.pan(e.getX() - lastX, e.getY() - lastY);
      lastX = e.getX();
      lastY = e.getY();
    }
  }

  private void released(MouseEvent e) {
    if (!Double.isNaN(pressX) && !dragged) {
      model.hit(e.getX(), e.getY()).ifPresent(onOpen);
    }
    pressX = Double.NaN;
  }

  void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    if (w < 10 || h < 10) {
      return;
    }
    MapViewModel.Projection p = model.projection();
    g.setFill(OFF_GLOBE);
    g.fillRect(0, 0, w, h);
    g.setFill(SEA);
    g.fillRect(p.x(-180), p.y(90), 360 * p.pixelsPerDegree(), 180 * p.pixelsPerDegree());

    g.setStroke(Color.web("#ffffff", 0.08));
    g.setLineWidth(1);
    for (int lon = -180; lon <= 180; lon += 30) {
      g.strokeLine(p.x(lon), p.y(90), p.x(lon), p.y(-90));
    }
    for (int lat = -90; lat <= 90; lat += 30) {
      g.strokeLine(p.x(-180), p.y(lat), p.x(180), p.y(lat));
    }

    g.setLineWidth(1);
    for (WorldOutline.Shape shape : WorldOutline.shapes()) {
      int n = shape.lon().length;
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = p.x(shape.lon()[i]);
        ys[i] = p.y(shape.lat()[i]);
      }
      g.setFill(shape.land() ? LAND : SEA);
      g.fillPolygon(xs, ys, n);
      g.setStroke(COAST);
      g.strokePolygon(xs, ys, n);
    }

    List<MapViewModel.Cluster> clusters = model.clusters();
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.setFont(Font.font(null, FontWeight.BOLD, 11));
    for (MapViewModel.Cluster c : clusters) {
      double r = MapViewModel.markerRadius(c.count());
      g.setFill(MARKER.deriveColor(0, 1, 1, 0.9));
      g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
      g.setStroke(Color.WHITE);
      g.setLineWidth(1.5);
      g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
      if (c.count() > 1) {
        g.setFill(Color.WHITE);
        g.fillText(Integer.toString(c.count()), c.x(), c.y());
      }
    }
    int shown = clusters.stream().mapToInt(MapViewModel.Cluster::count).sum();
    String scale =
        I18n.format(
            "map.scale",
            String.format(java.util.Locale.ROOT, "%.4f, %.4f", p.centerLat(), p.centerLon()),
            distance(w / p.pixelsPerDegree() * 111.32 * Math.cos(Math.toRadians(p.centerLat()))));
    info.setText(
        model.places().isEmpty()
            ? I18n.text("map.none") + scale
            : I18n.format("map.info", model.places().size(), shown) + scale);
  }

  /** "12 km", "850 m": the width of the view for a sense of scale. */
  static String distance(double km) {
    return km >= 10
        ? String.format(java.util.Locale.ROOT, "%,.0f km", km)
        : km >= 1
            ? String.format(java.util.Locale.ROOT, "%.1f km", km)
            : String.format(java.util.Locale.ROOT, "%.0f m", km * 1000);
  }

  Canvas canvas() {
    return canvas;
  }
}

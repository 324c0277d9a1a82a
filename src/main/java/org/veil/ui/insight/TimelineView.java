package org.veil.ui.insight;

import java.util.List;
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
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.veil.ui.I18n;
import org.veil.ui.Icons;

/**
 * The timeline drawn on a canvas: pictures and messages as stacked bars, the mouse wheel zooms
 * around the pointer, dragging brushes a range of days (a click brushes one bar), a double click
 * clears it.
 */
public final class TimelineView extends BorderPane {
  static final Color MEDIA = Color.web("#4f8fe6");
  static final Color MESSAGES = Color.web("#e69a4f");
  private static final double LEFT = 44;
  private static final double RIGHT = 12;
  private static final double TOP = 12;
  private static final double BOTTOM = 36;

  private final TimelineViewModel model;
  private final Canvas canvas = new Canvas();
  private final Label zone = new Label();
  private final Label selection = new Label();
  private double dragStart = Double.NaN;
  private double dragNow = Double.NaN;

  public TimelineView(TimelineViewModel model) {
    this.model = model;
    setId("timeline");
    Button in =
        iconButton(
            MaterialDesignM.MAGNIFY_PLUS_OUTLINE, I18n.text("preview.zoomIn"), "timeline-zoom-in");
    in.setOnAction(e -> model.zoom(0.5, 0.5));
    Button out =
        iconButton(
            MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
            I18n.text("preview.zoomOut"),
            "timeline-zoom-out");
    out.setOnAction(e -> model.zoom(2, 0.5));
    Button left =
        iconButton(
            MaterialDesignA.ARROW_LEFT, I18n.text("conversation.earlier"), "timeline-earlier");
    left.setOnAction(e -> model.pan(-0.25));
    Button right =
        iconButton(MaterialDesignA.ARROW_RIGHT, I18n.text("conversation.later"), "timeline-later");
    right.setOnAction(e -> model.pan(0.25));
    Button fit =
        iconButton(
            MaterialDesignA.ARROW_EXPAND_HORIZONTAL, I18n.text("timeline.all"), "timeline-fit");
    fit.setOnAction(e -> model.fitAll());
    Button clear = new Button(I18n.text("timeline.clear"), Icons.of(MaterialDesignC.CLOSE, 14));
    clear.setId("timeline-clear");
    clear.disableProperty().bind(model.brushedProperty().isNull());
    clear.setOnAction(e -> model.clearBrush());
    Label legendMedia = legend(MEDIA, I18n.text("timeline.media"));
    Label legendMessages = legend(MESSAGES, I18n.text("timeline.messages"));
    Label scale = new Label(I18n.text("timeline.scale"));
    scale.getStyleClass().add("muted");
    Pane spacer = new Pane();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    zone.setId("timeline-zone");
    zone.getStyleClass().add("muted");
    HBox bar =
        new HBox(8, in, out, left, right, fit, clear, spacer, legendMedia, legendMessages, scale);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8));
    setTop(bar);

    Pane plot =
        new Pane(canvas) {
          @Override
          protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
          }
        };
    plot.setMinSize(200, 120);
    setCenter(plot);
    selection.setId("timeline-selection");
    HBox bottom = new HBox(16, zone, selection);
    bottom.setPadding(new Insets(6, 8, 8, 8));
    setBottom(bottom);

    canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          dragNow = e.getX();
          draw();
        });
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    model.spanProperty().addListener((obs, old, now) -> draw());
    model.versionProperty().addListener((obs, old, now) -> draw());
    model.brushedProperty().addListener((obs, old, now) -> draw());
  }

  private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, String id) {
    Button button = new Button(null, Icons.of(icon));
    button.setTooltip(new Tooltip(tip));
    button.setId(id);
    return button;
  }

  private static Label legend(Color colour, String text) {
    javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(10, 10, colour);
    return new Label(text, swatch);
  }

  private double plotWidth() {
    return Math.max(1, canvas.getWidth() - LEFT - RIGHT);
  }

  /** Case-local seconds under an x on the canvas. */
  long secondsAt(double x) {
    TimelineViewModel.Span span = model.spanProperty().get();
    double fraction = Math.clamp((x - LEFT) / plotWidth(), 0, 1);
    return span.from() + Math.round(span.length() * fraction);
  }

  private double xOf(long seconds) {
    TimelineViewModel.Span span = model.spanProperty().get();
    return LEFT + (double) (seconds - span.from()) / span.length() * plotWidth();
  }

  private void scrolled(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      model.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, (e.getX() - LEFT) / plotWidth());
    }
    e.consume();
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    if (e.getClickCount() == 2) {
      model.clearBrush();
      dragStart = Double.NaN;
      return;
    }
    dragStart = e.getX();
    dragNow = e.getX();
  }

  private void released(MouseEvent e) {
    if (Double.isNaN(dragStart)) {
      return;
    }
    double a = dragStart;
    dragStart = Double.NaN;
    dragNow = Double.NaN;
    if (Math.abs(e.getX() - a) > 3) {
      model.brush(secondsAt(a), secondsAt(e.getX()));
    } else {
      long at = secondsAt(e.getX());
      for (TimelineViewModel.Bucket bucket : model.buckets()) {
        if (at >= bucket.start() && at < bucket.end() && bucket.total() > 0) {
          model.brush(bucket);
          break;
        }
      }
    }
    draw();
  }

  /** Redraws everything; cheap (at most {@link TimelineViewModel#MAX_BUCKETS} bars). */
  void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    if (w < 10 || h < 10) {
      return;
    }
    zone.setText(model.zoneLabel());
    Color text = textColour();
    double plotH = h - TOP - BOTTOM;
    List<TimelineViewModel.Bucket> buckets = model.buckets();
    int max = buckets.stream().mapToInt(TimelineViewModel.Bucket::total).max().orElse(0);

    TimelineViewModel.DayRange brushed = model.brushedProperty().get();
    if (brushed != null) {
      TimelineViewModel.Span s = model.seconds(brushed);
      double x0 = Math.max(LEFT, xOf(s.from()));
      double x1 = Math.min(w - RIGHT, xOf(s.to()));
      if (x1 > x0) {
        g.setFill(Color.web("#8250df", 0.22));
        g.fillRect(x0, TOP, x1 - x0, plotH);
      }
    }

    g.setStroke(text.deriveColor(0, 1, 1, 0.35));
    g.setLineWidth(1);
    g.strokeLine(LEFT, TOP + plotH + 0.5, w - RIGHT, TOP + plotH + 0.5);
    g.setFont(Font.font(11));
    g.setFill(text);
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(Integer.toString(max), LEFT - 6, TOP + 6);
    if (max >= 4) {
      int quarter = max / 4; // drawn at half height on a square-root scale
      double y = TOP + plotH - plotH * Math.sqrt((double) quarter / max);
      g.fillText(Integer.toString(quarter), LEFT - 6, y);
      g.strokeLine(LEFT - 3, y, LEFT, y);
    }
    g.fillText("0", LEFT - 6, TOP + plotH);

    double lastLabel = Double.NEGATIVE_INFINITY;
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (TimelineViewModel.Bucket bucket : buckets) {
      double x0 = Math.max(LEFT, xOf(bucket.start()));
      double x1 = Math.min(w - RIGHT, xOf(bucket.end()));
      double barW = Math.max(1, x1 - x0 - 1);
      if (max > 0 && bucket.total() > 0) {
        // square-root heights: a day of 5 pictures stays visible beside 3,000 messages
        double totalH = plotH * Math.sqrt((double) bucket.total() / max);
        double mediaH = totalH * bucket.media() / bucket.total();
        double messagesH = totalH - mediaH;
        g.setFill(MEDIA);
        g.fillRect(x0, TOP + plotH - mediaH, barW, mediaH);
        g.setFill(MESSAGES);
        g.fillRect(x0, TOP + plotH - mediaH - messagesH, barW, messagesH);
      }
      double tick = xOf(bucket.start());
      if (tick >= LEFT && tick - lastLabel >= 96 && tick + 80 <= w) {
        g.setStroke(text.deriveColor(0, 1, 1, 0.35));
        g.strokeLine(tick + 0.5, TOP + plotH, tick + 0.5, TOP + plotH + 5);
        g.setFill(text);
        g.fillText(model.label(bucket.start()), tick + 2, TOP + plotH + 8);
        lastLabel = tick;
      }
    }

    if (!Double.isNaN(dragStart) && !Double.isNaN(dragNow)) {
      g.setFill(Color.web("#8250df", 0.30));
      g.fillRect(Math.min(dragStart, dragNow), TOP, Math.abs(dragNow - dragStart), plotH);
    }
    if (max == 0) {
      g.setFill(text);
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.CENTER);
      g.fillText(
          model.mediaCount() + model.messageCount() == 0
              ? I18n.text("timeline.none")
              : I18n.text("timeline.emptySpan"),
          LEFT + plotWidth() / 2,
          TOP + plotH / 2);
    }
    selection.setText(selectionText(brushed));
  }

  private String selectionText(TimelineViewModel.DayRange brushed) {
    String unread =
        model.unreadable() == 0 ? "" : I18n.format("timeline.unreadable", model.unreadable());
    if (brushed == null) {
      return I18n.format("timeline.counts", model.mediaCount(), model.messageCount()) + unread;
    }
    int[] counts = model.counts(brushed);
    return I18n.format("timeline.selected", brushed.label(), counts[0], counts[1]) + unread;
  }

  private Color textColour() {
    // the canvas is not styled by CSS; follow the theme through the label's resolved colour
    return zone.getTextFill() instanceof Color c ? c : Color.GRAY;
  }

  Canvas canvas() {
    return canvas;
  }
}

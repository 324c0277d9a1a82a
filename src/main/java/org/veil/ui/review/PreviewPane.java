package org.veil.ui.review;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.veil.model.EvidenceSource;
import org.veil.model.Item;
import org.veil.ui.Icons;
import org.veil.ui.media.RevealPolicy;
import org.veil.ui.media.VeiledImage;

/** The focused item, larger and still blurred, with fit/zoom/rotate and its file facts. */
public final class PreviewPane extends VBox {
  private final ReviewViewModel model;
  private final VeiledImage image;
  private final GridPane facts = new GridPane();
  private final Label title = new Label();
  private final GridPane strip = new GridPane();
  private final java.util.List<VeiledImage> frames = new java.util.ArrayList<>();

  public PreviewPane(ReviewViewModel model) {
    this.model = model;
    setId("preview");
    setSpacing(6);
    setPadding(new Insets(8));
    image = new VeiledImage(model.reveal(), model.pictures(), model.blur(), "preview", true);
    image.setId("preview-image");
    image.setPrefSize(420, 320);
    image.setMinHeight(160);
    VBox.setVgrow(image, Priority.ALWAYS);

    Button fit =
        tool(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "Fit", () -> image.zoomProperty().set(1));
    Button zoomIn = tool(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in", () -> zoom(1.5));
    Button zoomOut = tool(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out", () -> zoom(1 / 1.5));
    Button left =
        tool(
            MaterialDesignR.ROTATE_LEFT,
            "Rotate left",
            () -> image.rotationProperty().set(image.rotationProperty().get() - 1));
    Button right =
        tool(
            MaterialDesignR.ROTATE_RIGHT,
            "Rotate right",
            () -> image.rotationProperty().set(image.rotationProperty().get() + 1));
    Button reveal =
        tool(
            MaterialDesignE.EYE_OUTLINE,
            "Reveal until pressed again (R); hold Space to peek",
            () -> model.toggleReveal("preview"));
    reveal.setId("preview-reveal");
    title.getStyleClass().add("recent-name");
    title.setMinWidth(0);
    title.setTooltip(new Tooltip());
    title.getTooltip().textProperty().bind(title.textProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox tools = new HBox(4, title, spacer, fit, zoomIn, zoomOut, left, right, reveal);
    tools.setAlignment(Pos.CENTER_LEFT);

    facts.getStyleClass().add("facts-grid");
    facts.setHgap(8);
    facts.setVgap(3);
    javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
    keys.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    values.setMinWidth(0);
    facts.getColumnConstraints().addAll(keys, values);
    strip.setId("frame-strip");
    strip.setHgap(3);
    strip.setVgap(3);
    strip.setVisible(false);
    strip.setManaged(false);
    getChildren().addAll(tools, image, strip);
    model.focusItemProperty().addListener((obs, old, now) -> show(now));
    show(model.focusItemProperty().get());
  }

  public VeiledImage image() {
    return image;
  }

  /** The file facts, shown by the window in the scrolling panel under the picture. */
  public javafx.scene.Node facts() {
    return facts;
  }

  private void zoom(double factor) {
    image.zoomProperty().set(Math.clamp(image.zoomProperty().get() * factor, 1, 8));
  }

  private Button tool(Ikon icon, String tip, Runnable action) {
    Button button = new Button(null, Icons.of(icon, 16));
    button.getStyleClass().addAll("flat", "button-icon");
    button.setTooltip(new Tooltip(tip));
    button.setFocusTraversable(false);
    button.setOnAction(e -> action.run());
    return button;
  }

  private void show(Item item) {
    image.zoomProperty().set(1);
    image.rotationProperty().set(0);
    facts.getChildren().clear();
    if (item == null) {
      image.show(RevealPolicy.NONE);
      title.setText("");
      showStrip(null);
      return;
    }
    GalleryView.placeholderFor(image, item);
    image.show(item.id());
    showStrip(item);
    title.setText(item.name());
    String source =
        model.openCase().sources().byId(item.sourceId()).map(EvidenceSource::path).orElse("?");
    int row = 0;
    row = fact(row, "Source", source, false);
    row = fact(row, "Path", item.path(), false);
    row = fact(row, "Size", ReviewFilter.size(item.size()) + " (" + item.size() + " bytes)", false);
    row =
        fact(
            row,
            "Type",
            (item.mime() == null ? "unknown" : item.mime())
                + (item.width() != null
                    ? "  ·  " + item.width() + " × " + item.height() + " px"
                    : ""),
            false);
    if (item.hashes() != null) {
      row = fact(row, "MD5", item.hashes().md5(), true);
      row = fact(row, "SHA-1", item.hashes().sha1(), true);
      row = fact(row, "SHA-256", item.hashes().sha256(), true);
    }
    if (!item.flags().isEmpty()) {
      row = fact(row, "Flags", String.join(", ", item.flags().stream().sorted().toList()), false);
    }
    row = fact(row, "State", item.state().label(), false);
    if (item.error() != null) {
      fact(row, "Reason", item.error(), false);
    }
  }

  /** A video's 4 x 4 frames over its duration, each through the same blur policy. */
  private void showStrip(Item item) {
    boolean video = item != null && item.kind() == org.veil.model.MediaKind.VIDEO;
    strip.setVisible(video);
    strip.setManaged(video);
    if (!video) {
      for (VeiledImage frame : frames) {
        frame.show(RevealPolicy.NONE);
      }
      return;
    }
    if (frames.isEmpty()) {
      int side = (int) Math.sqrt(org.veil.ui.media.PictureCache.STRIP_FRAMES);
      for (int i = 0; i < org.veil.ui.media.PictureCache.STRIP_FRAMES; i++) {
        VeiledImage frame =
            new VeiledImage(model.reveal(), model.pictures(), model.blur(), "preview", false);
        frame.setPrefSize(90, 52);
        frame.setMinSize(40, 44);
        GridPane.setHgrow(frame, Priority.ALWAYS);
        frame.setMaxWidth(Double.MAX_VALUE);
        frame.setPlaceholder(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILMSTRIP, "");
        frames.add(frame);
        strip.add(frame, i % side, i / side);
      }
    }
    for (int i = 0; i < frames.size(); i++) {
      frames.get(i).showFrame(item.id(), i);
    }
  }

  private int fact(int row, String key, String value, boolean hash) {
    Label k = new Label(key);
    k.getStyleClass().add("fact-key");
    k.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.control.Control v;
    if (hash) {
      // selectable, so a hash can be copied exactly
      javafx.scene.control.TextField field = new javafx.scene.control.TextField(value);
      field.setEditable(false);
      field.getStyleClass().add("hash");
      field.setFocusTraversable(false);
      v = field;
    } else {
      Label label = new Label(value);
      label.setWrapText(true);
      label.setMinWidth(0);
      v = label;
    }
    v.setTooltip(new Tooltip(value));
    v.setMaxWidth(Double.MAX_VALUE);
    GridPane.setHgrow(v, Priority.ALWAYS);
    facts.add(k, 0, row);
    if (hash) {
      // a hash gets the full width on its own line, so all 64 digits stay visible
      facts.add(v, 0, row + 1, 2, 1);
      return row + 2;
    }
    facts.add(v, 1, row);
    return row + 1;
  }
}

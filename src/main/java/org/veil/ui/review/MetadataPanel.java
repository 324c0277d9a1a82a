package org.veil.ui.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.veil.model.ExifSummary;
import org.veil.model.Item;
import org.veil.model.MetadataTag;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.ui.CaseTimes;
import org.veil.ui.I18n;
import org.veil.ui.Icons;

/** What the file says about itself: the summary an analyst reads first, then every tag. */
public final class MetadataPanel extends VBox {
  private final ReviewViewModel model;
  private final GridPane summary = new GridPane();
  private final FlowPane marks = new FlowPane(6, 4);
  private final VBox ai = new VBox(4);
  private final TextField filter = new TextField();
  private final TreeTableView<String[]> tree = new TreeTableView<>();
  private List<MetadataTag> tags = List.of();

  public MetadataPanel(ReviewViewModel model) {
    this.model = model;
    setId("metadata");
    setSpacing(8);
    setPadding(new Insets(8));
    summary.setHgap(8);
    summary.setVgap(3);
    summary.getStyleClass().add("facts-grid");
    Label heading = new Label(I18n.text("metadata.title"));
    heading.getStyleClass().add("section-title");
    filter.setPromptText(I18n.text("metadata.filterPrompt"));
    filter.setId("metadata-filter");
    filter.textProperty().addListener((obs, old, now) -> fillTree());
    TreeTableColumn<String[], String> name = new TreeTableColumn<>(I18n.text("metadata.tag"));
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()[0]));
    name.setPrefWidth(170);
    TreeTableColumn<String[], String> value = new TreeTableColumn<>(I18n.text("metadata.value"));
    value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()[1]));
    value.setPrefWidth(220);
    tree.getColumns().add(name);
    tree.getColumns().add(value);
    tree.setShowRoot(false);
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    tree.setPlaceholder(new Label(I18n.text("metadata.none")));
    tree.setPrefHeight(220);
    VBox.setVgrow(tree, Priority.ALWAYS);
    getChildren().addAll(heading, ai, summary, marks, filter, tree);
    model.focusItemProperty().addListener((obs, old, now) -> show(now));
    model
        .marksVersionProperty()
        .addListener((obs, old, now) -> showMarks(model.focusItemProperty().get()));
    show(model.focusItemProperty().get());
  }

  private void show(Item item) {
    summary.getChildren().clear();
    ai.getChildren().clear();
    tags = item == null ? List.of() : model.metadataTags(item.id());
    fillTree();
    showMarks(item);
    if (item == null) {
      return;
    }
    ExifSummary s = item.summary();
    if (!s.aiClues().isEmpty()) {
      Label badge =
          new Label(I18n.text("metadata.aiClues"), Icons.of(MaterialDesignR.ROBOT_OUTLINE, 14));
      badge.getStyleClass().add("ai-badge");
      badge.setId("ai-badge");
      ai.getChildren().add(badge);
      for (String clue : s.aiClues()) {
        Label line = new Label("• " + clue);
        line.setWrapText(true);
        ai.getChildren().add(line);
      }
    }
    int row = 0;
    row = fact(row, I18n.text("dupes.field.camera"), s.camera());
    row = fact(row, I18n.text("metadata.serial"), s.bodySerial());
    row = fact(row, I18n.text("metadata.lens"), s.lens());
    row =
        fact(
            row,
            I18n.text("dupes.field.taken"),
            s.takenAt() == null
                ? null
                : new CaseTimes(model.openCase().folder().timeZone()).taken(s.takenAt()));
    if (s.hasGps()) {
      String coordinates =
          String.format(Locale.ROOT, "%.6f, %.6f", s.gpsLat(), s.gpsLon())
              + (s.gpsAlt() == null ? "" : String.format(Locale.ROOT, "  (%.0f m)", s.gpsAlt()));
      Label key = key("GPS");
      Label value = new Label(coordinates);
      Button copy = new Button(null, Icons.of(MaterialDesignC.CONTENT_COPY, 12));
      copy.getStyleClass().addAll("flat", "button-icon");
      copy.setId("copy-gps");
      copy.setTooltip(new Tooltip(I18n.text("metadata.copyCoordinates")));
      copy.setOnAction(
          e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.format(Locale.ROOT, "%.6f, %.6f", s.gpsLat(), s.gpsLon()));
            Clipboard.getSystemClipboard().setContent(content);
          });
      HBox box = new HBox(4, value, copy);
      box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      summary.add(key, 0, row);
      summary.add(box, 1, row);
      row++;
    }
    row = fact(row, I18n.text("metadata.software"), s.software());
    if (s.orientation() != null && s.orientation() != 1) {
      fact(row, I18n.text("metadata.orientation"), "EXIF " + s.orientation());
    }
  }

  private void showMarks(Item item) {
    marks.getChildren().clear();
    if (item == null) {
      return;
    }
    Label category =
        new Label(
            model
                .categoryOf(item.id())
                .map(c -> I18n.format("metadata.category", c.value(), c.provenance()))
                .orElse(I18n.text("metadata.uncategorised")));
    category.getStyleClass().add("muted");
    marks.getChildren().add(category);
    for (Tag tag : model.tagsOf(item.id())) {
      Label chip = new Label(tag.name());
      chip.getStyleClass().add("category-badge");
      chip.setStyle("-fx-background-color: " + tag.colour() + ";");
      marks.getChildren().add(chip);
    }
    if (model.isBookmarkedCached(item.id())) {
      marks.getChildren().add(new Label(I18n.text("metadata.bookmarked")));
    }
    for (Note note : model.notesOf(item.id())) {
      var line = org.veil.ui.NoteLines.of(note, "note", model::editNote, model::deleteNote);
      line.prefWidthProperty().bind(marks.widthProperty().subtract(4));
      marks.getChildren().add(line);
    }
  }

  private void fillTree() {
    String needle =
        filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
    Map<String, TreeItem<String[]>> directories = new LinkedHashMap<>();
    TreeItem<String[]> root = new TreeItem<>(new String[] {"", ""});
    for (MetadataTag tag : tags) {
      String value = tag.value() == null ? "" : tag.value();
      if (!needle.isEmpty()
          && !(tag.directory() + " " + tag.tag() + " " + value)
              .toLowerCase(Locale.ROOT)
              .contains(needle)) {
        continue;
      }
      TreeItem<String[]> directory =
          directories.computeIfAbsent(
              tag.directory(),
              d -> {
                TreeItem<String[]> node = new TreeItem<>(new String[] {d, ""});
                node.setExpanded(true);
                root.getChildren().add(node);
                return node;
              });
      directory.getChildren().add(new TreeItem<>(new String[] {tag.tag(), value}));
    }
    tree.setRoot(root);
  }

  private int fact(int row, String key, String value) {
    if (value == null || value.isBlank()) {
      return row;
    }
    Label v = new Label(value);
    v.setWrapText(true);
    summary.add(key(key), 0, row);
    summary.add(v, 1, row);
    return row + 1;
  }

  private static Label key(String text) {
    Label k = new Label(text);
    k.getStyleClass().add("fact-key");
    k.setMinWidth(Region.USE_PREF_SIZE);
    return k;
  }

  private static String join(String a, String b) {
    String text = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    return text.isEmpty() ? null : text;
  }
}

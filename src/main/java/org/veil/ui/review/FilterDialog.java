package org.veil.ui.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.veil.model.Category;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemFilter;
import org.veil.model.MediaKind;
import org.veil.model.Tag;
import org.veil.ui.I18n;

/** Edits every part of the review filter at once; each part shows as a chip afterwards. */
final class FilterDialog extends Dialog<ReviewFilter> {
  FilterDialog(Window owner, ReviewViewModel model) {
    initOwner(owner);
    setTitle(I18n.text("filter.title"));
    setHeaderText(I18n.text("filter.header"));
    ReviewFilter current = model.filterProperty().get();
    ItemFilter f = current.items();

    FlowPane kinds = new FlowPane(8, 4);
    java.util.Map<MediaKind, CheckBox> kindBoxes = new java.util.EnumMap<>(MediaKind.class);
    for (MediaKind kind : MediaKind.values()) {
      CheckBox box = new CheckBox(I18n.text("kind." + kind.label()));
      box.setSelected(f.kinds().contains(kind));
      kindBoxes.put(kind, box);
      kinds.getChildren().add(box);
    }
    TextField minKb = new TextField(f.minSize() == null ? "" : Long.toString(f.minSize() / 1024));
    TextField maxKb = new TextField(f.maxSize() == null ? "" : Long.toString(f.maxSize() / 1024));
    minKb.setPrefColumnCount(7);
    maxKb.setPrefColumnCount(7);
    DatePicker from = new DatePicker(f.takenFrom() == null ? null : LocalDate.parse(f.takenFrom()));
    DatePicker to = new DatePicker(f.takenTo() == null ? null : LocalDate.parse(f.takenTo()));
    ComboBox<String> camera = new ComboBox<>();
    camera.getItems().add(I18n.text("audit.any"));
    for (String[] pair : model.cameras()) {
      camera
          .getItems()
          .add((pair[0] == null ? "" : pair[0]) + " | " + (pair[1] == null ? "" : pair[1]));
    }
    camera.setValue(
        f.make() == null && f.model() == null
            ? I18n.text("audit.any")
            : (f.make() == null ? "" : f.make()) + " | " + (f.model() == null ? "" : f.model()));
    CheckBox gps = new CheckBox(I18n.text("filter.gps"));
    gps.setSelected(f.hasGps());
    CheckBox ai = new CheckBox(I18n.text("filter.ai"));
    ai.setSelected(f.hasAiClues());
    CheckBox failed = new CheckBox(I18n.text("filter.failed"));
    failed.setSelected(f.failedOnly());
    ComboBox<String> category = new ComboBox<>();
    category.getItems().add(I18n.text("audit.any"));
    category.getItems().add(CategoryScheme.UNCATEGORISED);
    for (Category c : model.scheme().categories()) {
      category.getItems().add(c.value() + " – " + I18n.category(c));
    }
    category.setValue(
        current.category() == null
            ? I18n.text("audit.any")
            : category.getItems().stream()
                .filter(
                    v -> v.equals(current.category()) || v.startsWith(current.category() + " – "))
                .findFirst()
                .orElse(I18n.text("audit.any")));
    ComboBox<Object> tag = new ComboBox<>(FXCollections.observableArrayList());
    tag.getItems().add(I18n.text("audit.any"));
    tag.getItems().add(I18n.text("filter.untagged"));
    tag.getItems().addAll(model.tags().stream().map(t -> (Object) new TagChoice(t)).toList());
    tag.setValue(
        current.untagged()
            ? I18n.text("filter.untagged")
            : current.tagId() == null
                ? I18n.text("audit.any")
                : tag.getItems().stream()
                    .filter(o -> o instanceof TagChoice c && c.tag().id() == current.tagId())
                    .findFirst()
                    .orElse(I18n.text("audit.any")));

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(8, 0, 0, 0));
    int r = 0;
    grid.addRow(r++, new Label(I18n.text("dupes.field.type")), kinds);
    grid.addRow(
        r++,
        new Label(I18n.text("filter.sizeKb")),
        new HBox(6, minKb, new Label(I18n.text("filter.to")), maxKb));
    grid.addRow(
        r++,
        new Label(I18n.text("table.taken")),
        new HBox(6, from, new Label(I18n.text("filter.to")), to));
    grid.addRow(r++, new Label(I18n.text("dupes.field.camera")), camera);
    grid.addRow(r++, new Label(I18n.text("dupes.field.category")), category);
    grid.addRow(r++, new Label(I18n.text("metadata.tag")), tag);
    grid.addRow(r, new Label(""), new HBox(12, gps, ai, failed));
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    setResultConverter(
        button -> {
          if (button != ButtonType.OK) {
            return null;
          }
          Set<MediaKind> chosen = EnumSet.noneOf(MediaKind.class);
          kindBoxes.forEach(
              (kind, box) -> {
                if (box.isSelected()) {
                  chosen.add(kind);
                }
              });
          String make = null;
          String modelName = null;
          if (camera.getValue() != null && !camera.getValue().equals(I18n.text("audit.any"))) {
            String[] parts = camera.getValue().split(" \\| ", -1);
            make = parts[0].isEmpty() ? null : parts[0];
            modelName = parts.length < 2 || parts[1].isEmpty() ? null : parts[1];
          }
          ItemFilter items =
              f.withKinds(chosen)
                  .withSize(kb(minKb.getText()), kb(maxKb.getText()))
                  .withTaken(
                      from.getValue() == null ? null : from.getValue().toString(),
                      to.getValue() == null ? null : to.getValue().toString())
                  .withCamera(make, modelName)
                  .withGps(gps.isSelected())
                  .withAiClues(ai.isSelected())
                  .withFailedOnly(failed.isSelected());
          String categoryValue =
              category.getValue() == null || category.getValue().equals(I18n.text("audit.any"))
                  ? null
                  : category.getValue().split(" – ")[0];
          ReviewFilter out = current.withItems(items).withCategory(categoryValue);
          Object t = tag.getValue();
          if (t instanceof TagChoice choice) {
            out = out.withTag(choice.tag().id(), choice.tag().name());
          } else if (I18n.text("filter.untagged").equals(t)) {
            out = out.withUntagged(true);
          } else {
            out = out.withTag(null, null).withUntagged(false);
          }
          return out;
        });
  }

  private static Long kb(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.parseLong(text.strip()) * 1024;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private record TagChoice(Tag tag) {
    @Override
    public String toString() {
      return tag.name();
    }
  }
}

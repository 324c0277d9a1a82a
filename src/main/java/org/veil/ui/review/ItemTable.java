package org.veil.ui.review;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.veil.model.Item;
import org.veil.model.ItemOrder;
import org.veil.model.Tag;
import org.veil.ui.CaseTimes;
import org.veil.ui.I18n;

/**
 * The listing as a table. Rows are ids; each visible row reads its item through the view model's
 * pages. Sorting asks the store for a new order instead of sorting 100 000 rows in memory.
 */
public final class ItemTable extends TableView<Long> {
  private final ReviewViewModel model;
  private boolean syncing;

  public ItemTable(ReviewViewModel model) {
    CaseTimes times = new CaseTimes(model.openCase().folder().timeZone());
    super(model.ids());
    this.model = model;
    setId("item-table");
    getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
    getColumns().add(column(I18n.text("dupes.field.name"), 150, ItemOrder.Key.PATH, Item::name));
    getColumns()
        .add(
            column(
                I18n.text("dupes.field.size"),
                60,
                ItemOrder.Key.SIZE,
                i -> ReviewFilter.size(i.size())));
    getColumns()
        .add(column(I18n.text("dupes.field.type"), 56, ItemOrder.Key.TYPE, ItemTable::shortType));
    getColumns()
        .add(
            column(
                I18n.text("table.taken"),
                190,
                ItemOrder.Key.TAKEN,
                i -> times.taken(i.summary().takenAt())));
    getColumns()
        .add(
            column(
                I18n.text("dupes.field.camera"),
                86,
                ItemOrder.Key.CAMERA,
                i -> nz(i.summary().camera())));
    getColumns()
        .add(
            column(
                I18n.text("dupes.field.category"),
                84,
                null,
                i -> model.categoryOf(i.id()).map(c -> c.value()).orElse("")));
    getColumns()
        .add(
            column(
                I18n.text("table.tags"),
                60,
                null,
                i -> String.join(", ", model.tagsOf(i.id()).stream().map(Tag::name).toList())));
    getColumns()
        .add(
            column(
                I18n.text("preview.state"),
                52,
                ItemOrder.Key.STATE,
                i -> I18n.text("state." + i.state().label())));
    setSortPolicy(
        table -> {
          if (getSortOrder().isEmpty()) {
            if (model.order().key() != ItemOrder.Key.ID) {
              model.sort(ItemOrder.DEFAULT);
            }
            return true;
          }
          TableColumn<Long, ?> first = getSortOrder().getFirst();
          if (first.getUserData() instanceof ItemOrder.Key key) {
            ItemOrder wanted =
                new ItemOrder(key, first.getSortType() == TableColumn.SortType.ASCENDING);
            if (!wanted.equals(model.order())) {
              model.sort(wanted);
            }
          }
          return true;
        });
    getSelectionModel()
        .getSelectedIndices()
        .addListener(
            (ListChangeListener<Integer>)
                change -> {
                  if (syncing) {
                    return;
                  }
                  int focused = getSelectionModel().getSelectedIndex();
                  if (focused < 0) {
                    return;
                  }
                  syncing = true;
                  try {
                    if (getSelectionModel().getSelectedIndices().size() > 1) {
                      model.selectedIds().clear();
                      for (int i : getSelectionModel().getSelectedIndices()) {
                        model.selectedIds().add(model.ids().get(i));
                      }
                      model.extendTo(focused);
                      model.selectedIds().clear();
                      for (int i : getSelectionModel().getSelectedIndices()) {
                        model.selectedIds().add(model.ids().get(i));
                      }
                    } else {
                      model.select(focused);
                    }
                  } finally {
                    syncing = false;
                  }
                });
    model.focusIndexProperty().addListener((obs, old, now) -> follow(now.intValue()));
    model.marksVersionProperty().addListener((obs, old, now) -> refresh());
  }

  private void follow(int index) {
    if (syncing || index < 0) {
      return;
    }
    syncing = true;
    try {
      getSelectionModel().clearSelection();
      for (Long id : model.selectedIds()) {
        int i = model.indexOf(id);
        if (i >= 0) {
          getSelectionModel().select(i);
        }
      }
      getSelectionModel().select(index);
      getFocusModel().focus(index);
      scrollTo(Math.max(0, index - 3));
    } finally {
      syncing = false;
    }
  }

  private TableColumn<Long, String> column(
      String title, double width, ItemOrder.Key sortKey, Function<Item, String> value) {
    TableColumn<Long, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setMinWidth(sortKey == ItemOrder.Key.PATH ? 100 : width);
    column.setUserData(sortKey);
    column.setSortable(sortKey != null);
    column.setCellFactory(
        c ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a clipped name, camera or tag list is readable in full on hover
                setTooltip(
                    empty || text == null || text.isEmpty()
                        ? null
                        : new javafx.scene.control.Tooltip(text));
              }
            });
    column.setCellValueFactory(
        cell -> {
          int index = model.indexOf(cell.getValue());
          Item item = index < 0 ? null : model.item(index);
          return new ReadOnlyStringWrapper(item == null ? "" : value.apply(item));
        });
    return column;
  }

  /** {@code image/jpeg} -> {@code jpeg}: the table is narrow; the preview shows the full type. */
  static String shortType(Item item) {
    String mime = item.mime();
    if (mime == null) {
      return "";
    }
    int slash = mime.indexOf('/');
    String sub = slash < 0 ? mime : mime.substring(slash + 1);
    if (sub.equals("octet-stream")) {
      return "other";
    }
    return sub.startsWith("x-") ? sub.substring(2) : sub;
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}

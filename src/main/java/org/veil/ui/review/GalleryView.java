package org.veil.ui.review;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemState;
import org.veil.model.Tag;
import org.veil.ui.I18n;
import org.veil.ui.Icons;
import org.veil.ui.media.VeiledImage;

/**
 * The thumbnail grid: ControlsFX {@code GridView} (virtualized: only visible rows have cells), one
 * {@link VeiledImage} per cell, and a selection kept in the view model so keys and clicks agree.
 */
public final class GalleryView extends StackPane {
  private final ReviewViewModel model;
  private final GridView<Long> grid;
  private final Label empty = new Label(I18n.text("gallery.empty"));

  public GalleryView(ReviewViewModel model) {
    this.model = model;
    grid = new GridView<>(model.ids());
    grid.setId("gallery");
    grid.setSkin(new ScrollableSkin(grid));
    grid.setHorizontalCellSpacing(6);
    grid.setVerticalCellSpacing(6);
    resize(model.cellWidthProperty().get());
    model.cellWidthProperty().addListener((obs, old, now) -> resize(now.intValue()));
    grid.setCellFactory(g -> new ItemCell());
    grid.setFocusTraversable(true);
    empty.getStyleClass().add("muted");
    empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.ids()));
    getChildren().addAll(grid, empty);
    model.focusIndexProperty().addListener((obs, old, now) -> showIndex(now.intValue()));
  }

  /** A cell's insets on each side: padding and border (veil.css {@code .gallery-cell}). */
  static final int CELL_PADDING = 4;

  /** How much taller than wide a cell is: room for the caption under the picture. */
  static final int CAPTION_ROOM = 34;

  /** Room for the caption's line at the cell's 11 px font, Hangul's taller glyphs included. */
  static final int CAPTION_LINE = 17;

  private void resize(int width) {
    grid.setCellWidth(width);
    grid.setCellHeight(width + CAPTION_ROOM);
  }

  public GridView<Long> grid() {
    return grid;
  }

  /** Items in one row of the grid, for Up and Down. */
  public int columns() {
    return grid.getSkin() instanceof ScrollableSkin skin
        ? Math.max(1, skin.computeMaxCellsInRow())
        : 1;
  }

  /** Items in one screenful, for PageUp and PageDown. */
  public int pageSize() {
    double rowHeight = grid.getCellHeight() + grid.getVerticalCellSpacing() * 2;
    int rows = Math.max(1, (int) Math.floor(Math.max(1, grid.getHeight()) / rowHeight));
    return rows * columns();
  }

  public void showIndex(int index) {
    if (index >= 0 && grid.getSkin() instanceof ScrollableSkin skin) {
      skin.show(index / columns());
      // read the next screenful ahead, so Page Down finds its pictures ready
      if (grid.getHeight() > 0) {
        int page = pageSize();
        int firstShown = skin.firstVisibleRow() * columns();
        model.prefetch(firstShown + page, page);
      }
    }
  }

  /** GridViewSkin with the scrolling a keyboard needs. */
  private static final class ScrollableSkin extends GridViewSkin<Long> {
    ScrollableSkin(GridView<Long> grid) {
      super(grid);
    }

    int firstVisibleRow() {
      VirtualFlow<?> flow = getVirtualFlow();
      IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
      return first == null ? 0 : first.getIndex();
    }

    void show(int row) {
      VirtualFlow<?> flow = getVirtualFlow();
      if (flow == null || row >= flow.getCellCount()) {
        return;
      }
      IndexedCell<?> first = flow.getFirstVisibleCell();
      IndexedCell<?> last = flow.getLastVisibleCell();
      if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
        flow.scrollTo(row);
      }
    }
  }

  // A cell is the GridCell itself (its text is the caption) holding one VeiledImage: four nodes
  // where a box, a label and its text made seven. CSS and layout of ~200 new cells is most of what
  // the first page costs the FX thread.
  private final class ItemCell extends GridCell<Long> {
    private static final javafx.css.PseudoClass FAILED =
        javafx.css.PseudoClass.getPseudoClass("failed");
    private static final javafx.css.PseudoClass SELECTED =
        javafx.css.PseudoClass.getPseudoClass("selected");
    private final VeiledImage image;
    private final StackPane picture;
    private Label category;
    private HBox badges;
    private final javafx.beans.value.ChangeListener<Number> resized =
        (obs, old, now) -> sizePicture(now.intValue());
    private final javafx.collections.SetChangeListener<Long> selectionChanged =
        change -> styleSelected();
    private final javafx.beans.value.ChangeListener<Number> marksChanged =
        (obs, old, now) -> updateMarks();

    ItemCell() {
      getStyleClass().add("gallery-cell");
      image = new VeiledImage(model.reveal(), model.pictures(), model.blur(), "gallery", false);
      picture = image; // badges go straight onto the picture's own stack: fewer nodes per cell
      setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
      setGraphicTextGap(3);
      setGraphic(picture);
      sizePicture(model.cellWidthProperty().get());
      // the model outlives cells the grid replaces: it holds them weakly (see the fields)
      model.cellWidthProperty().addListener(new javafx.beans.value.WeakChangeListener<>(resized));
      model
          .selectedIds()
          .addListener(new javafx.collections.WeakSetChangeListener<>(selectionChanged));
      model
          .marksVersionProperty()
          .addListener(new javafx.beans.value.WeakChangeListener<>(marksChanged));
      setOnMouseClicked(
          e -> {
            if (e.getButton() != MouseButton.PRIMARY || getItem() == null) {
              return;
            }
            int index = getIndex();
            if (e.isShiftDown()) {
              model.extendTo(index);
            } else if (e.isShortcutDown()) {
              model.toggleSelected(index);
            } else {
              model.select(index);
            }
            grid.requestFocus();
          });
    }

    // The picture fills the cell above the caption line: cell height less padding, gap, caption.
    private void sizePicture(int cellWidth) {
      double side = cellWidth - 2 * CELL_PADDING;
      picture.setPrefSize(side, side + CAPTION_ROOM - CAPTION_LINE - 3);
      picture.setMaxSize(side, side + CAPTION_ROOM - CAPTION_LINE - 3);
    }

    @Override
    protected void updateItem(Long id, boolean empty) {
      super.updateItem(id, empty);
      if (empty || id == null) {
        image.show(org.veil.ui.media.RevealPolicy.NONE);
        setText(null);
        picture.setVisible(false);
        pseudoClassStateChanged(FAILED, false);
        return;
      }
      picture.setVisible(true);
      image.show(id);
      Item item = model.item(getIndex());
      setText(item == null ? "" : item.name());
      placeholderFor(image, item);
      pseudoClassStateChanged(FAILED, item != null && item.state() == ItemState.FAILED);
      styleSelected();
      updateMarks();
    }

    private void styleSelected() {
      Long id = getItem();
      pseudoClassStateChanged(SELECTED, id != null && model.selectedIds().contains(id));
    }

    // badges are made only for cells that have some: most cells have none, and fewer nodes per
    // cell is what keeps the first page quick
    private void updateMarks() {
      Long id = getItem();
      if (badges != null) {
        badges.getChildren().clear();
      }
      var itemCategory =
          id == null ? java.util.Optional.<ItemCategory>empty() : model.categoryOf(id);
      if (itemCategory.isPresent() && category == null) {
        category = new Label();
        category.getStyleClass().add("category-badge");
        StackPane.setAlignment(category, Pos.TOP_LEFT);
        category.setMouseTransparent(true);
        picture.getChildren().add(category);
      }
      if (category != null) {
        category.setVisible(itemCategory.isPresent());
        itemCategory.ifPresent(
            c -> {
              category.setText(c.value());
              category.setStyle("-fx-background-color: " + CategoryColours.of(c) + ";");
            });
      }
      if (id == null) {
        return;
      }
      Item item = model.item(getIndex());
      boolean gps = item != null && item.summary().hasGps();
      boolean ai = item != null && !item.summary().aiClues().isEmpty();
      boolean bookmarked = model.isBookmarkedCached(id);
      int stacked = model.stackCount(id);
      if (!gps && !ai && !bookmarked && stacked < 2 && model.tagsOf(id).isEmpty()) {
        return;
      }
      if (badges == null) {
        badges = new HBox(3);
        StackPane.setAlignment(badges, Pos.BOTTOM_LEFT);
        badges.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        badges.setMouseTransparent(true);
        picture.getChildren().add(badges);
      }
      if (stacked > 1) {
        // a stacked tile: this many exact copies are listed under it
        Label stack = new Label("×" + stacked, Icons.of(MaterialDesignL.LAYERS_OUTLINE, 12));
        stack.getStyleClass().addAll("gallery-badge", "stack-badge");
        badges.getChildren().add(stack);
      }
      if (gps) {
        badges.getChildren().add(badge(MaterialDesignM.MAP_MARKER_OUTLINE));
      }
      if (ai) {
        Label aiBadge = new Label(I18n.text("gallery.ai"));
        aiBadge.getStyleClass().add("ai-badge");
        badges.getChildren().add(aiBadge);
      }
      for (Tag tag : model.tagsOf(id)) {
        Region dot = new Region();
        dot.setPrefSize(10, 10);
        dot.setMaxSize(10, 10);
        dot.setStyle("-fx-background-color: " + tag.colour() + "; -fx-background-radius: 5;");
        badges.getChildren().add(dot);
      }
      if (bookmarked) {
        badges.getChildren().add(badge(MaterialDesignB.BOOKMARK));
      }
    }

    private Label badge(org.kordamp.ikonli.Ikon icon) {
      Label label = new Label(null, Icons.of(icon, 12));
      label.getStyleClass().add("gallery-badge");
      return label;
    }
  }

  static void placeholderFor(VeiledImage image, Item item) {
    if (item == null) {
      return;
    }
    if (item.state() == ItemState.FAILED) {
      image.setPlaceholder(MaterialDesignA.ALERT_CIRCLE_OUTLINE, I18n.text("gallery.failed"));
    } else if (item.kind() == org.veil.model.MediaKind.ARCHIVE) {
      image.setPlaceholder(
          org.kordamp.ikonli.materialdesign2.MaterialDesignF.FOLDER_ZIP_OUTLINE,
          I18n.text("gallery.archive"));
    } else if (item.kind() == org.veil.model.MediaKind.VIDEO) {
      image.setPlaceholder(
          org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILMSTRIP, I18n.text("gallery.video"));
    } else {
      image.setPlaceholder(
          org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_OUTLINE,
          I18n.text("gallery.noPreview"));
    }
  }

  /** Colours per category value: calm, distinguishable, readable with white text. */
  static final class CategoryColours {
    private CategoryColours() {}

    static String of(ItemCategory category) {
      return switch (category.value()) {
        case "0" -> "#57606a";
        case "1", "A" -> "#cf222e";
        case "2", "B" -> "#bc4c00";
        case "3", "C" -> "#8250df";
        case "4" -> "#0969da";
        default -> "#1a7f37";
      };
    }

    static Color colour(ItemCategory category) {
      return Color.web(of(category));
    }
  }
}

package org.veil.ui.dupes;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.veil.dupes.NearDuplicates;
import org.veil.model.Category;
import org.veil.model.DuplicateKind;
import org.veil.ui.I18n;
import org.veil.ui.Icons;
import org.veil.ui.media.RevealPolicy;
import org.veil.ui.media.VeiledImage;

/**
 * Groups on the left, largest first; the selected group's members side by side on the right, each
 * through {@link VeiledImage} (blurred until held), with the facts that differ from the
 * representative highlighted. Alt+digit categorises the whole group.
 */
public final class DuplicatesView extends BorderPane {
  static final String SURFACE = "duplicates";
  private final DuplicatesViewModel model;
  private final ListView<DuplicatesViewModel.GroupRow> list = new ListView<>();
  private final FlowPane cards = new FlowPane(10, 10);
  private final Label header = new Label();
  private final java.util.List<VeiledImage> images = new java.util.ArrayList<>();

  public DuplicatesView(DuplicatesViewModel model) {
    this.model = model;
    setId("duplicates");
    setTop(toolbar());

    list.setId("duplicate-groups");
    list.setItems(model.groups());
    list.setCellFactory(l -> new GroupCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.selectedProperty().set(now);
              }
            });
    model
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
              }
            });
    Label empty = new Label(I18n.text("dupes.none"));
    empty.getStyleClass().add("muted");
    list.setPlaceholder(empty);

    header.getStyleClass().add("recent-name");
    cards.setId("duplicate-members");
    cards.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    Label hint = new Label(I18n.text("dupes.hint"), Icons.of(MaterialDesignE.EYE_OFF_OUTLINE, 14));
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    VBox right = new VBox(8, header, hint, scroll);
    right.setPadding(new Insets(8));
    VBox.setVgrow(scroll, Priority.ALWAYS);
    model.members().addListener((javafx.collections.ListChangeListener<MemberFacts>) c -> draw());

    SplitPane body = new SplitPane(list, right);
    body.setDividerPositions(0.24);
    SplitPane.setResizableWithParent(list, false);
    setCenter(body);

    Label notice = new Label();
    notice.setId("duplicates-notice");
    notice.textProperty().bind(model.noticeProperty());
    HBox bottom = new HBox(notice);
    bottom.getStyleClass().add("status-bar");
    setBottom(bottom);

    addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    draw();
  }

  private ToolBar toolbar() {
    ToggleGroup kinds = new ToggleGroup();
    HBox segmented = new HBox();
    segmented.getStyleClass().add("segmented");
    for (DuplicatesViewModel.Show show : DuplicatesViewModel.Show.values()) {
      ToggleButton button =
          new ToggleButton(
              switch (show) {
                case ALL -> I18n.text("dupes.show.all");
                case EXACT -> I18n.text("dupes.show.exact");
                case NEAR -> I18n.text("dupes.show.near");
              });
      button.setId("show-" + show.name().toLowerCase(java.util.Locale.ROOT));
      button.setToggleGroup(kinds);
      button.setSelected(model.showProperty().get() == show);
      button.setOnAction(
          e -> {
            if (!button.isSelected()) {
              button.setSelected(true);
            }
            model.showProperty().set(show);
          });
      segmented.getChildren().add(button);
    }
    Spinner<Integer> distance =
        new Spinner<>(0, NearDuplicates.MAX_DISTANCE, model.distanceProperty().get());
    distance.setId("near-distance");
    distance.setEditable(true);
    distance.setPrefWidth(80);
    distance.setTooltip(new Tooltip(I18n.text("dupes.distanceTip")));
    distance.valueProperty().addListener((obs, old, now) -> model.distanceProperty().set(now));
    Label counts = new Label();
    counts.setId("duplicate-counts");
    counts.textProperty().bind(model.countsProperty());
    counts.getStyleClass().add("muted");
    MenuButton categorise =
        new MenuButton(I18n.text("dupes.categorise"), Icons.of(MaterialDesignT.TAG_OUTLINE));
    categorise.setId("categorise-group");
    categorise.setOnShowing(e -> fillCategories(categorise));
    categorise.disableProperty().bind(model.selectedProperty().isNull());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label loading = new Label(I18n.text("dupes.grouping"));
    loading.visibleProperty().bind(model.loadingProperty());
    ToolBar bar =
        new ToolBar(
            segmented,
            new Separator(),
            new Label(I18n.text("dupes.nearDistance")),
            distance,
            loading,
            new Separator(),
            counts,
            spacer,
            categorise);
    for (Node node : bar.getItems()) {
      node.setFocusTraversable(false);
    }
    return bar;
  }

  private void fillCategories(MenuButton button) {
    button.getItems().clear();
    for (int digit = 0; digit <= 9; digit++) {
      var category = model.review().categoryForKey(digit);
      if (category.isEmpty()) {
        continue;
      }
      int key = digit;
      Category c = category.get();
      MenuItem item =
          new MenuItem(I18n.format("dupes.categoryItem", key, c.value(), I18n.category(c)));
      item.setOnAction(e -> model.categoriseGroup(key));
      button.getItems().add(item);
    }
  }

  /** The group's members, side by side; cards are rebuilt when the group or its marks change. */
  private void draw() {
    for (VeiledImage image : images) {
      image.show(RevealPolicy.NONE); // a released card must not hold a picture
    }
    images.clear();
    cards.getChildren().clear();
    DuplicatesViewModel.GroupRow row = model.selectedProperty().get();
    if (row == null) {
      header.setText("");
      return;
    }
    header.setText(
        I18n.format(
            "dupes.header",
            row.number(),
            row.group().kind() == DuplicateKind.EXACT
                ? I18n.format("dupes.header.exact", row.group().key())
                : I18n.text("dupes.header.near"),
            row.group().size()));
    for (MemberFacts member : model.members()) {
      cards.getChildren().add(card(member, row.group().representativeId()));
    }
  }

  private Node card(MemberFacts member, long representativeId) {
    VeiledImage image =
        new VeiledImage(
            model.review().reveal(),
            model.review().pictures(),
            model.review().blur(),
            SURFACE,
            false);
    image.getStyleClass().add("member-image");
    image.setPrefSize(240, 180);
    image.setMinSize(240, 180);
    image.setMaxSize(240, 180);
    image.show(member.itemId());
    images.add(image);
    GridPane facts = new GridPane();
    facts.setHgap(6);
    facts.setVgap(2);
    int r = 0;
    for (MemberFacts.Field field : MemberFacts.Field.values()) {
      Label key = new Label(field.label());
      key.getStyleClass().add("fact-key");
      key.setMinWidth(Region.USE_PREF_SIZE);
      Label value = new Label(member.facts().get(field));
      value.setMaxWidth(170);
      value.setTooltip(new Tooltip(member.facts().get(field)));
      if (member.differs(field)) {
        value.getStyleClass().add("differs");
      }
      facts.addRow(r++, key, value);
    }
    boolean representative = member.itemId() == representativeId;
    Label title =
        new Label(
            representative
                ? I18n.format("dupes.representative", String.valueOf(member.itemId()))
                : I18n.format("dupes.item", String.valueOf(member.itemId())));
    title.getStyleClass().add("recent-name");
    VBox card = new VBox(title, image, facts);
    card.getStyleClass().add("member-card");
    if (representative) {
      card.getStyleClass().add("representative");
    }
    card.setPrefWidth(258);
    card.setAlignment(Pos.TOP_LEFT);
    return card;
  }

  private void keyPressed(KeyEvent e) {
    if (e.isAltDown() && e.getCode().isDigitKey()) {
      String name = e.getCode().getName();
      model.categoriseGroup(Character.getNumericValue(name.charAt(name.length() - 1)));
      e.consume();
    }
  }

  public ListView<DuplicatesViewModel.GroupRow> groupList() {
    return list;
  }

  public java.util.List<VeiledImage> memberImages() {
    return java.util.List.copyOf(images);
  }

  private static final class GroupCell extends ListCell<DuplicatesViewModel.GroupRow> {
    @Override
    protected void updateItem(DuplicatesViewModel.GroupRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(row.number() + ". " + row.label());
      setGraphic(
          Icons.of(
              row.group().kind() == DuplicateKind.EXACT
                  ? MaterialDesignC.CONTENT_DUPLICATE
                  : MaterialDesignC.COMPARE,
              14));
    }
  }
}

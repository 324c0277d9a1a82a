package org.veil.ui.review;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.veil.model.Category;
import org.veil.task.ProgressSnapshot;
import org.veil.ui.I18n;
import org.veil.ui.Icons;
import org.veil.ui.Workstation;

/** The review window: evidence tree, gallery or table, preview and metadata, filters, status. */
public final class ReviewView extends BorderPane {
  private final ReviewViewModel model;
  private final Workstation workstation;
  private final GalleryView gallery;
  private final ItemTable table;
  private final StackPane center = new StackPane();
  private final TextField search = new TextField();
  private final HBox chips = new HBox(6);
  private final TreeView<EvidenceFolders.Node> tree = new TreeView<>();
  private boolean tableShown;

  public ReviewView(ReviewViewModel model, Workstation workstation) {
    this.model = model;
    this.workstation = workstation;
    setId("review");
    gallery = new GalleryView(model);
    table = new ItemTable(model);
    center.getChildren().add(gallery);

    VBox top = new VBox(menus(), toolbar(), filterBar());
    setTop(top);

    tree.setId("evidence-tree");
    tree.setShowRoot(false);
    tree.setCellFactory(t -> new FolderCell());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> filterToFolder(now));
    model.foldersProperty().addListener((obs, old, now) -> fillTree(now));
    Label treeTitle = new Label(I18n.text("review.evidence"));
    treeTitle.getStyleClass().add("section-title");
    VBox left = new VBox(6, treeTitle, tree);
    left.setPadding(new Insets(8));
    VBox.setVgrow(tree, Priority.ALWAYS);

    PreviewPane preview = new PreviewPane(model);
    MetadataPanel metadata = new MetadataPanel(model);
    Label fileTitle = new Label(I18n.text("review.file"));
    fileTitle.getStyleClass().add("section-title");
    VBox file = new VBox(6, fileTitle, preview.facts());
    file.setPadding(new Insets(8, 8, 0, 8));
    ScrollPane metadataScroll = new ScrollPane(new VBox(file, metadata));
    metadataScroll.setFitToWidth(true);
    SplitPane right = new SplitPane(preview, metadataScroll);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.48);

    SplitPane body = new SplitPane(left, center, right);
    body.setDividerPositions(0.17, 0.665);
    SplitPane.setResizableWithParent(left, false);
    setCenter(body);
    setBottom(statusBar());

    addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
  }

  public void focusGallery() {
    (tableShown ? table : gallery.grid()).requestFocus();
  }

  public GalleryView gallery() {
    return gallery;
  }

  // ---- menus and toolbar

  private MenuBar menus() {
    MenuItem addFolder = item(I18n.text("review.addFolder"), KeyCode.O, this::addFolder);
    MenuItem addArchive = new MenuItem(I18n.text("review.addArchive"));
    addArchive.setOnAction(e -> addArchive());
    MenuItem preferences = org.veil.ui.prefs.PreferencesDialog.menuItem(workstation); // insight
    MenuItem close = new MenuItem(I18n.text("review.closeCase"));
    close.setOnAction(e -> workstation.showWelcome());
    Menu file =
        new Menu(
            I18n.text("review.menu.file"),
            null,
            addFolder,
            addArchive,
            preferences,
            new javafx.scene.control.SeparatorMenuItem(),
            close);

    CheckMenuItem gray = new CheckMenuItem(I18n.text("review.grayscale"));
    gray.selectedProperty().bindBidirectional(model.blur().grayscaleProperty());
    MenuItem strength = new MenuItem(I18n.text("review.blurStrength"));
    strength.setOnAction(e -> chooseStrength());
    MenuItem revealAll = new MenuItem(I18n.text("review.revealAllMenu"));
    revealAll.setAccelerator(
        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    revealAll.setOnAction(e -> confirmRevealAll());
    MenuItem theme = new MenuItem(I18n.text("review.theme"));
    theme.setOnAction(e -> workstation.toggleTheme());
    MenuItem filters = item(I18n.text("review.filtersMenu"), KeyCode.L, this::openFilters);
    MenuItem clear = new MenuItem(I18n.text("review.clearFilters"));
    clear.setOnAction(e -> model.clearFilter());
    Menu schemes = new Menu(I18n.text("review.scheme"));
    ToggleGroup schemeGroup = new ToggleGroup();
    for (var scheme : model.tagging().schemes()) {
      javafx.scene.control.RadioMenuItem choice =
          new javafx.scene.control.RadioMenuItem(scheme.name());
      choice.setToggleGroup(schemeGroup);
      choice.setSelected(scheme.id().equals(model.scheme().id()));
      choice.setOnAction(e -> model.setScheme(scheme.id()));
      schemes.getItems().add(choice);
    }
    CheckMenuItem stack = new CheckMenuItem(I18n.text("review.stack"));
    stack.setId("stack-duplicates");
    stack.selectedProperty().bindBidirectional(model.stackDuplicatesProperty());
    CheckMenuItem known = new CheckMenuItem(I18n.text("review.known"));
    known.setId("show-known");
    known.selectedProperty().bindBidirectional(model.showKnownProperty());
    Menu view =
        new Menu(
            I18n.text("review.menu.view"),
            null,
            filters,
            clear,
            stack,
            known,
            gray,
            strength,
            revealAll,
            schemes,
            theme);
    view.getItems().addAll(org.veil.ui.insight.InsightTabs.menuItems(workstation)); // insight

    MenuItem shortcuts = new MenuItem(I18n.text("review.shortcuts"));
    shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN));
    shortcuts.setOnAction(e -> showShortcuts());
    Menu help =
        new Menu(
            I18n.text("review.menu.help"),
            null,
            org.veil.ui.help.HelpWindow.menuItem(workstation),
            shortcuts);
    return new MenuBar(file, view, chatsMenu(), help);
  }

  // ---- chats: where the focused item was posted (the Chats tab answers)

  private Menu chatsMenu() {
    MenuItem posted =
        new MenuItem(
            I18n.text("review.wherePostedMenu"), Icons.of(MaterialDesignS.SHARE_VARIANT_OUTLINE));
    posted.setId("where-posted-menu");
    posted.setAccelerator(
        new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    posted.setOnAction(e -> whereWasThisPosted());
    return new Menu(I18n.text("tab.chats"), null, posted);
  }

  private Button wherePostedButton() {
    Button posted =
        new Button(
            I18n.text("common.wherePosted"), Icons.of(MaterialDesignS.SHARE_VARIANT_OUTLINE));
    posted.setId("where-posted");
    posted.setTooltip(new Tooltip(I18n.text("review.wherePostedTip")));
    posted.disableProperty().bind(model.focusItemProperty().isNull());
    posted.setOnAction(e -> whereWasThisPosted());
    return posted;
  }

  private void whereWasThisPosted() {
    var item = model.focusItemProperty().get();
    if (item != null) {
      workstation.whereWasThisPosted(item.id());
    }
  }

  private static MenuItem item(String text, KeyCode key, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(e -> action.run());
    return item;
  }

  private ToolBar toolbar() {
    ToggleGroup mode = new ToggleGroup();
    ToggleButton grid = new ToggleButton(null, Icons.of(MaterialDesignV.VIEW_GRID_OUTLINE));
    grid.setTooltip(new Tooltip(I18n.text("review.galleryTip")));
    grid.setToggleGroup(mode);
    grid.setSelected(true);
    grid.setOnAction(e -> showTable(false));
    ToggleButton list = new ToggleButton(null, Icons.of(MaterialDesignT.TABLE));
    list.setTooltip(new Tooltip(I18n.text("review.tableTip")));
    list.setId("show-table");
    list.setToggleGroup(mode);
    list.setOnAction(e -> showTable(true));
    mode.selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true);
              }
            });
    this.modeButtons = new ToggleButton[] {grid, list};

    ToggleGroup sizes = new ToggleGroup();
    HBox sizeBox = new HBox();
    sizeBox.getStyleClass().add("segmented");
    for (String size : List.of("S", "M", "L")) {
      ToggleButton button = new ToggleButton(size);
      button.setToggleGroup(sizes);
      button.setUserData(size);
      button.setSelected(ReviewViewModel.SIZES.get(size) == model.cellWidthProperty().get());
      button.setOnAction(e -> model.setThumbnailSize(size));
      button.setTooltip(new Tooltip(I18n.text("review.thumbSize")));
      sizeBox.getChildren().add(button);
    }
    this.sizeGroup = sizes;

    ToggleButton gray = new ToggleButton(null, Icons.of(MaterialDesignC.CIRCLE_HALF_FULL));
    gray.setTooltip(new Tooltip(I18n.text("review.grayscaleTip")));
    gray.selectedProperty().bindBidirectional(model.blur().grayscaleProperty());

    Button revealAll =
        new Button(I18n.text("review.revealAll"), Icons.of(MaterialDesignE.EYE_OUTLINE));
    revealAll.setOnAction(e -> confirmRevealAll());
    revealAll.setFocusTraversable(false);

    search.setId("search");
    search.setPromptText(I18n.text("review.searchPrompt"));
    search.setPrefColumnCount(18);
    search.setOnAction(
        e ->
            model.setFilter(
                model
                    .filterProperty()
                    .get()
                    .withItems(
                        model.filterProperty().get().items().withNameContains(search.getText()))));

    Button filters =
        new Button(I18n.text("filter.title"), Icons.of(MaterialDesignF.FILTER_VARIANT));
    filters.setId("open-filters");
    filters.setOnAction(e -> openFilters());
    Button add =
        new Button(I18n.text("review.addEvidence"), Icons.of(MaterialDesignF.FOLDER_PLUS_OUTLINE));
    add.setOnAction(e -> addFolder());
    add.disableProperty().bind(model.ingestingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label blurred =
        new Label(I18n.text("review.blurred"), Icons.of(MaterialDesignE.EYE_OFF_OUTLINE, 14));
    blurred.getStyleClass().add("muted");
    ToolBar bar =
        new ToolBar(
            grid,
            list,
            new Separator(),
            sizeBox,
            gray,
            revealAll,
            new Separator(),
            search,
            filters,
            spacer,
            blurred,
            wherePostedButton(),
            add);
    for (Node node : bar.getItems()) {
      node.setFocusTraversable(false);
    }
    search.setFocusTraversable(true);
    return bar;
  }

  private ToggleButton[] modeButtons;
  private ToggleGroup sizeGroup;

  private Node filterBar() {
    chips.getStyleClass().add("filter-bar");
    chips.setAlignment(Pos.CENTER_LEFT);
    chips.setId("filter-chips");
    model.filterProperty().addListener((obs, old, now) -> fillChips(now));
    fillChips(model.filterProperty().get());
    return chips;
  }

  private void fillChips(ReviewFilter filter) {
    chips.getChildren().clear();
    boolean any = !filter.isEmpty();
    chips.setVisible(any);
    chips.setManaged(any);
    if (!any) {
      return;
    }
    Label title = new Label(I18n.text("review.filtersLabel"));
    title.getStyleClass().add("muted");
    chips.getChildren().add(title);
    for (ReviewFilter.Chip chip : filter.chips()) {
      boolean place = chip.id().equals("place"); // the folder chip names the source by its path
      Label text = new Label(place ? placeLabel(filter) : chip.label());
      Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE, 12));
      remove.getStyleClass().addAll("flat", "button-icon");
      remove.setId("remove-chip-" + chip.id());
      remove.setTooltip(new Tooltip(I18n.text("review.removeFilter")));
      remove.setFocusTraversable(false);
      remove.setOnAction(e -> model.removeChip(chip.id()));
      HBox box = new HBox(2, text, remove);
      box.setAlignment(Pos.CENTER_LEFT);
      box.getStyleClass().add("chip");
      chips.getChildren().add(box);
    }
    Button clear = new Button(I18n.text("review.clearAll"));
    clear.getStyleClass().add("flat");
    clear.setFocusTraversable(false);
    clear.setOnAction(e -> model.clearFilter());
    chips.getChildren().add(clear);
  }

  /** "In: phone/2024/" or, for a whole source, its folder or file name. */
  private String placeLabel(ReviewFilter filter) {
    var items = filter.items();
    if (items.folder() != null && !items.folder().isEmpty()) {
      return I18n.text("chip.in") + items.folder();
    }
    return model
        .openCase()
        .sources()
        .byId(items.sourceId())
        .map(source -> I18n.text("chip.in") + FolderCell.shortName(source.path()))
        .orElse(
            I18n.text("chip.in") + I18n.format("chip.source", String.valueOf(items.sourceId())));
  }

  private Node statusBar() {
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(model.statusProperty());
    Label notice = new Label();
    notice.setId("notice");
    notice.textProperty().bind(model.noticeProperty());
    notice.setMinWidth(0);
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(160);
    Label eta = new Label();
    Button cancel =
        new Button(I18n.text("common.cancel"), Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, 14));
    cancel.setOnAction(e -> model.cancelIngest());
    HBox ingest = new HBox(6, progress, eta, cancel);
    ingest.setAlignment(Pos.CENTER_LEFT);
    ingest.visibleProperty().bind(model.ingestingProperty());
    ingest.managedProperty().bind(model.ingestingProperty());
    model
        .ingestProgressProperty()
        .addListener(
            (obs, old, now) -> {
              progress.setProgress(now == null ? -1 : now.fraction());
              eta.setText(now == null ? "" : progressText(now));
            });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(12, status, notice, spacer, ingest);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  static String progressText(ProgressSnapshot p) {
    StringBuilder text = new StringBuilder();
    text.append(p.items());
    if (p.itemsTotal() > 0) {
      text.append(" / ").append(p.itemsTotal());
    }
    text.append(I18n.text("review.progress.items"));
    text.append(String.format(java.util.Locale.ROOT, " · %.0f/s", p.itemsPerSecond()));
    Duration eta = p.eta();
    if (eta != null) {
      long s = eta.toSeconds();
      text.append(
          s >= 3600
              ? I18n.format("review.progress.etaHours", s / 3600, (s % 3600) / 60, s % 60)
              : I18n.format("review.progress.eta", (s % 3600) / 60, s % 60));
    }
    return text.toString();
  }

  // ---- evidence tree

  private void fillTree(EvidenceFolders folders) {
    TreeItem<EvidenceFolders.Node> root = new TreeItem<>();
    if (folders != null) {
      for (EvidenceFolders.Node source : folders.sources()) {
        root.getChildren().add(branch(source, true));
      }
    }
    tree.setRoot(root);
  }

  private TreeItem<EvidenceFolders.Node> branch(EvidenceFolders.Node node, boolean expanded) {
    TreeItem<EvidenceFolders.Node> item = new TreeItem<>(node);
    item.setExpanded(expanded);
    for (EvidenceFolders.Node child : node.children()) {
      item.getChildren().add(branch(child, false));
    }
    return item;
  }

  private void filterToFolder(TreeItem<EvidenceFolders.Node> selected) {
    if (selected == null || selected.getValue() == null) {
      return;
    }
    EvidenceFolders.Node node = selected.getValue();
    var current = model.filterProperty().get();
    model.setFilter(current.withItems(current.items().withPlace(node.sourceId(), node.prefix())));
  }

  private static final class FolderCell extends TreeCell<EvidenceFolders.Node> {
    @Override
    protected void updateItem(EvidenceFolders.Node node, boolean empty) {
      super.updateItem(node, empty);
      if (empty || node == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      String label = node.prefix().isEmpty() ? shortName(node.label()) : node.label();
      setText(label + "  (" + node.count() + ")");
      setTooltip(new Tooltip(node.prefix().isEmpty() ? node.label() : node.prefix()));
      setGraphic(
          Icons.of(
              node.prefix().isEmpty()
                  ? MaterialDesignH.HARDDISK
                  : node.archive()
                      ? MaterialDesignF.FOLDER_ZIP_OUTLINE
                      : MaterialDesignF.FOLDER_OUTLINE,
              14));
    }

    static String shortName(String path) {
      int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      return slash < 0 ? path : path.substring(slash + 1);
    }
  }

  // ---- actions

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }

  private void showTable(boolean show) {
    tableShown = show;
    center.getChildren().setAll(show ? table : gallery);
    modeButtons[show ? 1 : 0].setSelected(true);
    focusGallery();
  }

  private void addFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(I18n.text("review.addFolderTitle"));
    File dir = chooser.showDialog(window());
    if (dir != null) {
      model.addEvidence(List.of(dir.toPath()));
    }
  }

  private void addArchive() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(I18n.text("review.addArchiveTitle"));
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                I18n.text("review.archives"),
                "*.zip",
                "*.7z",
                "*.tar",
                "*.tar.gz",
                "*.tgz",
                "*.gz"));
    File file = chooser.showOpenDialog(window());
    if (file != null) {
      model.addEvidence(List.of(file.toPath()));
    }
  }

  void openFilters() {
    new FilterDialog(window(), model).showAndWait().ifPresent(model::setFilter);
  }

  void confirmRevealAll() {
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            I18n.format("review.revealAllText", model.ids().size()),
            ButtonType.CANCEL,
            ButtonType.OK);
    confirm.initOwner(window());
    confirm.setHeaderText(I18n.text("review.revealAllHeader"));
    ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK))
        .setDefaultButton(false);
    ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL))
        .setDefaultButton(true);
    Optional<ButtonType> answer = confirm.showAndWait();
    if (answer.isPresent() && answer.get() == ButtonType.OK) {
      model.revealAll(tableShown ? "table" : "gallery");
    }
  }

  private void chooseStrength() {
    Dialog<Integer> dialog = new Dialog<>();
    dialog.initOwner(window());
    dialog.setTitle(I18n.text("review.blurStrengthTitle"));
    dialog.setHeaderText(I18n.text("review.blurStrengthHeader"));
    Slider slider = new Slider(0, org.veil.media.Blur.MAX_STRENGTH, model.blur().strength());
    slider.setMajorTickUnit(1);
    slider.setSnapToTicks(true);
    slider.setShowTickLabels(true);
    slider.setShowTickMarks(true);
    slider.setPrefWidth(320);
    slider.valueProperty().addListener((obs, old, now) -> model.setBlurStrength(now.intValue()));
    dialog.getDialogPane().setContent(slider);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.showAndWait();
  }

  void askTag() {
    Dialog<String[]> dialog = new Dialog<>();
    dialog.initOwner(window());
    dialog.setTitle(I18n.text("metadata.tag"));
    dialog.setHeaderText(I18n.format("review.tagHeader", model.selection().size()));
    ComboBox<String> name = new ComboBox<>();
    name.setId("tag-name");
    name.setEditable(true);
    name.getItems().addAll(model.tags().stream().map(org.veil.model.Tag::name).toList());
    name.setPrefWidth(240);
    ColorPicker colour = new ColorPicker(Color.web("#0969da"));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label(I18n.text("metadata.tag")), name);
    grid.addRow(1, new Label(I18n.text("review.tagColour")), colour);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setOnShown(e -> name.requestFocus());
    dialog.setResultConverter(
        b ->
            b == ButtonType.OK
                ? new String[] {name.getEditor().getText(), hex(colour.getValue())}
                : null);
    dialog.showAndWait().ifPresent(r -> model.tagSelection(r[0], r[1]));
  }

  void askNote() {
    org.veil.ui.NoteLines.askText(
            window(), I18n.format("review.noteHeader", model.selection().size()), "")
        .ifPresent(model::noteSelection);
  }

  private static String hex(Color c) {
    return String.format(
        "#%02x%02x%02x",
        (int) Math.round(c.getRed() * 255),
        (int) Math.round(c.getGreen() * 255),
        (int) Math.round(c.getBlue() * 255));
  }

  void showShortcuts() {
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(6);
    int row = 0;
    for (Shortcuts.Shortcut s : Shortcuts.ALL) {
      Label keys = new Label(s.keys());
      keys.getStyleClass().add("recent-name");
      grid.addRow(row++, keys, new Label(s.action()));
    }
    for (Category c : model.scheme().categories()) {
      grid.addRow(
          row++, new Label(""), new Label(keyFor(c) + " → " + c.value() + "  " + I18n.category(c)));
    }
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(window());
    dialog.setTitle(I18n.text("review.shortcutsTitle"));
    dialog.setHeaderText(I18n.text("review.shortcutsHeader"));
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
  }

  private String keyFor(Category c) {
    for (int d = 0; d <= 9; d++) {
      var found = model.categoryForKey(d);
      if (found.isPresent() && found.get().value().equals(c.value())) {
        return I18n.format("review.key", String.valueOf(d));
      }
    }
    return "—";
  }

  // ---- keys

  private boolean typing(KeyEvent e) {
    return e.getTarget() instanceof TextInputControl
        || (e.getTarget() instanceof Node n
            && n.getScene() != null
            && n.getScene().getFocusOwner() instanceof TextInputControl);
  }

  private boolean navigatingElsewhere(KeyEvent e) {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    boolean otherList = owner == tree || owner instanceof javafx.scene.control.TreeTableView<?>;
    return otherList
        && switch (e.getCode()) {
          case UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, ENTER -> true;
          default -> false;
        };
  }

  private void keyPressed(KeyEvent e) {
    if (typing(e)) {
      if (e.getCode() == KeyCode.ESCAPE) {
        focusGallery();
        e.consume();
      }
      return;
    }
    if (navigatingElsewhere(e)) {
      return; // arrows in the evidence tree or the metadata tree move there
    }
    boolean shortcut = e.isShortcutDown();
    boolean shift = e.isShiftDown();
    int columns = tableShown ? 1 : gallery.columns();
    int page = tableShown ? 20 : gallery.pageSize();
    KeyCode code = e.getCode();
    boolean handled = true;
    if (shortcut) {
      switch (code) {
        case A -> model.selectAll();
        case F -> search.requestFocus();
        case T -> showTable(!tableShown);
        case DIGIT1 -> size("S");
        case DIGIT2 -> size("M");
        case DIGIT3 -> size("L");
        default -> handled = false;
      }
    } else {
      switch (code) {
        case LEFT -> model.move(tableShown ? -1 : -1, shift);
        case RIGHT -> model.move(1, shift);
        case UP -> model.move(-columns, shift);
        case DOWN -> model.move(columns, shift);
        case PAGE_UP -> model.move(-page, shift);
        case PAGE_DOWN -> model.move(page, shift);
        case HOME -> model.move(-model.ids().size(), shift);
        case END -> model.move(model.ids().size(), shift);
        case SPACE -> model.holdReveal(tableShown ? "table" : "gallery");
        case R -> model.toggleReveal(tableShown ? "table" : "gallery");
        case ESCAPE -> model.blurAll();
        case G -> model.toggleGrayscale();
        case T -> askTag();
        case N -> askNote();
        case B -> model.toggleBookmark();
        case BACK_SPACE, DELETE -> model.uncategorise();
        case F1 -> showShortcuts();
        default -> {
          if (code.isDigitKey()) {
            model.categorise(digit(code));
          } else {
            handled = false;
          }
        }
      }
    }
    if (handled) {
      e.consume();
    }
  }

  private void size(String size) {
    model.setThumbnailSize(size);
    for (var toggle : sizeGroup.getToggles()) {
      toggle.setSelected(size.equals(toggle.getUserData()));
    }
  }

  private static int digit(KeyCode code) {
    String name = code.getName();
    return Character.getNumericValue(name.charAt(name.length() - 1));
  }

  private void keyReleased(KeyEvent e) {
    if (e.getCode() == KeyCode.SPACE && !typing(e)) {
      model.releaseReveal();
      e.consume();
    }
  }
}

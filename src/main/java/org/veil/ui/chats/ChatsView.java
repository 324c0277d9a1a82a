package org.veil.ui.chats;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.veil.model.ChatSummary;
import org.veil.ui.Icons;

/**
 * The Chats screen: search bar and filters on top; chats, facets and keyword lists on the left;
 * hits in the middle; the conversation, person or provenance of what was picked on the right.
 */
public final class ChatsView extends BorderPane {
  private final ChatsViewModel model;
  private final TextField search = new TextField();
  private final ListView<ChatsViewModel.HitRow> hits = new ListView<>();
  private final TabPane detail = new TabPane();
  private final Tab conversationTab;
  private final Tab personTab;
  private final Tab provenanceTab;
  private final ConversationView conversation;

  public ChatsView(ChatsViewModel model) {
    this.model = model;
    setId("chats");
    getStyleClass().add("chats-view");
    setTop(searchBar());

    conversation = new ConversationView(model.conversation());
    conversationTab = new Tab("Conversation", conversation);
    conversationTab.setId("conversation-tab");
    personTab = new Tab("Person", new PersonView(model.person()));
    personTab.setId("person-tab");
    provenanceTab = new Tab("Where posted", new ProvenanceView(model.provenance()));
    provenanceTab.setId("provenance-tab");
    detail.getTabs().addAll(conversationTab, personTab, provenanceTab);
    detail.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    detail.setId("chat-detail");
    model
        .detailProperty()
        .addListener(
            (obs, old, now) -> {
              switch (now) {
                case CONVERSATION -> detail.getSelectionModel().select(conversationTab);
                case PERSON -> detail.getSelectionModel().select(personTab);
                case PROVENANCE -> detail.getSelectionModel().select(provenanceTab);
                case NONE -> {}
              }
            });

    SplitPane body = new SplitPane(leftPane(), hitsPane(), detail);
    body.setDividerPositions(0.21, 0.53);
    setCenter(body);
    setBottom(statusBar());
  }

  /** Puts the caret in the search bar (Ctrl+F, and when the tab is shown). */
  public void focusSearch() {
    search.requestFocus();
  }

  public TextField searchField() {
    return search;
  }

  // ---- search bar

  private Node searchBar() {
    search.setId("chat-search");
    search.setPromptText("Search messages: 사진, photo, \"a phrase\", @name, user:name  (Ctrl+F)");
    search.textProperty().bindBidirectional(model.textProperty());
    search.setOnAction(e -> model.search());
    HBox.setHgrow(search, Priority.ALWAYS);
    search.getStyleClass().add("message-text");

    Button help = new Button(null, Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
    help.setId("syntax-help");
    help.setTooltip(new Tooltip("Search syntax"));
    help.setOnAction(
        e -> {
          PopOver popover = new PopOver(SyntaxHelp.content());
          popover.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
          popover.setTitle("Search syntax");
          popover.setHeaderAlwaysVisible(true);
          popover.setDetachable(false);
          popover.show(help);
        });

    TextField user = new TextField();
    user.setId("chat-user");
    user.setPromptText("User: id, @name or display name");
    user.setPrefColumnCount(14);
    user.textProperty().bindBidirectional(model.userProperty());
    user.setOnAction(e -> model.search());
    user.getStyleClass().add("message-text");

    ComboBox<ChatSummary> chat = new ComboBox<>(model.chats());
    chat.setId("chat-filter");
    chat.setPromptText("All chats");
    chat.setPrefWidth(180);
    chat.valueProperty().bindBidirectional(model.chatProperty());
    chat.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ChatSummary c) {
            return c == null ? "All chats" : c.name();
          }

          @Override
          public ChatSummary fromString(String text) {
            return null;
          }
        });
    chat.getStyleClass().add("message-text");

    DatePicker from = new DatePicker();
    from.setId("chat-from");
    from.setPromptText("From day");
    from.setPrefWidth(130);
    from.valueProperty().bindBidirectional(model.fromProperty());
    DatePicker to = new DatePicker();
    to.setId("chat-to");
    to.setPromptText("To day");
    to.setPrefWidth(130);
    to.valueProperty().bindBidirectional(model.toProperty());

    Button go = new Button("Search", Icons.of(MaterialDesignM.MAGNIFY));
    go.setId("chat-search-go");
    go.setDefaultButton(false);
    go.setOnAction(e -> model.search());
    Button clear = new Button(null, Icons.of(MaterialDesignC.CLOSE));
    clear.setTooltip(new Tooltip("Clear the search and filters"));
    clear.setOnAction(e -> model.clear());

    MenuItem importFolder = new MenuItem("Export folder…");
    importFolder.setOnAction(e -> chooseExportFolder());
    MenuItem importFile = new MenuItem("Export file (.json, .html, .txt, .zip)…");
    importFile.setOnAction(e -> chooseExportFile());
    MenuButton importer =
        new MenuButton("Import chat export", Icons.of(MaterialDesignF.FOLDER_PLUS_OUTLINE));
    importer.getItems().addAll(importFolder, importFile);
    importer.disableProperty().bind(model.importingProperty());

    HBox row = new HBox(6, search, help, user, chat, from, to, go, clear, importer);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(8));

    Label error = new Label();
    error.setId("chat-search-error");
    error.getStyleClass().add("search-error");
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    error.setWrapText(true);
    VBox top = new VBox(row, error);
    VBox.setMargin(error, new Insets(0, 8, 6, 8));
    setOnKeyPressed(
        e -> {
          if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
            e.consume();
          }
        });
    return top;
  }

  private void chooseExportFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Chat export folder (Telegram, WhatsApp, Discord)");
    File chosen = chooser.showDialog(getScene().getWindow());
    if (chosen != null) {
      model.importExport(chosen.toPath());
    }
  }

  private void chooseExportFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Chat export file");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Chat exports", "*.json", "*.html", "*.txt", "*.zip"));
    File chosen = chooser.showOpenDialog(getScene().getWindow());
    if (chosen != null) {
      model.importExport(chosen.toPath());
    }
  }

  // ---- left: chats, facets, keyword lists

  private Node leftPane() {
    ListView<ChatSummary> chats = new ListView<>(model.chats());
    chats.setId("chat-list");
    chats.setCellFactory(
        v -> {
          ChatCell cell = new ChatCell();
          cell.setPrefWidth(0); // fit the pane instead of scrolling sideways
          return cell;
        });
    chats.setOnMouseClicked(
        e -> {
          ChatSummary chosen = chats.getSelectionModel().getSelectedItem();
          if (chosen != null) {
            model.chatProperty().set(chosen);
            model.search();
          }
        });

    ListView<ChatsViewModel.Facet> byChat = facetList("facet-chats", model.chatFacets());
    byChat.setOnMouseClicked(e -> pick(byChat, model::narrowToChat));
    ListView<ChatsViewModel.Facet> bySender = facetList("facet-senders", model.senderFacets());
    bySender.setOnMouseClicked(
        e -> {
          ChatsViewModel.Facet facet = bySender.getSelectionModel().getSelectedItem();
          if (facet == null) {
            return;
          }
          if (e.getClickCount() == 2) {
            model.openPerson(facet.key());
          } else {
            model.narrowToSender(facet);
          }
        });
    Tab chatTab = new Tab("By chat", byChat);
    Tab senderTab = new Tab("By sender", bySender);
    senderTab.setTooltip(new Tooltip("Click to narrow; double-click for the person view"));
    TabPane facets = new TabPane(chatTab, senderTab);
    facets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

    VBox top = titled("CHATS", chats);
    VBox middle = titled("FACETS · click to narrow", facets);
    VBox bottom = titled("KEYWORD LISTS", keywordPane());
    SplitPane left = new SplitPane(top, middle, bottom);
    left.setOrientation(Orientation.VERTICAL);
    left.setDividerPositions(0.36, 0.68);
    return left;
  }

  private static <T> void pick(ListView<T> list, java.util.function.Consumer<T> action) {
    T chosen = list.getSelectionModel().getSelectedItem();
    if (chosen != null) {
      action.accept(chosen);
    }
  }

  private static VBox titled(String title, Node content) {
    Label label = new Label(title);
    label.getStyleClass().add("section-title");
    label.setMinWidth(0);
    VBox box = new VBox(4, label, content);
    box.setPadding(new Insets(6, 6, 6, 8));
    VBox.setVgrow(content, Priority.ALWAYS);
    return box;
  }

  private ListView<ChatsViewModel.Facet> facetList(
      String id, javafx.collections.ObservableList<ChatsViewModel.Facet> values) {
    ListView<ChatsViewModel.Facet> list = new ListView<>(values);
    list.setId(id);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ChatsViewModel.Facet facet, boolean empty) {
                super.updateItem(facet, empty);
                if (empty || facet == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label name = new Label(facet.label());
                name.getStyleClass().add("message-text");
                name.setMinWidth(0);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label count = new Label(Long.toString(facet.count()));
                count.getStyleClass().add("facet-count");
                count.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(6, name, spacer, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
              }
            });
    return list;
  }

  private Node keywordPane() {
    Button load = new Button("Load list…", Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
    load.setId("keywords-load");
    load.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Keyword list: UTF-8 text, one term a line");
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter("Text", "*.txt", "*.csv", "*.lst"),
                  new FileChooser.ExtensionFilter("All files", "*"));
          File file = chooser.showOpenDialog(getScene().getWindow());
          if (file != null) {
            model.loadKeywords(file.toPath());
          }
        });
    Button run = new Button("Run all", Icons.of(MaterialDesignP.PLAY_OUTLINE));
    run.setId("keywords-run");
    run.setTooltip(new Tooltip("Count every term again with the current filters"));
    run.setOnAction(e -> model.runKeywords());
    Label name = new Label();
    name.getStyleClass().add("muted");
    name.textProperty().bind(model.keywordListNameProperty());
    name.setMinWidth(0);
    HBox buttons = new HBox(6, load, run, name);
    buttons.setAlignment(Pos.CENTER_LEFT);

    ListView<ChatsViewModel.KeywordResult> list = new ListView<>(model.keywords());
    list.setId("keyword-results");
    Label empty = new Label("Load a text file of terms, one a line, to count each one.");
    empty.setWrapText(true);
    list.setPlaceholder(empty);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ChatsViewModel.KeywordResult k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                  setText(null);
                  setGraphic(null);
                  setTooltip(null);
                  return;
                }
                Label term = new Label(k.term());
                term.getStyleClass().add("message-text");
                term.setMinWidth(0);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label count = new Label(k.error() == null ? Long.toString(k.hits()) : "error");
                count.getStyleClass().add(k.error() == null ? "facet-count" : "search-error");
                count.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(6, term, spacer, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
                setTooltip(k.error() == null ? null : new Tooltip(k.error()));
              }
            });
    list.setOnMouseClicked(e -> pick(list, model::showKeyword));
    VBox box = new VBox(6, buttons, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    return box;
  }

  // ---- hits

  private Node hitsPane() {
    hits.setId("hits");
    hits.setItems(model.hits());
    hits.setPlaceholder(new Label("Search, or pick a chat to read it from the start."));
    hits.setCellFactory(v -> new HitCell());
    hits.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.openHit(now);
              }
            });
    Label summary = new Label();
    summary.setId("chat-summary");
    summary.textProperty().bind(model.summaryProperty());
    summary.getStyleClass().add("muted");
    summary.setMinWidth(0);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(16, 16);
    busy.visibleProperty().bind(model.busyProperty());
    HBox head = new HBox(8, summary, busy);
    head.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(4, head, hits);
    box.setPadding(new Insets(6));
    VBox.setVgrow(hits, Priority.ALWAYS);
    return box;
  }

  private final class HitCell extends ListCell<ChatsViewModel.HitRow> {
    HitCell() {
      setPrefWidth(0); // wrap inside the list instead of widening it
    }

    @Override
    protected void updateItem(ChatsViewModel.HitRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        setContextMenu(null);
        return;
      }
      Label where = new Label(row.chatName() + " · " + row.hit().sender());
      where.getStyleClass().addAll("hit-meta", "message-text");
      where.setMinWidth(0);
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      Label time = new Label(row.time());
      time.getStyleClass().add("muted");
      time.setMinWidth(Region.USE_PREF_SIZE);
      HBox meta = new HBox(6, where, spacer, time);
      var snippet = SnippetText.of(row.hit().snippet());
      snippet.prefWidthProperty().bind(widthProperty().subtract(24));
      VBox box = new VBox(2, meta, snippet);
      setText(null);
      setGraphic(box);
      MenuItem person = new MenuItem("Person view: " + row.hit().sender());
      person.setGraphic(Icons.of(MaterialDesignE.EYE_OUTLINE));
      String who = row.hit().senderId() != null ? row.hit().senderId() : row.hit().sender();
      person.setOnAction(e -> model.openPerson(who));
      setContextMenu(new ContextMenu(person));
    }
  }

  // ---- status

  private Node statusBar() {
    Label notice = new Label();
    notice.setId("chat-notice");
    notice.textProperty().bind(model.noticeProperty());
    notice.setMinWidth(0);
    Button cancel = new Button("Cancel import", Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, 14));
    cancel.setOnAction(e -> model.cancelImport());
    cancel.visibleProperty().bind(model.importingProperty());
    cancel.managedProperty().bind(model.importingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label zone = new Label("Times in " + model.times().zone().getId() + ", offset shown");
    zone.getStyleClass().add("muted");
    HBox bar = new HBox(12, notice, spacer, cancel, zone);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private final class ChatCell extends ListCell<ChatSummary> {
    @Override
    protected void updateItem(ChatSummary chat, boolean empty) {
      super.updateItem(chat, empty);
      if (empty || chat == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(chat.name());
      name.getStyleClass().addAll("recent-name", "message-text");
      name.setMinWidth(0);
      Label platform = new Label(chat.platform());
      platform.getStyleClass().add("muted");
      platform.setMinWidth(Region.USE_PREF_SIZE);
      HBox title = new HBox(6, name, platform);
      title.setAlignment(Pos.BASELINE_LEFT);
      Label counts =
          new Label(
              chat.messageCount()
                  + " messages · "
                  + chat.serviceCount()
                  + " service · "
                  + chat.participantCount()
                  + " people");
      counts.getStyleClass().add("muted");
      counts.setMinWidth(0);
      Label first = new Label("first " + model.times().format(chat.firstAt()));
      first.getStyleClass().add("muted");
      Label last = new Label("last  " + model.times().format(chat.lastAt()));
      last.getStyleClass().add("muted");
      VBox box = new VBox(1, title, counts, first, last);
      setText(null);
      setGraphic(box);
    }
  }
}

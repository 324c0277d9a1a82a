package org.veil.ui.chats;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.veil.ui.media.RevealPolicy;
import org.veil.ui.media.VeiledImage;

/** Everything one user did across rooms: rooms and how they came in, timeline, messages, media. */
final class PersonView extends VBox {
  private final PersonViewModel model;

  PersonView(PersonViewModel model) {
    this.model = model;
    setId("person");
    setSpacing(4);
    setPadding(new Insets(6));
    Label who = new Label();
    who.setId("person-name");
    who.getStyleClass().addAll("person-name", "message-text");
    who.textProperty().bind(model.whoProperty());
    Label identity = new Label();
    identity.getStyleClass().addAll("muted", "message-text");
    identity.setWrapText(true);
    identity.textProperty().bind(model.identityProperty());
    Label seen = new Label();
    seen.setId("person-seen");
    seen.setWrapText(true);
    seen.textProperty().bind(model.seenProperty());

    ListView<PersonViewModel.Room> rooms = new ListView<>(model.rooms());
    rooms.setId("person-rooms");
    rooms.setCellFactory(
        v -> textCell(r -> r.name() + " · " + r.messages() + " messages\n" + r.joined()));
    rooms.setPlaceholder(new Label("No rooms"));
    rooms.setOnMouseClicked(
        e -> {
          var room = rooms.getSelectionModel().getSelectedItem();
          if (room != null) {
            model.chats().userProperty().set(model.userKey());
            model.chats().chatProperty().set(null);
            model.chats().chats().stream()
                .filter(c -> c.id() == room.chatId())
                .findFirst()
                .ifPresent(c -> model.chats().chatProperty().set(c));
            model.chats().textProperty().set("");
            model.chats().search();
          }
        });

    ListView<PersonViewModel.Event> events = new ListView<>(model.events());
    events.setId("person-events");
    events.setCellFactory(v -> textCell(e -> e.time() + "  " + e.what()));
    events.setOnMouseClicked(e -> open(events.getSelectionModel().getSelectedItem()));

    ListView<PersonViewModel.Sent> messages = new ListView<>(model.messages());
    messages.setId("person-messages");
    messages.setCellFactory(v -> textCell(s -> s.time() + " · " + s.room() + "\n" + s.text()));
    messages.setOnMouseClicked(
        e -> {
          var sent = messages.getSelectionModel().getSelectedItem();
          if (sent != null) {
            model.chats().openMessage(sent.messageId());
          }
        });

    ListView<PersonViewModel.Posted> media = new ListView<>(model.media());
    media.setId("person-media");
    media.setCellFactory(v -> new PostedCell());
    media.setOnMouseClicked(
        e -> {
          var posted = media.getSelectionModel().getSelectedItem();
          if (posted != null) {
            model.chats().whereWasItemPosted(posted.posting().itemId());
          }
        });

    TabPane tabs =
        new TabPane(
            new Tab("Rooms", rooms),
            new Tab("Timeline", events),
            new Tab("Messages", messages),
            new Tab("Media posted", media));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().addAll(who, identity, seen, tabs);
  }

  private void open(PersonViewModel.Event event) {
    if (event != null) {
      model.chats().openMessage(event.messageId());
    }
  }

  /** A cell of lines: the text split at line breaks, the first plain, the rest muted. */
  private static <T> ListCell<T> textCell(java.util.function.Function<T, String> text) {
    ListCell<T> cell =
        new ListCell<>() {
          @Override
          protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty || value == null) {
              setGraphic(null);
              return;
            }
            String[] parts = text.apply(value).split("\n");
            setGraphic(Lines.of(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length)));
          }
        };
    cell.setPrefWidth(0);
    return cell;
  }

  /** A posted file: its blurred picture, when, where and the path; click for every posting. */
  private final class PostedCell extends ListCell<PersonViewModel.Posted> {
    private VeiledImage image;

    PostedCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(PersonViewModel.Posted posted, boolean empty) {
      super.updateItem(posted, empty);
      if (empty || posted == null) {
        if (image != null) {
          image.show(RevealPolicy.NONE);
        }
        setText(null);
        setGraphic(null);
        return;
      }
      if (image == null) {
        ChatMedia media = model.chats().media();
        image = new VeiledImage(media.reveal(), media.pictures(), media.blur(), "person", false);
        image.setPrefSize(64, 48);
        image.setMinSize(64, 48);
        image.setMaxSize(64, 48);
      }
      image.show(posted.posting().itemId());
      var text =
          Lines.of(
              posted.time() + " · " + posted.posting().chatName(),
              posted.posting().path(),
              "click: where else was it posted?");
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox row = new HBox(8, image, text);
      setText(null);
      setGraphic(row);
    }
  }
}

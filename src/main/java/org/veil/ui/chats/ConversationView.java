package org.veil.ui.chats;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.veil.model.Message;
import org.veil.model.StoredAttachment;
import org.veil.model.Tag;
import org.veil.ui.I18n;
import org.veil.ui.Icons;
import org.veil.ui.media.RevealPolicy;
import org.veil.ui.media.VeiledImage;

/**
 * The conversation around a hit: one row per message, the hit highlighted, replies and forwards
 * named, attachments drawn blurred through {@link VeiledImage}. Keys on the selected message: T
 * tag, N note, B bookmark, R reveal its picture (again: blur), Space reveal while held, Esc blur.
 */
final class ConversationView extends VBox {
  static final String SURFACE = "conversation";

  private final ConversationViewModel model;
  private final ChatMedia media;
  private final ListView<ConversationViewModel.Line> list = new ListView<>();

  ConversationView(ConversationViewModel model) {
    this.model = model;
    this.media = model.chats().media();
    setId("conversation");
    setSpacing(6);
    setPadding(new Insets(6));

    Label title = new Label();
    title.setId("conversation-title");
    title.getStyleClass().addAll("section-title", "message-text");
    title.textProperty().bind(model.titleProperty());
    title.setMinWidth(0);
    Button earlier = new Button(I18n.text("conversation.earlier"));
    earlier.setOnAction(e -> model.earlier());
    Button later = new Button(I18n.text("conversation.later"));
    later.setOnAction(e -> model.later());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label keys = new Label(I18n.text("conversation.keys"));
    keys.getStyleClass().add("muted");
    keys.setMinWidth(0);
    HBox head = new HBox(6, earlier, later, spacer, keys);
    head.setAlignment(Pos.CENTER_LEFT);

    list.setId("conversation-lines");
    list.setItems(model.lines());
    list.setPlaceholder(new Label(I18n.text("conversation.empty")));
    list.setCellFactory(v -> new LineCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now != model.selectedProperty().get()) {
                model.select(now);
              }
              media.reveal().selectionMoved(firstPicture(now));
            });
    model
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
              }
            });
    model
        .anchorIndexProperty()
        .addListener(
            (obs, old, now) -> {
              if (now.intValue() >= 0) {
                list.scrollTo(Math.max(0, now.intValue() - 2));
              }
            });
    model
        .lines()
        .addListener(
            (javafx.collections.ListChangeListener<ConversationViewModel.Line>)
                c -> {
                  int at = model.anchorIndexProperty().get();
                  if (at >= 0) {
                    list.scrollTo(Math.max(0, at - 2));
                  }
                });
    list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    list.addEventFilter(
        KeyEvent.KEY_RELEASED,
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            media.reveal().release();
            e.consume();
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(title, head, list);
  }

  ListView<ConversationViewModel.Line> list() {
    return list;
  }

  private static long firstPicture(ConversationViewModel.Line line) {
    if (line == null) {
      return RevealPolicy.NONE;
    }
    for (StoredAttachment a : line.stored().attachments()) {
      if (a.itemId() != null) {
        return a.itemId();
      }
    }
    return RevealPolicy.NONE;
  }

  private void keyPressed(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    ConversationViewModel.Line line = model.selectedProperty().get();
    boolean handled = true;
    switch (e.getCode()) {
      case T -> askTag();
      case N -> askNote();
      case B -> model.toggleBookmarkSelected();
      case R -> media.reveal().toggle(firstPicture(line), SURFACE);
      case SPACE -> media.reveal().hold(firstPicture(line), SURFACE);
      case ESCAPE -> media.reveal().end();
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private void askTag() {
    if (model.selectedProperty().get() == null) {
      return;
    }
    TextInputDialog dialog = new TextInputDialog();
    dialog.initOwner(getScene().getWindow());
    dialog.setTitle(I18n.text("conversation.tagTitle"));
    dialog.setHeaderText(
        I18n.format("conversation.tagHeader", model.selectedProperty().get().message().externalId())
            + (model.tags().isEmpty()
                ? ""
                : I18n.format(
                    "conversation.tagsInCase",
                    String.join(", ", model.tags().stream().map(Tag::name).toList()))));
    dialog.getEditor().setId("message-tag-name");
    dialog.showAndWait().ifPresent(name -> model.tagSelected(name, "#0969da"));
  }

  private void askNote() {
    if (model.selectedProperty().get() == null) {
      return;
    }
    TextInputDialog dialog = new TextInputDialog();
    dialog.initOwner(getScene().getWindow());
    dialog.setTitle(I18n.text("conversation.noteTitle"));
    dialog.setHeaderText(
        I18n.format(
            "conversation.noteHeader", model.selectedProperty().get().message().externalId()));
    dialog.getEditor().setId("message-note-text");
    dialog.showAndWait().ifPresent(model::noteSelected);
  }

  /** One message. Its pictures reuse a few {@link VeiledImage}s: each listens to the policy. */
  private final class LineCell extends ListCell<ConversationViewModel.Line> {
    private final List<VeiledImage> pictures = new ArrayList<>();

    LineCell() {
      setPrefWidth(0);
    }

    private VeiledImage picture(int index) {
      while (pictures.size() <= index) {
        VeiledImage image =
            new VeiledImage(media.reveal(), media.pictures(), media.blur(), SURFACE, false);
        image.setPrefSize(160, 120);
        image.setMinSize(160, 120);
        image.setMaxSize(160, 120);
        pictures.add(image);
      }
      return pictures.get(index);
    }

    @Override
    protected void updateItem(ConversationViewModel.Line line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll("conversation-hit", "conversation-service");
      if (empty || line == null) {
        for (VeiledImage image : pictures) {
          image.show(RevealPolicy.NONE);
        }
        setText(null);
        setGraphic(null);
        return;
      }
      Message m = line.message();
      if (line.anchor()) {
        getStyleClass().add("conversation-hit");
      }
      VBox box = new VBox(3);
      if (m.service()) {
        getStyleClass().add("conversation-service");
        box.getChildren().add(header(line));
        Label what = new Label(serviceText(m));
        what.getStyleClass().addAll("muted", "message-text");
        what.setWrapText(true);
        box.getChildren().add(what);
      } else {
        box.getChildren().add(header(line));
        if (line.replyPreview() != null) {
          Label reply =
              new Label(line.replyPreview(), Icons.of(MaterialDesignA.ARROW_LEFT_TOP, 12));
          reply.getStyleClass().addAll("reply-preview", "message-text");
          reply.setMinWidth(0);
          box.getChildren().add(reply);
        }
        if (m.forwardedFrom() != null) {
          Label forwarded = new Label(I18n.format("conversation.forwarded", m.forwardedFrom()));
          forwarded.getStyleClass().addAll("muted", "message-text");
          box.getChildren().add(forwarded);
        }
        if (m.text() != null && !m.text().isBlank()) {
          Label text = new Label(m.text());
          text.setWrapText(true);
          text.getStyleClass().add("message-text");
          text.setMinHeight(Region.USE_PREF_SIZE);
          box.getChildren().add(text);
        }
      }
      Node files = attachments(line);
      if (files != null) {
        box.getChildren().add(files);
      }
      for (org.veil.model.Note note : line.notes()) {
        box.getChildren()
            .add(
                org.veil.ui.NoteLines.of(note, "message-note", model::editNote, model::deleteNote));
      }
      box.setMaxWidth(Double.MAX_VALUE);
      setText(null);
      setGraphic(box);
    }

    private Node header(ConversationViewModel.Line line) {
      Message m = line.message();
      Hyperlink sender =
          new Hyperlink(m.senderName() == null ? I18n.text("conversation.nobody") : m.senderName());
      sender.getStyleClass().addAll("message-sender", "message-text");
      sender.setTooltip(new Tooltip(I18n.text("conversation.personTip")));
      String who = m.senderId() != null ? m.senderId() : m.senderName();
      sender.setOnAction(e -> model.chats().openPerson(who));
      sender.setDisable(who == null);
      Label time = new Label(line.time());
      time.getStyleClass().add("muted");
      HBox head = new HBox(6, sender, time);
      head.setAlignment(Pos.CENTER_LEFT);
      if (m.editedAt() != null) {
        Label edited = new Label(I18n.text("conversation.edited"));
        edited.getStyleClass().add("muted");
        head.getChildren().add(edited);
      }
      for (Tag tag : line.tags()) {
        Label chip = new Label(tag.name());
        chip.getStyleClass().add("message-tag");
        if (tag.colour() != null && tag.colour().matches("#[0-9a-fA-F]{3,8}")) {
          chip.setStyle("-fx-background-color: " + tag.colour() + ";");
        }
        head.getChildren().add(chip);
      }
      if (!line.notes().isEmpty()) {
        head.getChildren()
            .add(
                new Label(
                    Integer.toString(line.notes().size()),
                    Icons.of(MaterialDesignN.NOTE_TEXT_OUTLINE, 12)));
      }
      if (line.bookmarked()) {
        Label mark = new Label(null, Icons.of(MaterialDesignB.BOOKMARK, 12));
        mark.setId("bookmark-" + line.id());
        head.getChildren().add(mark);
      }
      return head;
    }

    private Node attachments(ConversationViewModel.Line line) {
      List<StoredAttachment> all = line.stored().attachments();
      if (all.isEmpty()) {
        for (VeiledImage image : pictures) {
          image.show(RevealPolicy.NONE);
        }
        return null;
      }
      FlowPane pane = new FlowPane(8, 6);
      int used = 0;
      for (StoredAttachment a : all) {
        String name =
            a.attachment().path() == null
                ? I18n.text("conversation.noFileName")
                : a.attachment().path();
        if (a.itemId() != null) {
          VeiledImage image = picture(used++);
          image.show(a.itemId());
          Tooltip.install(image, new Tooltip(I18n.format("conversation.pictureTip", name)));
          Button where =
              new Button(
                  I18n.text("common.wherePosted"),
                  Icons.of(MaterialDesignS.SHARE_VARIANT_OUTLINE, 12));
          where.getStyleClass().add("small");
          long item = a.itemId();
          where.setOnAction(e -> model.chats().whereWasItemPosted(item));
          where.setFocusTraversable(false);
          pane.getChildren().add(new VBox(3, image, where));
        } else {
          Label file =
              new Label(
                  I18n.format(
                      a.attachment().present()
                          ? "conversation.notIngested"
                          : "conversation.notExported",
                      name),
                  Icons.of(MaterialDesignA.ATTACHMENT, 12));
          file.getStyleClass().addAll("muted", "message-text");
          pane.getChildren().add(file);
        }
      }
      for (int i = used; i < pictures.size(); i++) {
        pictures.get(i).show(RevealPolicy.NONE);
      }
      return pane;
    }
  }

  static String serviceText(Message m) {
    String actor = m.senderName() == null ? "" : m.senderName() + " ";
    String action =
        switch (m.action() == null ? "" : m.action()) {
          case "" -> I18n.text("conversation.service");
          case "create_group", "create_channel", "created_group" ->
              I18n.text("conversation.service.created");
          case "invite_members" -> I18n.text("conversation.service.invited");
          case "join_group_by_link" -> I18n.text("conversation.service.joinedByLink");
          case "remove_members" -> I18n.text("conversation.service.removed");
          case "pin_message" -> I18n.text("conversation.service.pinned");
          default -> m.action().replace('_', ' ');
        };
    String members = m.actionMembers().isEmpty() ? "" : ": " + String.join(", ", m.actionMembers());
    String text = m.text() == null || m.text().isBlank() ? "" : " — " + m.text();
    return actor + action + members + text;
  }
}

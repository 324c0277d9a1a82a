package org.veil.ui.chats;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.veil.ui.Icons;
import org.veil.ui.media.RevealPolicy;
import org.veil.ui.media.VeiledImage;

/** Every posting of one file: time, room, sender, message; to the conversation or the item. */
final class ProvenanceView extends VBox {
  private final ProvenanceViewModel model;
  private final ListView<ProvenanceViewModel.Row> table;

  ProvenanceView(ProvenanceViewModel model) {
    this.model = model;
    setId("provenance");
    setSpacing(6);
    setPadding(new Insets(6));
    ChatMedia media = model.chats().media();
    VeiledImage picture =
        new VeiledImage(media.reveal(), media.pictures(), media.blur(), "provenance", false);
    picture.setPrefSize(120, 90);
    picture.setMinSize(120, 90);
    picture.setMaxSize(120, 90);
    Label summary = new Label();
    summary.setId("provenance-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    HBox.setHgrow(summary, Priority.ALWAYS);
    HBox head = new HBox(10, picture, summary);
    head.setAlignment(Pos.CENTER_LEFT);

    table = new ListView<>(model.postings());
    table.setId("provenance-postings");
    table.setPlaceholder(
        new Label("Pick an item in the review and ask \"Where was this posted?\""));
    table.setCellFactory(
        v ->
            new ListCell<>() {
              {
                setPrefWidth(0);
              }

              @Override
              protected void updateItem(ProvenanceViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(
                    empty || r == null
                        ? null
                        : Lines.of(
                            r.time() + " · " + r.posting().chatName(),
                            sender(r) + " · message " + r.posting().messageExternalId(),
                            r.posting().path()));
              }
            });
    table.setOnMouseClicked(
        e -> {
          var row = table.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && row != null) {
            model.chats().openMessage(row.posting().messageId());
          }
        });
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) ->
                picture.show(now == null ? RevealPolicy.NONE : now.posting().itemId()));
    model
        .postings()
        .addListener(
            (javafx.collections.ListChangeListener<ProvenanceViewModel.Row>)
                c ->
                    picture.show(
                        model.postings().isEmpty()
                            ? RevealPolicy.NONE
                            : model.postings().getFirst().posting().itemId()));

    Button conversation =
        new Button("Open conversation", Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE));
    conversation.setId("provenance-conversation");
    conversation.setOnAction(
        e -> {
          var row = chosen();
          if (row != null) {
            model.chats().openMessage(row.posting().messageId());
          }
        });
    Button item = new Button("Show item in review", Icons.of(MaterialDesignF.FILE_IMAGE_OUTLINE));
    item.setId("provenance-item");
    item.setOnAction(
        e -> {
          var row = chosen();
          if (row != null) {
            model.chats().showItem(row.posting().itemId());
          }
        });
    HBox buttons = new HBox(6, conversation, item);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(head, table, buttons);
  }

  private ProvenanceViewModel.Row chosen() {
    var row = table.getSelectionModel().getSelectedItem();
    return row != null || model.postings().isEmpty() ? row : model.postings().getFirst();
  }

  private static String sender(ProvenanceViewModel.Row r) {
    String name = r.posting().sender() == null ? "" : r.posting().sender();
    String id = r.posting().senderId();
    return id == null || id.equals(name) ? name : name + " (" + id + ")";
  }
}

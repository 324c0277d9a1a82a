package org.veil.ui;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.veil.model.Note;

/**
 * A note as a line an examiner can act on, wherever notes are shown (the review's metadata panel, a
 * conversation): its text and author, an edit button that opens the text in a dialog, and a delete
 * button that asks first. What changes is the caller's to do (and to audit).
 */
public final class NoteLines {
  private NoteLines() {}

  /**
   * @param idPrefix prefix of the buttons' ids ({@code note} gives {@code note-edit-7})
   * @param edit called with the note's id and its new text when the dialog is confirmed
   * @param delete called with the note's id when the deletion is confirmed
   */
  public static HBox of(
      Note note, String idPrefix, BiConsumer<Long, String> edit, LongConsumer delete) {
    Label text = new Label(I18n.format("metadata.note", note.text(), note.writtenBy()));
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button editButton = new Button(null, Icons.of(MaterialDesignP.PENCIL_OUTLINE, 14));
    editButton.setId(idPrefix + "-edit-" + note.id());
    editButton.getStyleClass().addAll("flat", "note-edit");
    editButton.setTooltip(new Tooltip(I18n.text("metadata.noteEdit")));
    editButton.setOnAction(
        e -> askEdit(editButton, note).ifPresent(changed -> edit.accept(note.id(), changed)));
    Button deleteButton = new Button(null, Icons.of(MaterialDesignD.DELETE_OUTLINE, 14));
    deleteButton.setId(idPrefix + "-delete-" + note.id());
    deleteButton.getStyleClass().addAll("flat", "note-delete");
    deleteButton.setTooltip(new Tooltip(I18n.text("metadata.noteDelete")));
    deleteButton.setOnAction(
        e -> {
          if (confirmDelete(deleteButton, note)) {
            delete.accept(note.id());
          }
        });
    HBox line = new HBox(4, text, editButton, deleteButton);
    line.setAlignment(Pos.CENTER_LEFT);
    line.getStyleClass().add("note-line");
    return line;
  }

  private static java.util.Optional<String> askEdit(Node from, Note note) {
    return askText(
        from.getScene() == null ? null : from.getScene().getWindow(),
        I18n.format("metadata.noteEditHeader", note.writtenBy()),
        note.text());
  }

  /**
   * The note dialog: a few lines of text, OK and Cancel; empty when cancelled.
   *
   * @param initial the text it opens with ("" for a new note)
   */
  public static java.util.Optional<String> askText(
      javafx.stage.Window owner, String header, String initial) {
    Dialog<String> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(I18n.text("review.noteTitle"));
    dialog.setHeaderText(header);
    TextArea text = new TextArea(initial);
    text.setId("note-text");
    text.setPrefRowCount(4);
    text.setWrapText(true);
    dialog.getDialogPane().setContent(text);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setOnShown(e -> text.requestFocus());
    dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
    return dialog.showAndWait();
  }

  private static boolean confirmDelete(Node from, Note note) {
    Alert confirm =
        new Alert(Alert.AlertType.CONFIRMATION, note.text(), ButtonType.OK, ButtonType.CANCEL);
    confirm.initOwner(from.getScene() == null ? null : from.getScene().getWindow());
    confirm.setTitle(I18n.text("review.noteTitle"));
    confirm.setHeaderText(I18n.text("metadata.noteDeleteHeader"));
    confirm.getDialogPane().setId("note-delete-confirm");
    return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }
}

package org.veil.ui.welcome;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks for a new case's name, number, agency, examiner, time zone and folder. */
public final class NewCaseDialog extends Dialog<NewCaseForm> {
  public NewCaseDialog(Window owner, String examinerName) {
    initOwner(owner);
    setTitle("New case");
    setHeaderText("A case folder holds the case database, thumbnails and the audit log.");
    TextField name = new TextField();
    name.setId("case-name");
    name.setPromptText("e.g. Operation Lantern");
    TextField number = new TextField();
    number.setPromptText("e.g. 2026-000123");
    TextField agency = new TextField();
    TextField examiner = new TextField(examinerName);
    examiner.setId("case-examiner");
    List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(zones));
    zone.setEditable(true);
    zone.setValue(ZoneId.systemDefault().getId());
    zone.setMaxWidth(Double.MAX_VALUE);
    TextField parent =
        new TextField(Path.of(System.getProperty("user.home"), "Veil cases").toString());
    Button browse = new Button("Browse…");
    browse.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
          if (dir != null) {
            parent.setText(dir.toString());
          }
        });
    HBox where = new HBox(6, parent, browse);
    HBox.setHgrow(parent, Priority.ALWAYS);

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(10, 0, 0, 0));
    String[] labels = {"Case name", "Case number", "Agency", "Examiner", "Time zone", "Folder"};
    javafx.scene.Node[] fields = {name, number, agency, examiner, zone, where};
    for (int i = 0; i < labels.length; i++) {
      grid.add(new Label(labels[i]), 0, i);
      grid.add(fields[i], 1, i);
      GridPane.setHgrow(fields[i], Priority.ALWAYS);
    }
    grid.setPrefWidth(520);
    getDialogPane().setContent(grid);
    ButtonType createType = new ButtonType("Create case", ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(createType, ButtonType.CANCEL);
    setResultConverter(
        button ->
            button == createType
                ? new NewCaseForm(
                    name.getText(),
                    number.getText(),
                    agency.getText(),
                    examiner.getText(),
                    zone.getEditor().getText(),
                    parent.getText().isBlank() ? null : Path.of(parent.getText().strip()))
                : null);
  }
}

package org.veil.ui.welcome;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.veil.ui.Icons;
import org.veil.ui.welcome.WelcomeViewModel.RecentCase;

/** The start screen. */
public final class WelcomeView extends BorderPane {
  private final WelcomeViewModel model;

  public WelcomeView(WelcomeViewModel model) {
    this.model = model;
    setPadding(new Insets(40, 48, 32, 48));
    getStyleClass().add("welcome");

    Label title = new Label("Veil", Icons.of(MaterialDesignE.EYE_OFF_OUTLINE, 36));
    title.getStyleClass().add("welcome-title");
    title.setGraphicTextGap(12);
    Label subtitle =
        new Label("Review seized media and chats. Pictures stay blurred until you reveal them.");
    subtitle.getStyleClass().add("welcome-subtitle");
    subtitle.setWrapText(true);
    VBox header = new VBox(6, title, subtitle);
    header.setPadding(new Insets(0, 0, 28, 0));
    setTop(header);

    Button demo = action("Open demo case", MaterialDesignP.PLAY_CIRCLE_OUTLINE);
    demo.setId("open-demo");
    demo.getStyleClass().add("accent");
    demo.setDefaultButton(true);
    demo.setOnAction(e -> model.openDemo());
    Button create = action("New case…", MaterialDesignF.FOLDER_PLUS_OUTLINE);
    create.setId("new-case");
    create.setOnAction(e -> newCase());
    Button open = action("Open case…", MaterialDesignF.FOLDER_OPEN_OUTLINE);
    open.setId("open-case");
    open.setOnAction(e -> chooseCase());
    Label start = new Label("START");
    start.getStyleClass().add("section-title");
    VBox actions = new VBox(10, start, demo, create, open);
    actions.setMinWidth(230);
    actions.setPrefWidth(230);

    Label recentTitle = new Label("RECENT CASES");
    recentTitle.getStyleClass().add("section-title");
    ListView<RecentCase> recent = new ListView<>(model.recentCases());
    recent.setId("recent-cases");
    recent.setPlaceholder(new Label("No recent cases yet. Try the demo case."));
    recent.setCellFactory(list -> new RecentCell());
    recent.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            openSelected(recent);
          }
        });
    recent.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelected(recent);
          }
        });
    VBox.setVgrow(recent, Priority.ALWAYS);
    VBox recentBox = new VBox(10, recentTitle, recent);
    HBox.setHgrow(recentBox, Priority.ALWAYS);

    HBox body = new HBox(40, actions, recentBox);
    setCenter(body);

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner.visibleProperty().bind(model.busyProperty());
    spinner.managedProperty().bind(model.busyProperty());
    Label message = new Label();
    message.setId("welcome-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    HBox footer = new HBox(10, spinner, message);
    footer.setAlignment(Pos.CENTER_LEFT);
    footer.setPadding(new Insets(16, 0, 0, 0));
    setBottom(footer);
    actions.disableProperty().bind(model.busyProperty());
  }

  private static Button action(String text, org.kordamp.ikonli.Ikon icon) {
    Button button = new Button(text, Icons.of(icon, 18));
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAlignment(Pos.CENTER_LEFT);
    button.setGraphicTextGap(10);
    return button;
  }

  private void openSelected(ListView<RecentCase> list) {
    RecentCase selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      model.open(selected.dir());
    }
  }

  private void newCase() {
    new NewCaseDialog(window(), model.defaultExaminer()).showAndWait().ifPresent(model::create);
  }

  private void chooseCase() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open a case folder (Name.veil)");
    File dir = chooser.showDialog(window());
    if (dir != null) {
      model.open(dir.toPath());
    }
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }

  private static final class RecentCell extends ListCell<RecentCase> {
    @Override
    protected void updateItem(RecentCase item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label name = new Label(item.name());
      name.getStyleClass().add("recent-name");
      Path dir = item.dir();
      Label path = new Label(item.available() ? dir.toString() : dir + "  (missing)");
      path.getStyleClass().add("recent-path");
      VBox box = new VBox(2, name, path);
      Label icon = new Label(null, Icons.of(MaterialDesignF.FOLDER_OUTLINE, 20));
      HBox row = new HBox(10, icon, box);
      row.setAlignment(Pos.CENTER_LEFT);
      row.setPadding(new Insets(4, 2, 4, 2));
      setGraphic(row);
      setText(null);
      setDisable(!item.available());
    }
  }
}

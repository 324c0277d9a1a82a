package org.veil.ui.help;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.veil.model.Language;
import org.veil.ui.I18n;
import org.veil.ui.Theme;
import org.veil.ui.Workstation;

/** Help → User guide (F1): the bundled guide in its own window beside the review. */
public final class HelpWindow {
  private final HelpViewModel model;
  private final HelpRenderer renderer;
  private final ScrollPane scroll = new ScrollPane();
  private final Label problem = new Label();
  private final BorderPane root = new BorderPane();
  private HelpRenderer.Rendered shown;

  public HelpWindow(HelpViewModel model) {
    this.model = model;
    this.renderer = new HelpRenderer(this::follow);
    Button back = new Button(I18n.text("help.back"));
    back.setId("help-back");
    back.disableProperty().bind(model.canGoBackProperty().not());
    back.setOnAction(e -> model.goBack());
    Button contents = new Button(I18n.text("help.contents"));
    contents.setId("help-contents");
    contents.setOnAction(e -> open("index"));
    ComboBox<Language> language = new ComboBox<>();
    language.setId("help-language");
    language.getItems().setAll(Language.values());
    language.setValue(model.language());
    language.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Language l) {
            return l == null
                ? ""
                : I18n.text(l == Language.KOREAN ? "prefs.korean" : "prefs.english");
          }

          @Override
          public Language fromString(String s) {
            return "한국어".equals(s) ? Language.KOREAN : Language.ENGLISH;
          }
        });
    language.setOnAction(
        e -> {
          try {
            if (language.getValue() != null && language.getValue() != model.language()) {
              model.language(language.getValue());
            }
          } catch (IOException ex) {
            problem.setText(ex.getMessage());
          }
        });
    Pane spacer = new Pane();
    javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
    problem.setId("help-problem");
    ToolBar bar = new ToolBar(back, contents, problem, spacer, language);
    scroll.setFitToWidth(true);
    scroll.setId("help-scroll");
    root.setTop(bar);
    root.setCenter(scroll);
    root.getStylesheets().add(HelpWindow.class.getResource("help-viewer.css").toExternalForm());
    model
        .pageProperty()
        .addListener(
            (obs, old, page) -> {
              if (page != null) {
                language.setValue(model.language());
                draw(page);
              }
            });
    if (model.pageProperty().get() != null) {
      draw(model.pageProperty().get());
    }
  }

  public BorderPane root() {
    return root;
  }

  /** The page on screen, for tests and the window title. */
  public HelpRenderer.Rendered shown() {
    return shown;
  }

  private void follow(String href) {
    if (!model.follow(href)) {
      problem.setText(I18n.text("help.outside"));
    }
  }

  private void open(String name) {
    try {
      model.open(name);
    } catch (IOException e) {
      problem.setText(e.getMessage());
    }
  }

  private void draw(HelpViewModel.Page page) {
    problem.setText("");
    shown = renderer.render(page.html());
    scroll.setContent(shown.body());
    shown.body().minWidthProperty().bind(scroll.widthProperty().subtract(4));
    if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
      stage.setTitle(I18n.format("app.titleWithCase", shown.title()));
    }
    Node target = page.anchor() == null ? null : shown.anchors().get(page.anchor());
    if (target == null) {
      scroll.setVvalue(0);
    } else {
      javafx.application.Platform.runLater(() -> scrollTo(target));
    }
  }

  private void scrollTo(Node target) {
    Bounds content = shown.body().getLayoutBounds();
    double y = target.getBoundsInParent().getMinY();
    double room = content.getHeight() - scroll.getViewportBounds().getHeight();
    scroll.setVvalue(room <= 0 ? 0 : Math.clamp(y / room, 0, 1));
  }

  /** Opens the guide's contents in a window of its own, in the analyst's language. */
  public static Stage show(Window owner, Language language) {
    HelpViewModel model = new HelpViewModel(language);
    HelpWindow window = new HelpWindow(model);
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    Scene scene = new Scene(window.root(), 860, 720);
    Theme.style(scene);
    stage.setScene(scene);
    window.open("index");
    stage.setTitle(
        I18n.format(
            "app.titleWithCase",
            window.shown == null ? I18n.text("help.guide") : window.shown.title()));
    stage.show();
    return stage;
  }

  /** Help menu entry, F1. */
  public static MenuItem menuItem(Workstation workstation) {
    MenuItem item = new MenuItem(I18n.text("help.guide"));
    item.setId("menu-user-guide");
    item.setAccelerator(new KeyCodeCombination(KeyCode.F1));
    item.setOnAction(
        e ->
            show(workstation.scene().getWindow(), workstation.settings().preferences().language()));
    return item;
  }
}

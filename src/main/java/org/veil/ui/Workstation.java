package org.veil.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.veil.demo.DemoCase;
import org.veil.task.TaskRunner;
import org.veil.ui.review.ReviewView;
import org.veil.ui.review.ReviewViewModel;
import org.veil.ui.welcome.WelcomeView;
import org.veil.ui.welcome.WelcomeViewModel;
import org.veil.ui.wellbeing.BreakPrompt;
import org.veil.ui.wellbeing.BreakViewModel;

/**
 * One workstation window: the welcome screen, then a case. It owns the task runner and the open
 * case, and closes both when the window goes.
 */
public final class Workstation {
  private final Stage stage;
  private final Settings settings;
  private final DemoCase demo;
  private final TaskRunner tasks;
  private final Scene scene;
  private ReviewViewModel review;
  private WelcomeViewModel welcome;
  private final BreakViewModel breaks; // insight: break reminder, one per window

  public Workstation(Stage stage, Settings settings, DemoCase demo, TaskRunner tasks) {
    this.stage = stage;
    this.settings = settings;
    this.demo = demo;
    this.tasks = tasks;
    Theme.apply(settings.darkTheme());
    this.scene = new Scene(new javafx.scene.layout.Pane(), 1360, 860);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle("Veil");
    stage.setOnHidden(e -> close());
    this.breaks = BreakViewModel.standard(settings.home());
    new BreakPrompt(breaks).install(stage);
  }

  /** The default workstation for the app: settings and the demo under {@code ~/.veil}. */
  public static Workstation standard(Stage stage) {
    Settings settings = Settings.load(Settings.defaultHome());
    return new Workstation(
        stage,
        settings,
        new DemoCase(settings.home()),
        TaskRunner.background("veil-ui-task", Platform::runLater));
  }

  public Scene scene() {
    return scene;
  }

  public Settings settings() {
    return settings;
  }

  public WelcomeViewModel showWelcome() {
    closeCase();
    welcome = new WelcomeViewModel(settings, tasks, demo, this::showCase);
    show(new WelcomeView(welcome), "Veil");
    return welcome;
  }

  /** Opens a case folder given on the command line, or falls back to the welcome screen. */
  public void openOnStart(Path caseDir) {
    showWelcome();
    if (caseDir == null) {
      welcome.openDemo();
    } else {
      welcome.open(caseDir);
    }
  }

  public ReviewViewModel showCase(OpenCase opened) {
    closeCase();
    review = new ReviewViewModel(opened, settings);
    breaks.watch(review);
    ReviewView view = new ReviewView(review, this);
    show(view, "Veil — " + opened.folder().info().name());
    review.load();
    view.focusGallery();
    return review;
  }

  public BreakViewModel breaks() {
    return breaks;
  }

  public ReviewViewModel review() {
    return review;
  }

  public void toggleTheme() {
    settings.darkTheme(!settings.darkTheme());
    settings.saveQuietly();
    Theme.apply(settings.darkTheme());
  }

  private void show(Parent root, String title) {
    scene.setRoot(root);
    stage.setTitle(title);
  }

  private void closeCase() {
    if (review != null) {
      review.close();
      review = null;
    }
  }

  public void close() {
    closeCase();
    tasks.close();
  }
}

package org.veil.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.veil.demo.DemoCase;
import org.veil.task.TaskRunner;
import org.veil.ui.audit.AuditView;
import org.veil.ui.audit.AuditViewModel;
import org.veil.ui.dupes.DuplicatesView;
import org.veil.ui.dupes.DuplicatesViewModel;
import org.veil.ui.dupes.NearDuplicateOfferBar;
import org.veil.ui.review.ReviewView;
import org.veil.ui.review.ReviewViewModel;
import org.veil.ui.welcome.WelcomeView;
import org.veil.ui.welcome.WelcomeViewModel;

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
  private DuplicatesViewModel duplicates;
  private AuditViewModel audit;
  private WelcomeViewModel welcome;

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
    ReviewView view = new ReviewView(review, this);
    duplicates = new DuplicatesViewModel(review);
    audit = new AuditViewModel(opened);
    show(caseTabs(view), "Veil — " + opened.folder().info().name());
    review.load();
    duplicates.load();
    view.focusGallery();
    // the tab's content is laid out (and can take focus) only after this pulse
    Platform.runLater(view::focusGallery);
    return review;
  }

  /**
   * The case's screens as tabs: Review (Ctrl+1 from the other tabs), Duplicates (Ctrl+3), Audit
   * (Ctrl+4); the near-duplicate offer stands under all of them, so it is seen where the category
   * was set.
   */
  private Parent caseTabs(ReviewView view) {
    Tab reviewTab = tab("Review", "tab-review", view);
    DuplicatesView duplicatesView = new DuplicatesView(duplicates);
    AuditView auditView = new AuditView(audit);
    Tab duplicatesTab = tab("Duplicates", "tab-duplicates", duplicatesView);
    Tab auditTab = tab("Audit", "tab-audit", auditView);
    TabPane tabs = new TabPane(reviewTab, duplicatesTab, auditTab);
    tabs.setId("case-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    // arrows belong to the gallery: a focused TabPane would take them to switch tabs
    tabs.setFocusTraversable(false);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == reviewTab) {
                Platform.runLater(view::focusGallery);
              } else if (now == duplicatesTab) {
                // focus follows the tab, so keys (digits above all) never reach a hidden review
                // (later: the tab's content becomes visible, and focusable, after this listener)
                duplicates.refreshMembers();
                Platform.runLater(() -> duplicatesView.groupList().requestFocus());
              } else if (now == auditTab) {
                audit.load();
                Platform.runLater(() -> auditView.table().requestFocus());
              }
            });
    tabs.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (!e.isShortcutDown() || e.isShiftDown() || e.isAltDown()) {
            return;
          }
          Tab target =
              switch (e.getCode()) {
                // in the review Ctrl+1 is the small thumbnail size; elsewhere it goes back
                case DIGIT1 ->
                    tabs.getSelectionModel().getSelectedItem() == reviewTab ? null : reviewTab;
                case DIGIT3 -> duplicatesTab;
                case DIGIT4 -> auditTab;
                default -> null;
              };
          if (target != null) {
            tabs.getSelectionModel().select(target);
            e.consume();
          }
        });
    BorderPane root = new BorderPane(tabs);
    root.setBottom(new NearDuplicateOfferBar(duplicates));
    return root;
  }

  private static Tab tab(String title, String id, javafx.scene.Node content) {
    Tab tab = new Tab(title, content);
    tab.setId(id);
    return tab;
  }

  public ReviewViewModel review() {
    return review;
  }

  public DuplicatesViewModel duplicates() {
    return duplicates;
  }

  public AuditViewModel audit() {
    return audit;
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
      duplicates = null;
      audit = null;
    }
  }

  public void close() {
    closeCase();
    tasks.close();
  }
}

package org.veil.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.veil.demo.DemoCase;
import org.veil.task.TaskRunner;
import org.veil.ui.audit.AuditView;
import org.veil.ui.audit.AuditViewModel;
import org.veil.ui.chats.ChatMedia;
import org.veil.ui.chats.ChatsView;
import org.veil.ui.chats.ChatsViewModel;
import org.veil.ui.dupes.DuplicatesView;
import org.veil.ui.dupes.DuplicatesViewModel;
import org.veil.ui.dupes.NearDuplicateOfferBar;
import org.veil.ui.insight.InsightTabs;
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
  private ChatsViewModel chats;
  private DuplicatesViewModel duplicates;
  private AuditViewModel audit;
  private TabPane tabs;
  private WelcomeViewModel welcome;
  private final BreakViewModel breaks; // insight: break reminder, one per window
  private InsightTabs insight; // insight: Timeline and Map

  public Workstation(Stage stage, Settings settings, DemoCase demo, TaskRunner tasks) {
    this.stage = stage;
    this.settings = settings;
    this.demo = demo;
    this.tasks = tasks;
    Theme.apply(settings.darkTheme());
    this.scene = new Scene(new javafx.scene.layout.Pane(), 1360, 860);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle(I18n.text("app.name"));
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
    show(new WelcomeView(welcome), I18n.text("app.name"));
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
    chats =
        new ChatsViewModel(
            opened,
            new ChatMedia(review.pictures(), review.blur(), review.reveal()),
            this::showItemInReview);
    ChatsView chatsView = new ChatsView(chats);
    duplicates = new DuplicatesViewModel(review);
    DuplicatesView duplicatesView = new DuplicatesView(duplicates);
    audit = new AuditViewModel(opened);
    AuditView auditView = new AuditView(audit);
    tabs = caseTabs(view, chatsView, duplicatesView, auditView);
    // arrows belong to the gallery: a focused TabPane would take them to switch tabs
    tabs.setFocusTraversable(false);
    insight = InsightTabs.add(tabs, this, review); // insight: Timeline and Map tabs
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              // a reveal belongs to the view it was asked in: leaving it blurs (and records the
              // reveal's end), so "reveal all" in the gallery never unveils chats or duplicates
              review.reveal().end();
              Platform.runLater(
                  () -> {
                    if (now != null && now.getContent() == view) {
                      view.focusGallery();
                    } else if (now != null && now.getContent() == chatsView) {
                      chatsView.focusSearch();
                    } else if (now != null && now.getContent() == duplicatesView) {
                      // focus follows the tab, so digits never reach a hidden review
                      duplicates.refreshMembers();
                      duplicatesView.groupList().requestFocus();
                    } else if (now != null && now.getContent() == auditView) {
                      audit.load();
                      auditView.table().requestFocus();
                    }
                  });
            });
    // time reviewed this session, at the right of the tab row: seen from every tab
    var reviewed = new org.veil.ui.wellbeing.BreakStatus(breaks);
    javafx.scene.layout.StackPane.setAlignment(reviewed, javafx.geometry.Pos.TOP_RIGHT);
    javafx.scene.layout.StackPane.setMargin(reviewed, new javafx.geometry.Insets(9, 12, 0, 0));
    reviewed.setMaxSize(
        javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
    BorderPane root = new BorderPane(new javafx.scene.layout.StackPane(tabs, reviewed));
    // the near-duplicate offer stands under every tab, so it is seen where the category was set
    root.setBottom(new NearDuplicateOfferBar(duplicates));
    show(root, I18n.format("app.titleWithCase", opened.folder().info().name()));
    review.load();
    chats.load();
    duplicates.load();
    view.focusGallery();
    // the tab's content is laid out (and can take focus) only after this pulse
    Platform.runLater(view::focusGallery);
    return review;
  }

  public InsightTabs insight() {
    return insight;
  }

  public BreakViewModel breaks() {
    return breaks;
  }

  /** The case's screens in tab order: Ctrl+1 is the first, Ctrl+4 the audit log. */
  private static TabPane caseTabs(
      ReviewView review, ChatsView chats, DuplicatesView duplicates, AuditView audit) {
    return CaseTabs.of(
        CaseTabs.tab("review", I18n.text("tab.review"), review),
        CaseTabs.tab("chats", I18n.text("tab.chats"), chats),
        CaseTabs.tab("duplicates", I18n.text("tab.duplicates"), duplicates),
        CaseTabs.tab("audit", I18n.text("tab.audit"), audit));
  }

  public ReviewViewModel review() {
    return review;
  }

  /** The Duplicates screen's model of the open case, or null. */
  public DuplicatesViewModel duplicates() {
    return duplicates;
  }

  /** The Audit screen's model of the open case, or null. */
  public AuditViewModel audit() {
    return audit;
  }

  /** The Chats screen's model of the open case, or null. */
  public ChatsViewModel chats() {
    return chats;
  }

  /** The open case's tabs, or null on the welcome screen. */
  public TabPane tabs() {
    return tabs;
  }

  /** "Where was this posted?" for a review item: the Chats tab lists every posting of its file. */
  public void whereWasThisPosted(long itemId) {
    if (chats != null) {
      selectTab("chats-tab");
      chats.whereWasItemPosted(itemId);
    }
  }

  private void selectTab(String id) {
    tabs.getTabs().stream()
        .filter(t -> id.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  /** From a chat posting back to its evidence item: the Review tab, the item selected. */
  public void showItemInReview(long itemId) {
    if (review == null) {
      return;
    }
    selectTab("review-tab");
    if (review.indexOf(itemId) < 0) {
      review.clearFilter();
    }
    int index = review.indexOf(itemId);
    if (index >= 0) {
      review.select(index);
    }
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
    if (chats != null) {
      chats.close(); // before the review, which closes the case itself
      chats = null;
      tabs = null;
    }
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

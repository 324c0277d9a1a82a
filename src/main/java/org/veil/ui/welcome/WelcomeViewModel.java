package org.veil.ui.welcome;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.audit.NewCase;
import org.veil.demo.DemoCase;
import org.veil.store.CaseFolder;
import org.veil.store.CaseLockedException;
import org.veil.task.BackgroundTask;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.Settings;

/** The start screen: recent cases, new case, open case, and the demo case built on first use. */
public final class WelcomeViewModel {
  /** A recent case as listed: its folder, and whether it is still there. */
  public record RecentCase(Path dir, String name, boolean available) {}

  private final Settings settings;
  private final TaskRunner tasks;
  private final Consumer<OpenCase> onOpened;
  private final DemoCase demo;
  private final ObservableList<RecentCase> recent = FXCollections.observableArrayList();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");

  public WelcomeViewModel(
      Settings settings, TaskRunner tasks, DemoCase demo, Consumer<OpenCase> onOpened) {
    this.settings = settings;
    this.tasks = tasks;
    this.demo = demo;
    this.onOpened = onOpened;
    refreshRecent();
  }

  public ObservableList<RecentCase> recentCases() {
    return recent;
  }

  /** The examiner's name the preferences give, for a new case. */
  public String defaultExaminer() {
    return settings.examinerName();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  public void refreshRecent() {
    List<RecentCase> cases =
        settings.recentCases().stream()
            .map(
                dir -> {
                  String file =
                      dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
                  String name =
                      file.endsWith(CaseFolder.EXTENSION)
                          ? file.substring(0, file.length() - CaseFolder.EXTENSION.length())
                          : file;
                  return new RecentCase(dir, name, CaseFolder.isCase(dir));
                })
            .toList();
    recent.setAll(cases);
  }

  public void openDemo() {
    run(
        demo.isBuilt()
            ? "Opening the demo case…"
            : "Building the demo case from synthetic pictures…",
        context -> CaseFolder.open(demo.ensureBuilt(context)));
  }

  public void open(Path dir) {
    if (!CaseFolder.isCase(dir)) {
      message.set(dir + " is not a Veil case folder (it has no case.db).");
      return;
    }
    run("Opening " + dir.getFileName() + "…", context -> CaseFolder.open(dir));
  }

  /**
   * Creates the case with its {@code case.created} audit event, so the chain starts with it;
   * returns false (with the reasons in {@link #messageProperty()}) if invalid.
   */
  public boolean create(NewCaseForm form) {
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      message.set(String.join(" ", problems));
      return false;
    }
    String scheme = settings.preferences().categoryScheme();
    run(
        "Creating " + form.caseDir().getFileName() + "…",
        context -> {
          CaseFolder folder = NewCase.create(form.caseDir(), form.info(Instant.now()));
          var tagging =
              new org.veil.tagging.Tagging(
                  folder.db(),
                  new org.veil.audit.AuditLog(new org.veil.store.AuditStore(folder.db())));
          if (!tagging.activeScheme().id().equals(scheme)
              && tagging.schemes().stream().anyMatch(s -> s.id().equals(scheme))) {
            tagging.setActiveScheme(form.examiner().strip(), scheme); // the analyst's usual scheme
          }
          return folder;
        });
    return true;
  }

  private void run(String doing, BackgroundTask.Work<CaseFolder> work) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    message.set(doing);
    tasks.submit(
        BackgroundTask.of("open-case", work)
            .onProgress(
                snapshot -> {
                  if (snapshot.itemsTotal() > 0) {
                    message.set(doing + " " + snapshot.items() + " of " + snapshot.itemsTotal());
                  }
                })
            .onSuccess(
                folder -> {
                  busy.set(false);
                  message.set("");
                  settings.addRecent(folder.dir());
                  settings.saveQuietly();
                  refreshRecent();
                  onOpened.accept(new OpenCase(folder, tasks));
                })
            .onFailure(
                error -> {
                  busy.set(false);
                  message.set(describe(error));
                }));
  }

  static String describe(Throwable error) {
    if (error instanceof CaseLockedException) {
      return "This case is open in another Veil window or process. Close it there first.";
    }
    String text = error.getMessage();
    return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
  }
}

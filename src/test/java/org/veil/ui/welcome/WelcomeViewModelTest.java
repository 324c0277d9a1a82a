package org.veil.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditVerifier;
import org.veil.audit.NewCase;
import org.veil.demo.DemoCase;
import org.veil.model.AuditEvent;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.Settings;

class WelcomeViewModelTest {
  @TempDir Path temp;
  private final List<OpenCase> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(OpenCase::close);
  }

  private WelcomeViewModel model(Settings settings) {
    return new WelcomeViewModel(
        settings, TaskRunner.sameThread(), new DemoCase(temp.resolve("home")), opened::add);
  }

  @Test
  void createsACaseAndRemembersIt() {
    Settings settings = Settings.load(temp.resolve("home"));
    WelcomeViewModel model = model(settings);
    NewCaseForm form = new NewCaseForm("Lantern", "1", "KNPA", "Kim", "Asia/Seoul", temp);
    assertTrue(model.create(form));
    assertEquals(1, opened.size());
    assertEquals("Kim", opened.getFirst().examiner());
    assertEquals(temp.resolve("Lantern.veil"), settings.recentCases().getFirst());
    assertEquals("Lantern", model.recentCases().getFirst().name());
    assertTrue(model.recentCases().getFirst().available());
    assertFalse(model.busyProperty().get());
  }

  @Test
  void aCaseCreatedHereStartsItsAuditLogWithCaseCreated() {
    WelcomeViewModel model = model(Settings.load(temp.resolve("home")));
    assertTrue(model.create(new NewCaseForm("Ember", "7", "KNPA", "Lee", "Asia/Seoul", temp)));
    List<AuditEvent> events = new AuditStore(opened.getFirst().folder().db()).all();
    AuditEvent first = events.getFirst();
    assertEquals(NewCase.CREATED, first.action());
    assertEquals("Lee", first.examiner());
    assertEquals("case", first.target());
    assertTrue(first.details().contains("Asia/Seoul"), first.details());
    assertTrue(AuditVerifier.verify(new AuditStore(opened.getFirst().folder().db())).intact());
  }

  @Test
  void aNewCaseStartsWithTheAnalystsUsualScheme() throws Exception {
    java.nio.file.Files.createDirectories(temp.resolve("home"));
    java.nio.file.Files.writeString(
        temp.resolve("home").resolve("settings.properties"), "category.scheme=caid-uk\n");
    WelcomeViewModel model = model(Settings.load(temp.resolve("home")));
    assertTrue(model.create(new NewCaseForm("UK", "1", "NCA", "Smith", "Europe/London", temp)));
    var opened = this.opened.getFirst();
    var tagging = new org.veil.tagging.Tagging(opened.folder().db(), opened.audit());
    assertEquals("caid-uk", tagging.activeScheme().id());
  }

  @Test
  void anInvalidFormIsRefusedWithReasons() {
    WelcomeViewModel model = model(Settings.load(temp.resolve("home")));
    assertFalse(model.create(new NewCaseForm("", "", "", "", "UTC", temp)));
    assertTrue(model.messageProperty().get().contains("name"));
    assertTrue(opened.isEmpty());
  }

  @Test
  void openingAFolderThatIsNoCaseSaysSo() {
    WelcomeViewModel model = model(Settings.load(temp.resolve("home")));
    model.open(temp);
    assertTrue(model.messageProperty().get().contains("not a Veil case"));
    assertTrue(opened.isEmpty());
  }

  @Test
  void aCaseOpenElsewhereIsExplainedNotThrown() throws Exception {
    WelcomeViewModel model = model(Settings.load(temp.resolve("home")));
    Path dir = temp.resolve("Busy.veil");
    try (CaseFolder held = CaseFolder.create(dir, org.veil.testing.TestCases.info("x"))) {
      model.open(dir);
      assertTrue(
          model.messageProperty().get().contains("open in another Veil"),
          model.messageProperty().get());
      assertTrue(opened.isEmpty());
    }
  }
}

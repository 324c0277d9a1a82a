package org.veil.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewCaseFormTest {
  @Test
  void aCompleteFormHasNoProblemsAndNamesTheFolder() {
    NewCaseForm form =
        new NewCaseForm(" Lantern ", "2026-1", "KNPA", "Kim", "Asia/Seoul", Path.of("/cases"));
    assertTrue(form.problems().isEmpty());
    assertEquals(Path.of("/cases/Lantern.veil"), form.caseDir());
    assertEquals("Asia/Seoul", form.info(Instant.EPOCH).timeZone().getId());
    assertEquals(
        "",
        new NewCaseForm("a", null, null, "k", "UTC", Path.of("/")).info(Instant.EPOCH).number());
  }

  @Test
  void missingOrUnsafeFieldsAreNamed() {
    NewCaseForm form = new NewCaseForm("../etc", "", "", " ", "Mars/Olympus", null);
    var problems = String.join(" ", form.problems());
    assertTrue(problems.contains("letters, digits"), problems);
    assertTrue(problems.contains("examiner"), problems);
    assertTrue(problems.contains("time zone"), problems);
    assertTrue(problems.contains("where to keep"), problems);
    assertTrue(
        new NewCaseForm("", "", "", "k", "UTC", Path.of("/"))
            .problems()
            .getFirst()
            .contains("name"));
  }
}

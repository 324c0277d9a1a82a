package org.veil.ui.welcome;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.CaseInfo;
import org.veil.store.CaseFolder;
import org.veil.ui.I18n;

/** What the "New case" dialog asks for; {@link #problems()} says what is missing, in words. */
public record NewCaseForm(
    String name, String number, String agency, String examiner, String timeZone, Path parent) {

  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (blank(name)) {
      out.add(I18n.text("newCase.problem.name"));
    } else if (!name.strip().matches("[\\p{L}\\p{N} ._()-]+")) {
      out.add(I18n.text("newCase.problem.nameChars"));
    }
    if (blank(examiner)) {
      out.add(I18n.text("newCase.problem.examiner"));
    }
    try {
      ZoneId.of(blank(timeZone) ? "" : timeZone.strip());
    } catch (DateTimeException e) {
      out.add(I18n.text("newCase.problem.timeZone"));
    }
    if (parent == null) {
      out.add(I18n.text("newCase.problem.folder"));
    }
    return out;
  }

  /** {@code <parent>/<name>.veil}. */
  public Path caseDir() {
    return parent.resolve(name.strip() + CaseFolder.EXTENSION);
  }

  public CaseInfo info(Instant now) {
    return new CaseInfo(
        name.strip(),
        blank(number) ? "" : number.strip(),
        blank(agency) ? "" : agency.strip(),
        examiner.strip(),
        now,
        ZoneId.of(timeZone.strip()));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

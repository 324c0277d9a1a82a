package org.veil.ui.welcome;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.CaseInfo;
import org.veil.store.CaseFolder;

/** What the "New case" dialog asks for; {@link #problems()} says what is missing, in words. */
public record NewCaseForm(
    String name, String number, String agency, String examiner, String timeZone, Path parent) {

  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (blank(name)) {
      out.add("Give the case a name.");
    } else if (!name.strip().matches("[\\p{L}\\p{N} ._()-]+")) {
      out.add("The case name may use letters, digits, spaces and . _ - ( ) only.");
    }
    if (blank(examiner)) {
      out.add("Name the examiner: every action in the audit log carries it.");
    }
    try {
      ZoneId.of(blank(timeZone) ? "" : timeZone.strip());
    } catch (DateTimeException e) {
      out.add("Choose a time zone such as Asia/Seoul or Europe/London.");
    }
    if (parent == null) {
      out.add("Choose where to keep the case folder.");
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

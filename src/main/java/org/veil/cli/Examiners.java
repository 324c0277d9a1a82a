package org.veil.cli;

import org.veil.store.CaseFolder;

/** Who the audit log names: the option if given, else the case's examiner, else the OS user. */
final class Examiners {
  private Examiners() {}

  static String resolve(String option, CaseFolder folder) {
    if (option != null && !option.isBlank()) {
      return option;
    }
    String caseExaminer = folder == null ? null : folder.info().examiner();
    if (caseExaminer != null && !caseExaminer.isBlank()) {
      return caseExaminer;
    }
    return System.getProperty("user.name", "unknown");
  }
}

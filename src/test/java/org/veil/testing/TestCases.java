package org.veil.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.veil.model.CaseInfo;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;

/** Small helpers for tests that need a case. */
public final class TestCases {
  private TestCases() {}

  public static CaseInfo info(String name) {
    return new CaseInfo(
        name,
        "2026-0042",
        "Test Agency",
        "examiner-a",
        Instant.parse("2026-01-02T03:04:05Z"),
        ZoneId.of("Asia/Seoul"));
  }

  public static CaseFolder create(Path parent, String name) throws CaseException {
    return CaseFolder.create(parent.resolve(name + CaseFolder.EXTENSION), info(name));
  }
}

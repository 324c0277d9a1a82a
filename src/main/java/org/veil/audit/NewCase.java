package org.veil.audit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.model.CaseInfo;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;

/**
 * Creates a case with its first audit event, so every front end (CLI, workstation, demo) starts the
 * chain the same way instead of each remembering to.
 */
public final class NewCase {
  public static final String CREATED = "case.created";

  private NewCase() {}

  public static CaseFolder create(Path dir, CaseInfo info) throws CaseException {
    CaseFolder folder = CaseFolder.create(dir, info);
    try {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("name", info.name());
      details.put("number", info.number());
      details.put("agency", info.agency());
      details.put("time_zone", info.timeZone().getId());
      new AuditLog(new AuditStore(folder.db())).record(info.examiner(), CREATED, "case", details);
      return folder;
    } catch (RuntimeException e) {
      folder.close();
      throw e;
    }
  }
}

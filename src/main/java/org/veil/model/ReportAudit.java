package org.veil.model;

import java.util.List;

/**
 * The state of the audit log when a report was made.
 *
 * @param headSeq the last row before the report's own {@code report.created} event
 * @param verification "intact" or the verifier's reason for the first bad row
 */
public record ReportAudit(
    long events,
    long headSeq,
    String headHash,
    boolean intact,
    String verification,
    List<AuditSeal> seals) {
  public ReportAudit {
    seals = List.copyOf(seals);
  }
}

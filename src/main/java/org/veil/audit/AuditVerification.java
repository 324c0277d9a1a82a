package org.veil.audit;

/**
 * The outcome of checking the chain.
 *
 * @param firstBadSeq the sequence number of the first row that does not fit, or -1 when intact
 */
public record AuditVerification(boolean intact, long rows, long firstBadSeq, String reason) {
  static AuditVerification ok(long rows) {
    return new AuditVerification(true, rows, -1, "intact");
  }

  static AuditVerification broken(long rows, long seq, String reason) {
    return new AuditVerification(false, rows, seq, reason);
  }
}

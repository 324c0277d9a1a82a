package org.veil.model;

import java.time.Instant;

/**
 * One row of the append-only audit log.
 *
 * @param details canonical JSON object
 * @param hash SHA-256 over the canonical event and {@code prevHash}
 */
public record AuditEvent(
    long seq,
    Instant at,
    String examiner,
    String action,
    String target,
    String details,
    String prevHash,
    String hash) {}

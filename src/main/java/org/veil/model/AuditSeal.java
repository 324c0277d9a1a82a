package org.veil.model;

import java.time.Instant;

/**
 * An examiner's sign-off on the audit log: "everything up to row {@code sealedSeq}, whose hash is
 * {@code sealedHash}, is what I did and saw". The seal is itself a row of the chain ({@code seq}),
 * so it cannot be moved or edited without breaking the chain.
 *
 * @param events how many events the seal covers (rows 1..sealedSeq)
 * @param statement the examiner's words, may be empty
 */
public record AuditSeal(
    long seq,
    Instant at,
    String examiner,
    long sealedSeq,
    String sealedHash,
    long events,
    String statement,
    String hash) {}

package org.veil.model;

import java.nio.file.Path;

/**
 * A report or export Veil wrote, as recorded in the audit log.
 *
 * @param kind {@code html}, {@code pdf}, {@code csv}, {@code messages-csv}, {@code case}, {@code
 *     vics} or {@code evidence-package}
 * @param sha256 of the file written (for a package: of its JSON manifest)
 * @param records items, messages or objects written
 * @param auditSeq the row of the audit event that records it
 */
public record WrittenExport(
    String kind, Path path, String sha256, long bytes, long records, long auditSeq) {}

package org.veil.model;

import java.time.Instant;

/**
 * A known-hash set imported into the case, with what is needed to say in court where it came from.
 *
 * @param version the format version ({@code 1.3}, {@code 2.0}) or the RDS release; null if none
 * @param scheme the category scheme of the set's values; null when it has no categories
 * @param sourceSha256 SHA-256 of the imported file as read at import time
 * @param records entries imported (for NSRL: rows in the RDS file)
 * @param skipped entries left out because they had no usable hash
 */
public record KnownHashSet(
    long id,
    String name,
    HashSetFormat format,
    String version,
    HashSetKind kind,
    String scheme,
    String sourcePath,
    String sourceSha256,
    long sourceSize,
    String importedBy,
    Instant importedAt,
    long records,
    long skipped) {}

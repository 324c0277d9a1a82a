package org.veil.model;

import java.time.Instant;

/**
 * An item whose hash is in a known-hash set.
 *
 * @param matchedOn {@code sha256}, {@code sha1} or {@code md5}: the strongest hash that matched
 * @param category the set's category for the entry, or null
 * @param detail what the set says about the file (NSRL file name, VICS series), or null
 */
public record HashMatch(
    long itemId,
    long setId,
    String setName,
    String matchedOn,
    String category,
    String detail,
    Instant matchedAt) {}

package org.veil.model;

/**
 * What matching the case's items against one set found.
 *
 * @param checked items whose hashes were compared
 * @param matched items in the set (this run)
 * @param newMatches of those, items not matched by this set before
 * @param categorised items whose category the set set or changed
 * @param known items marked known (hidden by default) by this set
 */
public record HashSetMatchSummary(
    String set,
    HashSetKind kind,
    int checked,
    int matched,
    int newMatches,
    int categorised,
    int known) {}

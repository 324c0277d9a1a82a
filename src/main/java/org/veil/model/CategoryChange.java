package org.veil.model;

/**
 * One item whose category changed.
 *
 * @param before the value before, or null when it was uncategorised
 * @param after the value after, or null when it became uncategorised
 * @param provenance where the new value came from (see {@link ItemCategory#provenance()})
 */
public record CategoryChange(
    long itemId, String scheme, String before, String after, String provenance) {}

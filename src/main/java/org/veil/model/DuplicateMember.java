package org.veil.model;

/**
 * One item of a duplicate group.
 *
 * @param distance PDQ Hamming distance to the group's representative (0 for exact groups and for
 *     the representative itself); may exceed the grouping distance when the member joined the group
 *     through a chain of near neighbours
 */
public record DuplicateMember(long itemId, int distance) {}

package org.veil.model;

import java.time.Instant;

/**
 * A marked item or message, for coming back to it or putting it in a report.
 *
 * @param label optional short words; empty when none was given
 */
public record Bookmark(Target target, String label, String bookmarkedBy, Instant bookmarkedAt) {}

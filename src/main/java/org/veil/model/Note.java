package org.veil.model;

import java.time.Instant;

/** Free text an examiner attached to an item or a message. */
public record Note(long id, Target target, String text, String writtenBy, Instant writtenAt) {}

package org.veil.model;

/**
 * When the camera says a picture was taken, for the timeline.
 *
 * @param takenAt ISO 8601 local date-time as the file wrote it, with its offset when recorded
 */
public record ItemTime(long itemId, String takenAt) {}

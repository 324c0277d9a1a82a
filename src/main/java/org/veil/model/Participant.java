package org.veil.model;

/**
 * A sender as the platform identifies them.
 *
 * @param platformId e.g. Telegram {@code user123456}, a Discord snowflake, or for WhatsApp the
 *     exported name/number
 */
public record Participant(
    long id, String platform, String platformId, String username, String displayName) {}

package org.veil.model;

/**
 * A conversation: a Telegram room, WhatsApp group, Discord channel.
 *
 * @param externalId the platform's id when the export has one
 * @param type the platform's word for it (e.g. {@code private_supergroup}, {@code group}, {@code
 *     GuildTextChat})
 */
public record Chat(long id, String platform, String name, String type, String externalId) {}

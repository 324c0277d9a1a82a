package org.veil.chat;

import java.util.Arrays;
import java.util.Optional;

/** The chat export formats Veil reads. */
public enum ChatFormat {
  TELEGRAM_JSON("telegram-json", "telegram"),
  TELEGRAM_HTML("telegram-html", "telegram"),
  WHATSAPP("whatsapp", "whatsapp"),
  DISCORD("discord", "discord");

  private final String cliName;
  private final String platform;

  ChatFormat(String cliName, String platform) {
    this.cliName = cliName;
    this.platform = platform;
  }

  /** The name used on the command line ({@code --format telegram-json}). */
  public String cliName() {
    return cliName;
  }

  /** The platform written into {@code Chat.platform} and {@code Participant.platform}. */
  public String platform() {
    return platform;
  }

  /** The format with this CLI name, ignoring case. */
  public static Optional<ChatFormat> fromCliName(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name)).findFirst();
  }
}

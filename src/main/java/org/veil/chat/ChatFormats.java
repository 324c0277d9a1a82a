package org.veil.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Recognises a chat export and gives the parser for it. */
public final class ChatFormats {
  private ChatFormats() {}

  /**
   * The format of an export, from its name and first bytes (never the whole file):
   *
   * <ul>
   *   <li>folder with {@code result.json}: Telegram JSON; with {@code messages.html}: Telegram
   *       HTML; with a WhatsApp chat {@code .txt}: WhatsApp; with DiscordChatExporter {@code .json}
   *       files: Discord
   *   <li>{@code .json}: Discord when its top level has {@code guild} or {@code channel} before
   *       {@code messages}, Telegram when it has {@code messages}, {@code chats} or {@code
   *       personal_information}
   *   <li>{@code .html}/{@code .htm} with Telegram's {@code class="message} markup: Telegram HTML
   *   <li>{@code .txt} whose first 50 lines hold a WhatsApp message line, or a {@code .zip} with
   *       such a {@code .txt}: WhatsApp
   * </ul>
   *
   * Unreadable or unrecognised exports give an empty result, never an exception.
   */
  public static Optional<ChatFormat> detect(Path export) {
    try {
      if (Files.isDirectory(export)) {
        return detectFolder(export);
      }
      if (!Files.isRegularFile(export)) {
        return Optional.empty();
      }
      String name = export.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return sniffJson(export);
      }
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return looksLikeTelegramHtml(export)
            ? Optional.of(ChatFormat.TELEGRAM_HTML)
            : Optional.empty();
      }
      if (name.endsWith(".txt")) {
        try (InputStream in = Files.newInputStream(export)) {
          return WhatsAppParser.looksLikeChat(in)
              ? Optional.of(ChatFormat.WHATSAPP)
              : Optional.empty();
        }
      }
      if (name.endsWith(".zip")) {
        return zipHoldsWhatsApp(export) ? Optional.of(ChatFormat.WHATSAPP) : Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The parser for a format, reading zone-less local times as UTC. */
  public static ChatParser parser(ChatFormat format) {
    return parser(format, java.time.ZoneOffset.UTC);
  }

  /**
   * The parser for a format.
   *
   * @param localZone the zone for formats that write local times without an offset: WhatsApp
   *     always, Telegram JSON without {@code date_unixtime}, Telegram HTML without {@code
   *     UTC+hh:mm} in its titles; Discord ignores it
   */
  public static ChatParser parser(ChatFormat format, ZoneId localZone) {
    return switch (format) {
      case TELEGRAM_JSON -> new TelegramJsonParser(localZone);
      case TELEGRAM_HTML -> new TelegramHtmlParser(localZone);
      case WHATSAPP -> new WhatsAppParser(localZone);
      case DISCORD -> new DiscordParser();
    };
  }

  private static Optional<ChatFormat> detectFolder(Path folder) throws IOException {
    if (Files.isRegularFile(folder.resolve("result.json"))) {
      return Optional.of(ChatFormat.TELEGRAM_JSON);
    }
    if (Files.isRegularFile(folder.resolve("messages.html"))) {
      return Optional.of(ChatFormat.TELEGRAM_HTML);
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".json"))) {
          Optional<ChatFormat> found = detect(file);
          if (found.isPresent()
              && (found.get() == ChatFormat.WHATSAPP || found.get() == ChatFormat.DISCORD)) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ChatFormat> sniffJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new TolerantUtf8Reader(in);
        JsonParser p = TelegramJsonReading.FACTORY.createParser(reader)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      boolean discordKey = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        switch (field) {
          case "guild", "channel" -> discordKey = true;
          case "messages" -> {
            return Optional.of(discordKey ? ChatFormat.DISCORD : ChatFormat.TELEGRAM_JSON);
          }
          case "chats", "left_chats", "personal_information" -> {
            return Optional.of(ChatFormat.TELEGRAM_JSON);
          }
          default -> {}
        }
        p.nextToken();
        p.skipChildren();
      }
      return discordKey ? Optional.of(ChatFormat.DISCORD) : Optional.empty();
    }
  }

  private static boolean looksLikeTelegramHtml(Path file) throws IOException {
    byte[] head = new byte[16 * 1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    return text.contains("class=\"page_wrap\"")
        || text.contains("class=\"history\"")
        || text.contains("class=\"message ");
  }

  private static boolean zipHoldsWhatsApp(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!entry.isDirectory() && name.endsWith(".txt") && !name.startsWith("__macosx/")) {
          try (InputStream in = file.getInputStream(entry)) {
            if (WhatsAppParser.looksLikeChat(in)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}

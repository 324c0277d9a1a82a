package org.veil.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Telegram Desktop JSON exports: a single chat ({@code result.json} with {@code name, type, id,
 * messages}) or a whole account ({@code chats.list[]} and {@code left_chats.list[]}).
 *
 * <p>Streams with jackson-core: memory stays bounded whatever the export size (a fixed 1 MiB replay
 * window plus one message and the set of senders). {@code date_unixtime} is preferred; an export
 * without it has its local {@code date} read in the zone given to the constructor.
 *
 * <p>Tolerated and reported through {@link ChatSink#skipped}: duplicate {@code text} keys (the
 * longer value is kept), invalid UTF-8 (replaced with U+FFFD), unescaped control characters and
 * escapes of ordinary characters such as {@code \q} (read as the character, not reported), media
 * paths leaving the export folder. When the JSON itself breaks inside a chat's message list, the
 * broken message is skipped and reading resumes at the next message that starts with its {@code
 * "id"} key; a file that ends early keeps every message read before the end. Anything else stops
 * the parse with a {@link ChatParseException} after what was read has been delivered.
 */
public final class TelegramJsonParser implements ChatParser {
  private final ZoneId localZone;

  /** Reads exports without {@code date_unixtime} as UTC. */
  public TelegramJsonParser() {
    this(ZoneOffset.UTC);
  }

  /**
   * @param localZone the zone of the exporting computer, used only for exports that lack {@code
   *     date_unixtime} (their {@code date} has no offset)
   */
  public TelegramJsonParser(ZoneId localZone) {
    this.localZone = Objects.requireNonNull(localZone);
  }

  @Override
  public ChatFormat format() {
    return ChatFormat.TELEGRAM_JSON;
  }

  /**
   * @param export {@code result.json} (or any Telegram JSON file) or the export folder holding
   *     {@code result.json}; attachment paths are relative to the folder holding the JSON file
   */
  @Override
  public void parse(Path export, ChatSink sink) throws ChatParseException {
    Path file = Files.isDirectory(export) ? export.resolve("result.json") : export;
    if (!Files.isRegularFile(file)) {
      throw new ChatParseException("no Telegram result.json at " + export);
    }
    Path root = file.toAbsolutePath().getParent();
    try (InputStream in = Files.newInputStream(file)) {
      new TelegramJsonReading(
              in, file.getFileName().toString(), ExportMedia.inFolder(root), localZone, sink)
          .read();
    } catch (IOException e) {
      throw new ChatParseException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

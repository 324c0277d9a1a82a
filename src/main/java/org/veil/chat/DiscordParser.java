package org.veil.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.veil.model.Attachment;
import org.veil.model.Chat;
import org.veil.model.Message;

/**
 * DiscordChatExporter JSON: one channel per file ({@code guild}, {@code channel}, {@code
 * messages[]}), streamed. A folder is read as every DiscordChatExporter JSON file in it, in name
 * order, one chat each.
 *
 * <p>The chat is named {@code guild / channel}, typed with the channel type, and identified by the
 * channel id. Authors are participants with their snowflake id, {@code name} as username and {@code
 * nickname} (else {@code name}) as display name. Messages whose id was already seen in the file are
 * collapsed and reported. Attachment {@code url}s that are local paths (exports made with {@code
 * --media}) resolve against the folder of the JSON file; web URLs are kept as the attachment path
 * with {@code present=false} and are never fetched. Message types other than {@code Default} and
 * {@code Reply} (joins, pins, calls, renames) are service messages whose action is the type.
 */
public final class DiscordParser implements ChatParser {
  private static final String PLATFORM = ChatFormat.DISCORD.platform();

  @Override
  public ChatFormat format() {
    return ChatFormat.DISCORD;
  }

  @Override
  public void parse(Path export, ChatSink sink) throws ChatParseException {
    if (Files.isDirectory(export)) {
      List<Path> json;
      try (Stream<Path> list = Files.list(export)) {
        json =
            list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .sorted()
                .toList();
      } catch (IOException e) {
        throw new ChatParseException("cannot list " + export + ": " + e.getMessage(), e);
      }
      List<Path> files = new java.util.ArrayList<>();
      for (Path file : json) {
        if (ChatFormats.detect(file).orElse(null) == ChatFormat.DISCORD) {
          files.add(file);
        } else {
          sink.skipped(
              file.getFileName().toString(),
              "not a DiscordChatExporter channel (or damaged before its messages): not read");
        }
      }
      if (files.isEmpty()) {
        throw new ChatParseException("no DiscordChatExporter JSON in " + export);
      }
      // one broken channel file must not cost the channels after it
      List<String> broken = new java.util.ArrayList<>();
      for (Path file : files) {
        try {
          parseFile(file, sink);
        } catch (ChatParseException e) {
          sink.skipped(file.getFileName().toString(), e.getMessage());
          broken.add(file.getFileName().toString());
        }
      }
      if (!broken.isEmpty()) {
        throw new ChatParseException(
            broken.size()
                + " of "
                + files.size()
                + " channel files could not be read to their end ("
                + String.join(", ", broken)
                + "); every other channel was read");
      }
    } else {
      parseFile(export, sink);
    }
  }

  private void parseFile(Path file, ChatSink sink) throws ChatParseException {
    if (!Files.isRegularFile(file)) {
      throw new ChatParseException("no Discord export at " + file);
    }
    String name = file.getFileName().toString();
    Path root = file.toAbsolutePath().getParent();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = TelegramJsonReading.FACTORY.createParser(new TolerantUtf8Reader(in))) {
      new Reading(p, name, root, sink).read();
    } catch (JsonEOFException e) {
      sink.skipped(
          name + ", character " + e.getLocation().getCharOffset(),
          "the export ends early (truncated file); everything before it was kept");
    } catch (JsonProcessingException e) {
      throw new ChatParseException(
          name
              + ", character "
              + e.getLocation().getCharOffset()
              + ": unreadable JSON ("
              + e.getOriginalMessage()
              + "); what came before it was kept",
          e);
    } catch (IOException e) {
      throw new ChatParseException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static final class Reading {
    private final JsonParser p;
    private final String fileName;
    private final Path root;
    private final ChatSink sink;
    private final ExportMedia media;
    private final ParticipantRoster roster;
    private final SeenIds seen = new SeenIds();
    private String guild;
    private String channelId;
    private String channelName;
    private String channelType;
    private boolean announced;

    Reading(JsonParser p, String fileName, Path root, ChatSink sink) {
      this.p = p;
      this.fileName = fileName;
      this.root = root;
      this.sink = sink;
      this.media = ExportMedia.inFolder(root);
      this.roster = new ParticipantRoster(PLATFORM, sink);
    }

    void read() throws IOException, ChatParseException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ChatParseException(fileName + " is not a DiscordChatExporter export");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "guild" -> readGuild();
          case "channel" -> readChannel();
          case "messages" -> {
            if (value == JsonToken.START_ARRAY) {
              announce();
              readMessages();
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      if (!announced) {
        throw new ChatParseException(
            fileName + " is not a DiscordChatExporter export: no messages");
      }
    }

    private void readGuild() throws IOException {
      forEachField(
          field -> {
            if (field.equals("name")) {
              guild = scalar();
            } else {
              p.skipChildren();
            }
          });
    }

    private void readChannel() throws IOException {
      forEachField(
          field -> {
            switch (field) {
              case "id" -> channelId = scalar();
              case "name" -> channelName = scalar();
              case "type" -> channelType = scalar();
              default -> p.skipChildren();
            }
          });
    }

    private void announce() {
      announced = true;
      String name = guild == null ? channelName : guild + " / " + channelName;
      sink.chat(new Chat(0, PLATFORM, name, channelType, channelId));
    }

    private void readMessages() throws IOException {
      int ordinal = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonEOFException(p, null, "end of input inside messages");
        }
        ordinal++;
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.skipped(fileName + ", message #" + ordinal, "not a message object, skipped");
          continue;
        }
        Draft d = readMessage();
        String where =
            fileName + ", message #" + ordinal + (d.id != null ? " (id " + d.id + ")" : "");
        if (d.id == null) {
          sink.skipped(where, "message without id skipped");
          continue;
        }
        if (!seen.add(d.id)) {
          sink.skipped(where, "duplicate message id: the repeat was collapsed into the first");
          continue;
        }
        emit(d, where);
      }
    }

    private void emit(Draft d, String where) {
      if (d.authorId != null) {
        roster.seen(d.authorId, d.authorName, d.nickname != null ? d.nickname : d.authorName);
      }
      Instant sentAt = instant(d.timestamp, where);
      Instant editedAt = d.edited == null ? null : instant(d.edited, where);
      List<Attachment> attachments = new ArrayList<>();
      for (String[] a : d.attachments) {
        attachments.add(attachment(a[0], a[1], where));
      }
      String text = d.content == null ? "" : d.content;
      TextClues clues = TextClues.of(text);
      List<String> mentions = new ArrayList<>(d.mentions);
      clues.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
      boolean service = d.type != null && !d.type.equals("Default") && !d.type.equals("Reply");
      sink.message(
          new Message(
              d.id,
              sentAt,
              d.timestamp,
              d.authorId,
              d.nickname != null ? d.nickname : d.authorName,
              text,
              d.replyTo,
              null,
              editedAt,
              service,
              service ? d.type : null,
              List.of(),
              attachments,
              mentions,
              clues.hashtags(),
              clues.links()));
    }

    private Attachment attachment(String url, String fileName, String where) {
      String kind = WhatsAppParser.kind(fileName != null ? fileName : url == null ? "" : url);
      if (url == null) {
        return new Attachment(fileName, kind, null, false);
      }
      String lower = url.toLowerCase(Locale.ROOT);
      if (ExportMedia.isWebAddress(lower)) {
        // a web address: recorded, never fetched
        return new Attachment(url, kind, null, false);
      }
      Attachment local = media.attachment(url, kind, null, where, sink);
      if (!local.present() && url.indexOf('%') >= 0) {
        String decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        Attachment decodedLocal = media.attachment(decoded, kind, null, where, sink);
        if (decodedLocal.present()) {
          return decodedLocal;
        }
      }
      return local;
    }

    private Instant instant(String text, String where) {
      if (text == null) {
        sink.skipped(where, "no timestamp: message kept without a time");
        return null;
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        sink.skipped(where, "timestamp is not a date: " + text);
        return null;
      }
    }

    private Draft readMessage() throws IOException {
      Draft d = new Draft();
      forEachField(
          field -> {
            switch (field) {
              case "id" -> d.id = scalar();
              case "type" -> d.type = scalar();
              case "timestamp" -> d.timestamp = scalar();
              case "timestampEdited" -> d.edited = scalar();
              case "content" -> d.content = scalar();
              case "author" ->
                  forEachField(
                      a -> {
                        switch (a) {
                          case "id" -> d.authorId = scalar();
                          case "name" -> d.authorName = scalar();
                          case "nickname" -> d.nickname = scalar();
                          default -> p.skipChildren();
                        }
                      });
              case "attachments" ->
                  forEachElement(
                      () -> {
                        String[] a = new String[2];
                        forEachField(
                            f -> {
                              switch (f) {
                                case "url" -> a[0] = scalar();
                                case "fileName" -> a[1] = scalar();
                                default -> p.skipChildren();
                              }
                            });
                        d.attachments.add(a);
                      });
              case "mentions" ->
                  forEachElement(
                      () -> {
                        String[] m = new String[1];
                        forEachField(
                            f -> {
                              if (f.equals("name")) {
                                m[0] = scalar();
                              } else {
                                p.skipChildren();
                              }
                            });
                        if (m[0] != null && !d.mentions.contains(m[0])) {
                          d.mentions.add(m[0]);
                        }
                      });
              case "reference" ->
                  forEachField(
                      f -> {
                        if (f.equals("messageId")) {
                          d.replyTo = scalar();
                        } else {
                          p.skipChildren();
                        }
                      });
              default -> p.skipChildren();
            }
          });
      return d;
    }

    private interface FieldReader {
      void read(String field) throws IOException;
    }

    private interface ElementReader {
      void read() throws IOException;
    }

    /** Calls back for each field of the object at the current token; skips anything else. */
    private void forEachField(FieldReader reader) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        reader.read(field);
      }
      if (t == null) {
        throw new JsonEOFException(p, null, "end of input inside an object");
      }
    }

    /** Calls back for each object element of the array at the current token. */
    private void forEachElement(ElementReader reader) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonEOFException(p, null, "end of input inside an array");
        }
        if (t == JsonToken.START_OBJECT) {
          reader.read();
        } else {
          p.skipChildren();
        }
      }
    }

    private String scalar() throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
        return null;
      }
      return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
  }

  private static final class Draft {
    String id;
    String type;
    String timestamp;
    String edited;
    String content;
    String authorId;
    String authorName;
    String nickname;
    String replyTo;
    final List<String[]> attachments = new ArrayList<>(1);
    final List<String> mentions = new ArrayList<>(1);
  }
}

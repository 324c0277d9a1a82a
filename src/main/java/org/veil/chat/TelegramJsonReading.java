package org.veil.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.Attachment;
import org.veil.model.Chat;
import org.veil.model.Message;

/** One pass over one Telegram JSON file: the state a {@link TelegramJsonParser} parse needs. */
final class TelegramJsonReading {
  private static final String PLATFORM = ChatFormat.TELEGRAM_JSON.platform();
  private static final int REPLAY_WINDOW = 1 << 20;
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private enum Section {
    ROOT("{\"messages\":["),
    CHATS("{\"chats\":{\"list\":[{\"messages\":["),
    LEFT_CHATS("{\"left_chats\":{\"list\":[{\"messages\":[");

    /** JSON that reopens the nesting of a message list, to resume reading inside it. */
    final String resumePrefix;

    Section(String resumePrefix) {
      this.resumePrefix = resumePrefix;
    }
  }

  private final TolerantUtf8Reader utf8;
  private final ReplayableReader document;
  private final String fileName;
  private final ExportMedia media;
  private final ZoneId localZone;
  private final ChatSink sink;
  private final ParticipantRoster roster;

  // where we are, for reports and for resuming after broken JSON
  private Section section = Section.ROOT;
  private boolean inMessages;
  private boolean inMessage;
  private boolean resuming;
  private String chatLabel = "";
  private int ordinal;
  private String messageId;
  private int chatsAnnounced;
  private boolean reportedLocalDates;
  private long parserBase;
  private int parserPrefix;

  TelegramJsonReading(
      InputStream in, String fileName, ExportMedia media, ZoneId localZone, ChatSink sink) {
    this.utf8 = new TolerantUtf8Reader(in);
    this.document = new ReplayableReader(utf8, REPLAY_WINDOW);
    this.fileName = fileName;
    this.media = media;
    this.localZone = localZone;
    this.sink = sink;
    this.roster = new ParticipantRoster(PLATFORM, sink);
  }

  void read() throws IOException, ChatParseException {
    String prefix = "";
    long start = 0;
    while (true) {
      parserBase = start;
      parserPrefix = prefix.length();
      try (JsonParser p = FACTORY.createParser(new PrefixedReader(prefix, document))) {
        readRoot(p);
        reportRepairs();
        requireSomeChat();
        return;
      } catch (JsonEOFException e) {
        reportRepairs();
        requireSomeChat();
        sink.skipped(
            where(e.getLocation()),
            "the export ends early (truncated file)"
                + (inMessage ? ": this unfinished message is lost" : "")
                + "; everything before it was kept");
        return;
      } catch (JsonProcessingException e) {
        reportRepairs();
        String where = where(e.getLocation());
        String problem = e.getOriginalMessage().lines().findFirst().orElse("broken JSON");
        long resume = inMessages ? nextMessageStart(documentOffset(e.getLocation())) : -1;
        if (resume < 0) {
          throw new ChatParseException(
              where
                  + ": unreadable JSON ("
                  + problem
                  + "); the rest of the export could not be read, "
                  + "what came before it was kept");
        }
        sink.skipped(
            where,
            "unreadable JSON ("
                + problem
                + "); skipped to the next message at character "
                + resume);
        document.rewindTo(resume);
        prefix = section.resumePrefix;
        start = resume;
        resuming = true;
        inMessages = false;
        inMessage = false;
      }
    }
  }

  private void requireSomeChat() throws ChatParseException {
    if (chatsAnnounced == 0) {
      throw new ChatParseException(
          fileName + " is not a Telegram export: no \"messages\" or \"chats\" list found");
    }
  }

  private void readRoot(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new ChatParseExceptionInJson(p, "the export does not start with a JSON object");
    }
    readChatObject(p, true);
  }

  private void readChatObject(JsonParser p, boolean root) throws IOException {
    String name = null;
    String type = null;
    String id = null;
    boolean announced = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> name = scalar(p);
        case "type" -> type = scalar(p);
        case "id" -> id = scalar(p);
        case "messages" -> {
          if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            continue;
          }
          if (resuming) {
            resuming = false;
          } else {
            announce(name, type, id);
          }
          announced = true;
          readMessages(p);
        }
        case "chats", "left_chats" -> {
          if (root && value == JsonToken.START_OBJECT) {
            section = field.equals("chats") ? Section.CHATS : Section.LEFT_CHATS;
            readSection(p);
            section = Section.ROOT;
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (!root && !announced) {
      announce(name, type, id); // a chat without messages still existed
    }
  }

  private void readSection(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("list") && value == JsonToken.START_ARRAY) {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new JsonEOFException(p, null, "end of input inside the chat list");
          }
          if (t == JsonToken.START_OBJECT) {
            readChatObject(p, false);
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private void announce(String name, String type, String id) {
    chatsAnnounced++;
    chatLabel = name != null ? name : id != null ? "id " + id : "unnamed";
    ordinal = 0;
    sink.chat(new Chat(0, PLATFORM, name, type, id));
  }

  private void readMessages(JsonParser p) throws IOException {
    inMessages = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonEOFException(p, null, "end of input inside a message list");
      }
      ordinal++;
      messageId = null;
      if (t == JsonToken.START_OBJECT) {
        inMessage = true;
        Draft draft = readMessage(p);
        inMessage = false;
        emit(draft);
        reportRepairs();
      } else {
        sink.skipped(where(p.currentLocation()), "not a message object (" + t + "), skipped");
        p.skipChildren();
      }
    }
    inMessages = false;
  }

  private Draft readMessage(JsonParser p) throws IOException {
    Draft d = new Draft();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> {
          d.id = scalar(p);
          messageId = d.id;
        }
        case "type" -> d.type = scalar(p);
        case "date" -> d.date = scalar(p);
        case "date_unixtime" -> d.dateUnix = scalar(p);
        case "edited" -> d.edited = scalar(p);
        case "edited_unixtime" -> d.editedUnix = scalar(p);
        case "from" -> d.from = scalar(p);
        case "from_id" -> d.fromId = scalar(p);
        case "actor" -> d.actor = scalar(p);
        case "actor_id" -> d.actorId = scalar(p);
        case "action" -> d.action = scalar(p);
        case "members" -> d.members = strings(p);
        case "text" -> {
          FlatText text = readText(p);
          if (d.text == null) {
            d.text = text;
          } else {
            FlatText kept = text.text().length() > d.text.text().length() ? text : d.text;
            FlatText dropped = kept == text ? d.text : text;
            sink.skipped(
                where(p.currentLocation()),
                "duplicate \"text\" key: kept the longer value ("
                    + kept.text().length()
                    + " characters), dropped "
                    + quote(dropped.text()));
            d.text = kept;
          }
        }
        case "photo" -> d.photo = scalar(p);
        case "file" -> d.file = scalar(p);
        case "file_name" -> d.fileName = scalar(p);
        case "thumbnail" -> d.thumbnail = scalar(p);
        case "media_type" -> d.mediaType = scalar(p);
        case "mime_type" -> d.mimeType = scalar(p);
        case "forwarded_from" -> d.forwardedFrom = scalar(p);
        case "saved_from" -> d.savedFrom = scalar(p);
        case "reply_to_message_id" -> d.replyTo = scalar(p);
        default -> p.skipChildren();
      }
    }
    return d;
  }

  private void emit(Draft d) {
    String where = where(null);
    boolean service = "service".equals(d.type);
    String senderId = service ? d.actorId : d.fromId;
    String senderName = service ? d.actor : d.from;
    if (senderId == null && senderName != null) {
      senderId = senderName; // old exports lack from_id: the name is all there is
    }
    roster.seen(senderId, null, senderName);

    Instant sentAt = instant(d.dateUnix, d.date, where, "date");
    Instant editedAt = instant(d.editedUnix, d.edited, where, "edited");
    if (sentAt == null) {
      sink.skipped(where, "no usable date: message kept without a time");
    }

    List<Attachment> attachments = new ArrayList<>(2);
    if (d.photo != null) {
      attachments.add(attachment(d.photo, "photo", null, null, where));
    }
    if (d.file != null) {
      String kind = d.mediaType != null ? d.mediaType : "file";
      attachments.add(attachment(d.file, kind, d.mimeType, d.fileName, where));
    }
    if (d.thumbnail != null) {
      attachments.add(attachment(d.thumbnail, "thumbnail", null, null, where));
    }

    FlatText text = d.text != null ? d.text : FlatText.EMPTY;
    sink.message(
        new Message(
            d.id != null ? d.id : "seq-" + ordinal,
            sentAt,
            d.date != null ? d.date : d.dateUnix,
            senderId,
            senderName,
            text.text(),
            d.replyTo,
            d.forwardedFrom != null ? d.forwardedFrom : d.savedFrom,
            editedAt,
            service,
            service ? d.action : null,
            d.members,
            attachments,
            text.mentions(),
            text.hashtags(),
            text.links()));
  }

  private Attachment attachment(
      String written, String kind, String mimeType, String fileName, String where) {
    if (written.startsWith("(") && written.endsWith(")")) {
      // "(File not included. Change data exporting settings to download.)" and its siblings
      return new Attachment(fileName, kind, mimeType, false);
    }
    return media.attachment(written, kind, mimeType, where, sink);
  }

  private Instant instant(String unix, String local, String where, String field) {
    if (unix != null) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(unix.trim()));
      } catch (NumberFormatException | DateTimeException e) {
        sink.skipped(where, field + "_unixtime is not a number: " + quote(unix));
      }
    }
    if (local != null) {
      try {
        Instant read = LocalDateTime.parse(local.trim()).atZone(localZone).toInstant();
        if (!reportedLocalDates) {
          reportedLocalDates = true;
          sink.skipped(
              where,
              "no " + field + "_unixtime: local dates read as " + localZone + " from here on");
        }
        return read;
      } catch (DateTimeException e) {
        sink.skipped(where, field + " is not a date: " + quote(local));
      }
    }
    return null;
  }

  private FlatText readText(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      FlatText.Builder text = new FlatText.Builder();
      JsonToken e;
      while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
        if (e == null) {
          throw new JsonEOFException(p, null, "end of input inside a text");
        }
        if (e == JsonToken.VALUE_STRING) {
          text.plain(p.getText());
        } else if (e == JsonToken.START_OBJECT) {
          String type = null;
          String part = null;
          String href = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
              case "type" -> type = scalar(p);
              case "text" -> part = scalar(p);
              case "href" -> href = scalar(p);
              default -> p.skipChildren();
            }
          }
          text.entity(type, part, href);
        } else {
          p.skipChildren();
        }
      }
      return text.build();
    }
    if (t == JsonToken.START_OBJECT) {
      p.skipChildren();
      return FlatText.EMPTY;
    }
    String plain = scalar(p);
    return plain == null ? FlatText.EMPTY : new FlatText(plain, List.of(), List.of(), List.of());
  }

  /** A scalar value as text; a structure where a scalar belongs is skipped. */
  private static String scalar(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return p.getText();
  }

  private static List<String> strings(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      String one = scalar(p);
      return one == null ? List.of() : List.of(one);
    }
    List<String> values = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonEOFException(p, null, "end of input inside a list");
      }
      values.add(scalar(p));
    }
    return values;
  }

  private void reportRepairs() {
    if (utf8.repairCount() == 0) {
      return;
    }
    List<Long> offsets = utf8.takeRepairs();
    if (!offsets.isEmpty()) {
      sink.skipped(
          fileName + ", near chat \"" + chatLabel + "\" message #" + ordinal,
          "invalid UTF-8 replaced with U+FFFD at byte offsets "
              + offsets.subList(0, Math.min(10, offsets.size()))
              + (offsets.size() > 10 ? " and " + (offsets.size() - 10) + " more" : ""));
    }
  }

  private long documentOffset(JsonLocation location) {
    if (location == null || location.getCharOffset() < 0) {
      return -1;
    }
    long offset = location.getCharOffset() - parserPrefix;
    return offset < 0 ? -1 : parserBase + offset;
  }

  private String where(JsonLocation location) {
    StringBuilder where = new StringBuilder(fileName);
    if (!chatLabel.isEmpty()) {
      where.append(", chat \"").append(chatLabel).append('"');
    }
    if (inMessages || inMessage) {
      where.append(", message #").append(ordinal);
      if (messageId != null) {
        where.append(" (id ").append(messageId).append(')');
      }
    }
    long offset = documentOffset(location);
    if (offset >= 0) {
      where.append(", character ").append(offset);
    }
    return where.toString();
  }

  /**
   * Scans forward from a broken spot for the next {@code }, {"id":} that starts a message, giving
   * its position, or -1 when the list (or file) ends first: a {@code "messages"} key means the scan
   * ran into the next chat, where resuming would put messages in the wrong chat.
   */
  private long nextMessageStart(long from) throws IOException {
    if (from < 0 || !document.canRewindTo(from)) {
      return -1;
    }
    document.rewindTo(from);
    final String messagesKey = "\"messages\"";
    int state = 0;
    long brace = -1;
    int keyMatched = 0;
    int messagesMatched = 0;
    int c;
    while ((c = document.next()) >= 0) {
      messagesMatched =
          c == messagesKey.charAt(messagesMatched) ? messagesMatched + 1 : (c == '"' ? 1 : 0);
      if (messagesMatched == messagesKey.length()) {
        return -1;
      }
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      switch (state) {
        case 0 -> state = c == '}' ? 1 : 0;
        case 1 -> state = space ? 1 : c == ',' ? 2 : c == '}' ? 1 : 0;
        case 2 -> {
          if (c == '{') {
            brace = document.position() - 1;
            state = 3;
          } else {
            state = space ? 2 : 0;
          }
        }
        case 3 -> {
          if (c == '"') {
            state = 4;
            keyMatched = 0;
          } else {
            state = space ? 3 : c == '}' ? 1 : 0;
          }
        }
        case 4 -> {
          String key = "id\"";
          if (c == key.charAt(keyMatched)) {
            keyMatched++;
            if (keyMatched == key.length()) {
              state = 5;
            }
          } else {
            state = c == '}' ? 1 : 0;
          }
        }
        case 5 -> {
          if (c == ':') {
            return document.canRewindTo(brace) ? brace : -1;
          }
          state = space ? 5 : c == '}' ? 1 : 0;
        }
        default -> state = 0;
      }
    }
    return -1;
  }

  private static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return '"' + shown + '"';
  }

  /** The fields of one message as read, before they become a {@link Message}. */
  private static final class Draft {
    String id;
    String type;
    String date;
    String dateUnix;
    String edited;
    String editedUnix;
    String from;
    String fromId;
    String actor;
    String actorId;
    String action;
    List<String> members;
    FlatText text;
    String photo;
    String file;
    String fileName;
    String thumbnail;
    String mediaType;
    String mimeType;
    String forwardedFrom;
    String savedFrom;
    String replyTo;
  }

  /** Our own structural complaint, raised as jackson's so the same recovery applies. */
  private static final class ChatParseExceptionInJson
      extends com.fasterxml.jackson.core.JsonParseException {
    ChatParseExceptionInJson(JsonParser p, String message) {
      super(p, message);
    }
  }

  /** Serves a short JSON prefix, then the document. */
  private static final class PrefixedReader extends Reader {
    private final StringReader prefix;
    private final Reader rest;
    private boolean prefixDone;

    PrefixedReader(String prefix, Reader rest) {
      this.prefix = new StringReader(prefix);
      this.rest = rest;
      this.prefixDone = prefix.isEmpty();
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
      if (!prefixDone) {
        int n = prefix.read(target, off, len);
        if (n > 0) {
          return n;
        }
        prefixDone = true;
      }
      return rest.read(target, off, len);
    }

    @Override
    public void close() {
      // the document outlives each parser that reads it
    }
  }
}

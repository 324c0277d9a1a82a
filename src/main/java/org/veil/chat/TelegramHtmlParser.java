package org.veil.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.veil.model.Attachment;
import org.veil.model.Chat;
import org.veil.model.Message;

/**
 * Telegram Desktop HTML exports: {@code messages.html}, {@code messages2.html}, ... read in number
 * order as one chat; a whole-account HTML export ({@code chats/chat_NNN/messages*.html}) as one
 * chat per folder. One page (about 1 000 messages) is in memory at a time.
 *
 * <p>Each {@code div.message.default} gives a message with its id from {@code id="messageNNN"} (the
 * same ids as the JSON export), sender from {@code .from_name}, or for a {@code joined} message the
 * sender of the message before it (across pages too); time from the {@code title} of {@code .date}:
 * {@code 15.03.2024 21:04:05 UTC+09:00} gives the exact instant, a title without {@code UTC±hh:mm}
 * (older versions) is read in the zone given to the constructor and reported once. Reply links
 * ({@code #go_to_messageNNN}), forwarded senders, and media links (photos, videos, files, voice,
 * stickers; "not included" media as absent attachments) are kept. {@code div.message.service} lines
 * become service messages; the HTML gives them no time, so their {@code sentAt} is null and {@code
 * localTime} holds the day of the preceding date line. HTML has no user ids: participants are
 * identified by display name.
 */
public final class TelegramHtmlParser implements ChatParser {
  private static final String PLATFORM = ChatFormat.TELEGRAM_HTML.platform();
  // at most 9 digits: a page number always fits an int
  private static final Pattern MEMBERS = Pattern.compile(",\\s*|\\s+and\\s+");

  private static final Pattern PAGE = Pattern.compile("messages(\\d{0,9})\\.html");
  private static final Pattern LINK = Pattern.compile("(?i)(https?|tg|mailto):");

  private static final Pattern TITLE =
      Pattern.compile(
          "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}) (\\d{1,2}):(\\d{2}):(\\d{2})(?:\\s*UTC\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?");
  private static final Pattern GO_TO = Pattern.compile("go_to_message(\\d+)");
  private static final List<ServicePhrase> SERVICE_PHRASES =
      List.of(
          new ServicePhrase(
              Pattern.compile("(.+?) created group [«\"](.*)[»\"]"), "create_group", false),
          new ServicePhrase(Pattern.compile("(.+?) invited (.+)"), "invite_members", true),
          new ServicePhrase(
              Pattern.compile("(.+?) joined group by link.*"), "join_group_by_link", false),
          new ServicePhrase(Pattern.compile("(.+?) removed (.+)"), "remove_members", true),
          new ServicePhrase(Pattern.compile("(.+?) left the group"), "remove_members", false),
          new ServicePhrase(Pattern.compile("(.+?) pinned .*"), "pin_message", false),
          new ServicePhrase(
              Pattern.compile("(.+?) changed group title to .*"), "edit_group_title", false),
          new ServicePhrase(
              Pattern.compile("(.+?) changed group photo"), "edit_group_photo", false));

  private record ServicePhrase(Pattern pattern, String action, boolean members) {}

  private final ZoneId localZone;

  /** Reads titles without a UTC offset as UTC. */
  public TelegramHtmlParser() {
    this(ZoneOffset.UTC);
  }

  /**
   * @param localZone the exporting computer's zone, for older exports whose titles lack {@code
   *     UTC±hh:mm}
   */
  public TelegramHtmlParser(ZoneId localZone) {
    this.localZone = Objects.requireNonNull(localZone);
  }

  @Override
  public ChatFormat format() {
    return ChatFormat.TELEGRAM_HTML;
  }

  /**
   * @param export the export folder, or one of its {@code messages*.html} (the whole series in that
   *     folder is read); attachment paths are relative to the export folder
   */
  @Override
  public void parse(Path export, ChatSink sink) throws ChatParseException {
    try {
      Path root;
      List<Path> chatFolders = new ArrayList<>();
      if (Files.isDirectory(export)) {
        root = export;
        if (Files.isRegularFile(export.resolve("messages.html"))) {
          chatFolders.add(export);
        } else if (Files.isDirectory(export.resolve("chats"))) {
          try (Stream<Path> chats = Files.list(export.resolve("chats"))) {
            chats
                .filter(f -> Files.isRegularFile(f.resolve("messages.html")))
                .sorted()
                .forEach(chatFolders::add);
          }
        }
      } else if (Files.isRegularFile(export)) {
        root = export.toAbsolutePath().getParent();
        chatFolders.add(root);
      } else {
        throw new ChatParseException("no Telegram HTML export at " + export);
      }
      if (chatFolders.isEmpty()) {
        throw new ChatParseException("no messages.html in " + export);
      }
      ExportMedia media = ExportMedia.inFolder(root);
      ParticipantRoster roster = new ParticipantRoster(PLATFORM, sink);
      Reading reading = new Reading(root, media, roster, sink);
      for (Path folder : chatFolders) {
        List<Path> pages = pages(folder);
        if (!Files.isDirectory(export)
            && !PAGE.matcher(export.getFileName().toString()).matches()) {
          pages = List.of(export);
        }
        reading.chat(pages);
      }
    } catch (IOException e) {
      throw new ChatParseException("cannot read " + export + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> pages(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> PAGE.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(TelegramHtmlParser::pageNumber))
          .toList();
    }
  }

  private static int pageNumber(Path page) {
    Matcher m = PAGE.matcher(page.getFileName().toString());
    return m.matches() && !m.group(1).isEmpty() ? Integer.parseInt(m.group(1)) : 1;
  }

  private final class Reading {
    private final Path root;
    private final ExportMedia media;
    private final ParticipantRoster roster;
    private final ChatSink sink;
    private boolean reportedLocal;
    private String lastSender;
    private String day;
    private int ordinal;

    Reading(Path root, ExportMedia media, ParticipantRoster roster, ChatSink sink) {
      this.root = root;
      this.media = media;
      this.roster = roster;
      this.sink = sink;
    }

    void chat(List<Path> pages) throws IOException {
      lastSender = null;
      day = null;
      ordinal = 0;
      boolean announced = false;
      for (Path page : pages) {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        String pageName = root.relativize(page.toAbsolutePath()).toString().replace('\\', '/');
        if (!announced) {
          Element title = doc.selectFirst("div.page_header div.content div.text");
          String name = title == null ? null : title.text().strip();
          sink.chat(new Chat(0, PLATFORM, name, null, null));
          announced = true;
        }
        for (Element message : doc.select("div.history > div.message")) {
          read(message, pageName);
        }
      }
    }

    private void read(Element el, String page) {
      String idAttr = el.id();
      String id = idAttr.startsWith("message") ? idAttr.substring("message".length()) : null;
      if (el.hasClass("service")) {
        String text = text(el.selectFirst("div.body.details"));
        if (id != null && id.startsWith("-")) {
          day = text; // a date line between days, not a message
          return;
        }
        ordinal++;
        service(id, text, page);
        return;
      }
      if (!el.hasClass("default")) {
        return;
      }
      ordinal++;
      String where = page + ", message #" + ordinal + (id != null ? " (id " + id + ")" : "");
      Element body = el.selectFirst("> div.body");
      if (body == null) {
        sink.skipped(where, "message without a body skipped");
        return;
      }
      Element fromName = body.selectFirst("> div.from_name");
      String sender;
      if (fromName != null) {
        sender = fromName.ownText().strip();
        lastSender = sender;
      } else {
        sender = lastSender; // a "joined" message continues the previous sender
        if (sender == null) {
          sink.skipped(where, "joined message with no earlier sender: kept without sender");
        }
      }
      Element date = body.selectFirst("> div.date[title]");
      String title = date == null ? null : date.attr("title");
      Instant sentAt = instant(title, where);

      Element forwarded = body.selectFirst("> div.forwarded.body");
      String forwardedFrom = null;
      Element content = body;
      if (forwarded != null) {
        Element forwardedName = forwarded.selectFirst("> div.from_name");
        forwardedFrom = forwardedName == null ? null : forwardedName.ownText().strip();
        content = forwarded;
      }
      String replyTo = null;
      Element reply = body.selectFirst("> div.reply_to a[href]");
      if (reply != null) {
        Matcher m = GO_TO.matcher(reply.attr("href") + " " + reply.attr("onclick"));
        replyTo = m.find() ? m.group(1) : null;
      }
      Element textEl = content.selectFirst("> div.text");
      String text = text(textEl);
      List<String> links = new ArrayList<>(TextClues.of(text).links());
      if (textEl != null) {
        for (Element a : textEl.select("a[href]")) {
          String href = a.attr("href");
          if (LINK.matcher(href).lookingAt() && !links.contains(href)) {
            links.add(href);
          }
        }
      }
      TextClues clues = TextClues.of(text);
      roster.seen(sender, null, sender);
      sink.message(
          new Message(
              id != null ? id : "seq-" + ordinal,
              sentAt,
              title,
              sender,
              sender,
              text,
              replyTo,
              forwardedFrom,
              null,
              false,
              null,
              List.of(),
              attachments(content, where),
              clues.mentions(),
              clues.hashtags(),
              links));
    }

    private void service(String id, String text, String page) {
      String action = "service";
      String actor = null;
      List<String> members = List.of();
      for (ServicePhrase phrase : SERVICE_PHRASES) {
        Matcher m = phrase.pattern().matcher(text);
        if (m.matches()) {
          action = phrase.action();
          actor = m.group(1);
          if (phrase.members()) {
            members = List.of(MEMBERS.split(m.group(2)));
          }
          break;
        }
      }
      roster.seen(actor, null, actor);
      sink.message(
          new Message(
              id != null ? id : "seq-" + ordinal,
              null,
              day,
              actor,
              actor,
              text,
              null,
              null,
              null,
              true,
              action,
              members,
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }

    private List<Attachment> attachments(Element content, String where) {
      Set<String> seen = new LinkedHashSet<>();
      List<Attachment> found = new ArrayList<>();
      for (Element a :
          content.select(
              "a.photo_wrap[href], a.video_file_wrap[href], a.animated_wrap[href],"
                  + " a.sticker_wrap[href], div.media_wrap a[href]")) {
        String href = a.attr("href");
        if (href.isEmpty() || href.startsWith("#") || ExportMedia.isWebAddress(href)) {
          continue;
        }
        if (seen.add(href)) {
          found.add(media.attachment(href, kind(a), null, where, sink));
        }
      }
      for (Element missing : content.select("div.media_wrap div.media")) {
        if (missing.closest("a[href]") != null) {
          continue;
        }
        String kind = kind(missing);
        if (!kind.equals("other")) {
          Element title = missing.selectFirst("div.title");
          String name = kind.equals("file") && title != null ? title.text().strip() : null;
          found.add(new Attachment(name, kind, null, false));
        }
      }
      return found;
    }

    private static String kind(Element el) {
      if (el.hasClass("photo_wrap") || el.hasClass("media_photo")) {
        return "photo";
      }
      if (el.hasClass("video_file_wrap") || el.hasClass("media_video")) {
        return "video_file";
      }
      if (el.hasClass("animated_wrap")) {
        return "animation";
      }
      if (el.hasClass("sticker_wrap")) {
        return "sticker";
      }
      if (el.hasClass("media_voice_message")) {
        return "voice_message";
      }
      if (el.hasClass("media_audio_file")) {
        return "audio_file";
      }
      if (el.hasClass("media_file") || el.tagName().equals("a")) {
        return "file";
      }
      return "other";
    }

    private Instant instant(String title, String where) {
      if (title == null) {
        sink.skipped(where, "no date title: message kept without a time");
        return null;
      }
      Matcher m = TITLE.matcher(title);
      if (!m.find()) {
        sink.skipped(where, "date title not understood: " + title);
        return null;
      }
      try {
        LocalDateTime local =
            LocalDateTime.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        if (m.group(7) != null) {
          int hours = Integer.parseInt(m.group(7));
          int minutes = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
          ZoneOffset offset =
              ZoneOffset.ofHoursMinutes(
                  hours, hours < 0 || m.group(7).startsWith("-") ? -minutes : minutes);
          return local.toInstant(offset);
        }
        if (!reportedLocal) {
          reportedLocal = true;
          sink.skipped(
              where, "date titles without UTC offset: read as " + localZone + " from here on");
        }
        return local.atZone(localZone).toInstant();
      } catch (DateTimeException e) {
        sink.skipped(where, "date title not understood: " + title);
        return null;
      }
    }
  }

  /** The visible text: {@code <br>} as a line break, markup dropped, layout whitespace trimmed. */
  static String text(Element el) {
    if (el == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    append(el, out);
    return out.toString().strip();
  }

  private static void append(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (child instanceof Element element) {
        if (element.tagName().equals("br")) {
          out.append('\n');
        } else {
          append(element, out);
        }
      }
    }
  }
}

package org.veil.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.veil.model.Attachment;
import org.veil.model.Chat;
import org.veil.model.Message;

/**
 * WhatsApp "Export chat" text: a {@code .txt} file, a {@code .zip} holding {@code _chat.txt} (or
 * {@code WhatsApp Chat with X.txt}) and the media, or the unpacked folder.
 *
 * <p>Reads Android and iOS layouts, 12- and 24-hour clocks and the locale variants of {@link
 * WhatsAppHeader}. Day/month order is decided from the whole file in a first pass (a day above 12
 * settles it; when every date fits both orders, the order that keeps the chat chronological wins; a
 * tie is read day/month and reported). Lines that do not start a message continue the previous one.
 * System lines (encryption notice, "X added Y", "X joined using this group's invite link") become
 * service messages. Attachment markers ({@code IMG-...jpg (file attached)}, {@code <attached:
 * ...>}) become {@link Attachment}s and are removed from the text, leaving the caption; {@code
 * <Media omitted>} and "image omitted" give an absent attachment with no path.
 *
 * <p>WhatsApp writes local times without a zone: {@code sentAt} is that local time in the zone
 * given to the constructor (UTC by default), and {@code localTime} keeps the text as written.
 * Messages have no ids in the export: each gets {@code wa-} and a hash of its line number, time,
 * sender and text, the same on every parse of the same file. Participants are identified by the
 * name or number as exported. For a {@code .zip}, attachment paths are entry names inside the zip.
 */
public final class WhatsAppParser implements ChatParser {
  private static final String PLATFORM = ChatFormat.WHATSAPP.platform();
  private static final int MAX_MESSAGE_CHARS = 1 << 20;
  private static final Pattern FILE_ATTACHED =
      Pattern.compile(
          "^(.+?\\.[\\p{Alnum}]{1,5}) \\((?:file attached|archivo adjunto|arquivo anexado|Datei angehängt|fichier joint|file allegato|파일 첨부됨|파일 첨부|첨부 파일)\\)$");
  private static final Pattern ATTACHED_TAG =
      Pattern.compile(
          "^<(?:attached|adjunto|anexo|Anhang|pièce jointe|allegato|첨부)\\s?:\\s*(.+)>$");
  private static final Pattern ANDROID_OMITTED =
      Pattern.compile(
          "^<(?:Media omitted|Multimedia omitido|Mídia omitida|Medien ausgeschlossen|Médias omis|Media omessi|미디어 없음|미디어 파일 생략됨|미디어 생략)>$");
  private static final Pattern IOS_OMITTED =
      Pattern.compile(
          "^(image|video|audio|sticker|GIF|document|Contact card|imagen|vídeo|audio|sticker|이미지|동영상|오디오|스티커|문서)\\s?(?:omitted|omitido|생략됨|없음)$");
  private static final Pattern CHAT_NAME =
      Pattern.compile(
          "^WhatsApp (?:Chat|채팅|Unterhaltung|Conversa)\\s*(?:with|mit|con|avec|com|-|–)\\s*(.+)$");

  private final ZoneId zone;

  /** Reads local times as UTC. */
  public WhatsAppParser() {
    this(ZoneOffset.UTC);
  }

  /**
   * @param zone the zone the exporting phone was set to; WhatsApp writes local times only, so this
   *     decides every {@code sentAt}
   */
  public WhatsAppParser(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone);
  }

  @Override
  public ChatFormat format() {
    return ChatFormat.WHATSAPP;
  }

  /**
   * @param export the chat {@code .txt}, the {@code .zip} WhatsApp made, or the folder holding the
   *     {@code .txt} and media; attachment paths are relative to that folder, or entry names in the
   *     zip
   */
  @Override
  public void parse(Path export, ChatSink sink) throws ChatParseException {
    try {
      if (Files.isDirectory(export)) {
        Path text = chatTextIn(export);
        read(new FileText(text), ExportMedia.inFolder(export), "", chatName(text, export), sink);
      } else if (export.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        parseZip(export, sink);
      } else if (Files.isRegularFile(export)) {
        Path folder = export.toAbsolutePath().getParent();
        read(new FileText(export), ExportMedia.inFolder(folder), "", chatName(export, null), sink);
      } else {
        throw new ChatParseException("no WhatsApp export at " + export);
      }
    } catch (IOException e) {
      throw new ChatParseException("cannot read " + export + ": " + e.getMessage(), e);
    }
  }

  private void parseZip(Path zip, ChatSink sink) throws IOException, ChatParseException {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      Set<String> names = new HashSet<>();
      List<ZipEntry> texts = new ArrayList<>();
      file.stream()
          .filter(e -> !e.isDirectory())
          .forEach(
              e -> {
                names.add(e.getName());
                if (e.getName().toLowerCase(Locale.ROOT).endsWith(".txt")
                    && !e.getName().startsWith("__MACOSX/")) {
                  texts.add(e);
                }
              });
      ZipEntry chat =
          pickChatText(
              texts.stream().map(ZipEntry::getName).toList(),
              n -> {
                try (InputStream in = file.getInputStream(file.getEntry(n))) {
                  return looksLikeChat(in);
                }
              });
      if (chat == null) {
        throw new ChatParseException(zip.getFileName() + " holds no WhatsApp chat text");
      }
      String entryName = chat.getName();
      int slash = entryName.lastIndexOf('/');
      String prefix = slash < 0 ? "" : entryName.substring(0, slash + 1);
      ZipEntry entry = file.getEntry(entryName);
      read(
          () -> file.getInputStream(entry),
          ExportMedia.inEntries(names),
          prefix,
          chatName(Path.of(entryName.substring(slash + 1)), zip),
          sink);
    }
  }

  private ZipEntry pickChatText(List<String> names, TextSniffer sniff) throws IOException {
    List<String> ordered = new ArrayList<>();
    names.stream().filter(n -> n.endsWith("_chat.txt")).forEach(ordered::add);
    names.stream()
        .filter(n -> baseName(n).startsWith("WhatsApp") && !ordered.contains(n))
        .forEach(ordered::add);
    names.stream().filter(n -> !ordered.contains(n)).sorted().forEach(ordered::add);
    for (String name : ordered) {
      if (sniff.looksLikeChat(name)) {
        return new ZipEntry(name);
      }
    }
    return null;
  }

  private interface TextSniffer {
    boolean looksLikeChat(String name) throws IOException;
  }

  private Path chatTextIn(Path folder) throws IOException, ChatParseException {
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names =
          files
              .filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".txt"))
              .toList();
    }
    ZipEntry chosen =
        pickChatText(
            names,
            n -> {
              try (InputStream in = Files.newInputStream(folder.resolve(n))) {
                return looksLikeChat(in);
              }
            });
    if (chosen == null) {
      throw new ChatParseException("no WhatsApp chat text in " + folder);
    }
    return folder.resolve(chosen.getName());
  }

  /** Whether one of the first 50 lines starts a WhatsApp message. */
  static boolean looksLikeChat(InputStream in) throws IOException {
    BoundedLines reader = new BoundedLines(new TolerantUtf8Reader(in), MAX_MESSAGE_CHARS);
    String line;
    int read = 0;
    while (read++ < 50 && (line = reader.next()) != null) {
      if (WhatsAppHeader.read(line) != null) {
        return true;
      }
    }
    return false;
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  static String chatName(Path text, Path container) {
    String file = text.getFileName().toString();
    String stem = file.replaceFirst("(?i)\\.(txt|zip)$", "");
    Matcher m = CHAT_NAME.matcher(stem);
    if (m.matches()) {
      return m.group(1).strip();
    }
    if (container != null && (stem.equals("_chat") || stem.isEmpty())) {
      return chatName(container.getFileName(), null);
    }
    return stem;
  }

  private interface TextSource {
    InputStream open() throws IOException;
  }

  private record FileText(Path path) implements TextSource {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  private void read(
      TextSource source, ExportMedia media, String prefix, String chatName, ChatSink sink)
      throws IOException, ChatParseException {
    DateOrderVote vote = new DateOrderVote();
    try (BoundedLines reader =
        new BoundedLines(new TolerantUtf8Reader(source.open()), MAX_MESSAGE_CHARS)) {
      String line;
      while ((line = reader.next()) != null) {
        WhatsAppHeader header = WhatsAppHeader.read(line);
        if (header != null) {
          vote.add(header);
        }
      }
    }
    if (vote.headers == 0) {
      throw new ChatParseException(chatName + ": no WhatsApp message lines found");
    }
    DateOrderVote.Order order = vote.decide();
    sink.chat(new Chat(0, PLATFORM, chatName, vote.isGroup() ? "group" : "individual", null));
    if (vote.ambiguous()) {
      sink.skipped(
          chatName,
          "day/month order cannot be told from the dates (no day above 12, both orders "
              + "chronological): read as day/month");
    } else if (vote.conflicting()) {
      sink.skipped(
          chatName,
          "dates disagree on day/month order: read as "
              + order.label
              + " (the order fewer lines contradict)");
    }
    new Reading(media, prefix, order, sink).run(source);
  }

  /** Pass one: which day/month order the whole file supports. Keeps counts only. */
  private static final class DateOrderVote {
    enum Order {
      DAY_MONTH("day/month"),
      MONTH_DAY("month/day");

      final String label;

      Order(String label) {
        this.label = label;
      }
    }

    int headers;
    private int impossibleDayMonth;
    private int impossibleMonthDay;
    private int backwardsDayMonth;
    private int backwardsMonthDay;
    private LocalDateTime lastDayMonth;
    private LocalDateTime lastMonthDay;
    private int differing;
    private final Set<String> senders = new HashSet<>();
    private boolean groupEvent;

    void add(WhatsAppHeader h) {
      headers++;
      if (senders.size() < 3) {
        int colon = h.rest().indexOf(": ");
        if (colon > 0) {
          senders.add(h.rest().substring(0, colon));
        }
      }
      if (!groupEvent && h.rest().indexOf(": ") < 0) {
        String action = WhatsAppSystemLine.read(h.rest()).action();
        groupEvent =
            !action.equals("system")
                && !action.equals("encryption_notice")
                && !action.equals("security_code_changed");
      }
      if (h.yearFirst()) {
        return;
      }
      LocalDateTime dayMonth = date(h, Order.DAY_MONTH);
      LocalDateTime monthDay = date(h, Order.MONTH_DAY);
      if (dayMonth != null && monthDay != null && !dayMonth.equals(monthDay)) {
        differing++;
      }
      if (dayMonth == null) {
        impossibleDayMonth++;
      } else {
        if (lastDayMonth != null && dayMonth.isBefore(lastDayMonth)) {
          backwardsDayMonth++;
        }
        lastDayMonth = dayMonth;
      }
      if (monthDay == null) {
        impossibleMonthDay++;
      } else {
        if (lastMonthDay != null && monthDay.isBefore(lastMonthDay)) {
          backwardsMonthDay++;
        }
        lastMonthDay = monthDay;
      }
    }

    Order decide() {
      if (impossibleDayMonth != impossibleMonthDay) {
        return impossibleDayMonth < impossibleMonthDay ? Order.DAY_MONTH : Order.MONTH_DAY;
      }
      return backwardsMonthDay < backwardsDayMonth ? Order.MONTH_DAY : Order.DAY_MONTH;
    }

    boolean ambiguous() {
      return impossibleDayMonth == 0
          && impossibleMonthDay == 0
          && differing > 0
          && backwardsDayMonth == backwardsMonthDay;
    }

    boolean conflicting() {
      return impossibleDayMonth > 0 && impossibleMonthDay > 0;
    }

    boolean isGroup() {
      return groupEvent || senders.size() > 2;
    }

    static LocalDateTime date(WhatsAppHeader h, Order order) {
      int year;
      int month;
      int day;
      if (h.yearFirst()) {
        year = h.first();
        month = h.second();
        day = h.third();
      } else {
        year = h.third() < 100 ? 2000 + h.third() : h.third();
        month = order == Order.DAY_MONTH ? h.second() : h.first();
        day = order == Order.DAY_MONTH ? h.first() : h.second();
      }
      try {
        return LocalDateTime.of(year, month, day, h.hour(), h.minute(), h.second2());
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /** Pass two: messages, one pending at a time. */
  private final class Reading {
    private final ExportMedia media;
    private final String prefix;
    private final DateOrderVote.Order order;
    private final ChatSink sink;
    private final ParticipantRoster roster;
    private final MessageDigest sha256;

    private WhatsAppHeader pending;
    private int pendingLine;
    private final StringBuilder continuation = new StringBuilder();
    private boolean truncatedReported;

    Reading(ExportMedia media, String prefix, DateOrderVote.Order order, ChatSink sink) {
      this.media = media;
      this.prefix = prefix;
      this.order = order;
      this.sink = sink;
      this.roster = new ParticipantRoster(PLATFORM, sink);
      try {
        this.sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    void run(TextSource source) throws IOException {
      TolerantUtf8Reader utf8 = new TolerantUtf8Reader(source.open());
      try (BoundedLines reader = new BoundedLines(utf8, MAX_MESSAGE_CHARS)) {
        String line;
        int number = 0;
        while ((line = reader.next()) != null) {
          number++;
          if (reader.wasCut() && !truncatedReported) {
            truncatedReported = true;
            sink.skipped(
                "line " + number, "message longer than 1 MiB characters: the rest was cut");
          }
          WhatsAppHeader header = WhatsAppHeader.read(line);
          if (header != null && DateOrderVote.date(header, order) == null) {
            sink.skipped(
                "line " + number,
                "no such date read as "
                    + order.label
                    + ": the line was kept as text of the previous message");
            header = null;
          }
          if (header != null) {
            flush();
            pending = header;
            pendingLine = number;
            continuation.setLength(0);
          } else if (pending == null) {
            if (!line.isBlank()) {
              sink.skipped("line " + number, "text before the first message line ignored");
            }
          } else if (continuation.length() + line.length() < MAX_MESSAGE_CHARS) {
            continuation.append('\n').append(line);
          } else if (!truncatedReported) {
            truncatedReported = true;
            sink.skipped(
                "line " + number, "message longer than 1 MiB characters: the rest was cut");
          }
        }
        flush();
      }
      List<Long> repairs = utf8.takeRepairs();
      if (!repairs.isEmpty()) {
        sink.skipped(
            "bytes " + repairs.subList(0, Math.min(10, repairs.size())),
            "invalid UTF-8 replaced with U+FFFD (" + utf8.repairCount() + " sequences)");
      }
    }

    private void flush() {
      if (pending == null) {
        return;
      }
      WhatsAppHeader h = pending;
      pending = null;
      int line = pendingLine;
      String where = "line " + line;
      String rest = h.rest() + continuation;
      LocalDateTime local = DateOrderVote.date(h, order);

      String sender = null;
      String text = rest;
      int colon = rest.indexOf(": ");
      if (colon > 0
          && colon <= 120
          && rest.substring(0, colon).indexOf('"') < 0
          && rest.substring(0, colon).indexOf('\n') < 0) {
        sender = rest.substring(0, colon);
        text = rest.substring(colon + 2);
      }

      List<Attachment> attachments = new ArrayList<>(1);
      text = takeAttachment(text, attachments, where);
      boolean iosSystem =
          sender != null
              && attachments.isEmpty()
              && !text.isEmpty()
              && WhatsAppSystemLine.isMark(text.charAt(0));
      boolean service = sender == null || iosSystem;

      String action = null;
      List<String> members = List.of();
      String senderName = sender;
      if (service) {
        WhatsAppSystemLine system = WhatsAppSystemLine.read(text);
        action = system.action();
        members = system.members();
        senderName = system.actor();
        text = WhatsAppSystemLine.strip(text);
      }
      roster.seen(senderName, null, senderName);
      for (String member : members) {
        roster.seen(member, null, member);
      }
      TextClues clues = TextClues.of(text);
      sink.message(
          new Message(
              id(line, h.written(), senderName, text),
              local.atZone(zone).toInstant(),
              h.written(),
              senderName,
              senderName,
              text,
              null,
              null,
              null,
              service,
              action,
              members,
              attachments,
              clues.mentions(),
              clues.hashtags(),
              clues.links()));
    }

    /** Moves an attachment marker on the first line into {@code attachments}; returns the rest. */
    private String takeAttachment(String text, List<Attachment> attachments, String where) {
      int newline = text.indexOf('\n');
      String first = WhatsAppSystemLine.strip(newline < 0 ? text : text.substring(0, newline));
      String caption = newline < 0 ? "" : text.substring(newline + 1);
      Matcher m;
      if ((m = FILE_ATTACHED.matcher(first)).matches()
          || (m = ATTACHED_TAG.matcher(first)).matches()) {
        String name = m.group(1).strip();
        attachments.add(media.attachment(prefix + name, kind(name), null, where, sink));
        return caption;
      }
      if (ANDROID_OMITTED.matcher(first).matches()) {
        attachments.add(new Attachment(null, "media", null, false));
        return caption;
      }
      if ((m = IOS_OMITTED.matcher(first)).matches()) {
        attachments.add(new Attachment(null, kind(m.group(1)), null, false));
        return caption;
      }
      return text;
    }

    private String id(int line, String written, String sender, String text) {
      sha256.reset();
      sha256.update(
          (line + "\u0000" + written + "\u0000" + sender + "\u0000" + text)
              .getBytes(StandardCharsets.UTF_8));
      return "wa-" + HexFormat.of().formatHex(sha256.digest(), 0, 8);
    }
  }

  // per attachment, so compiled once (String.matches compiles its pattern on every call)
  private static final java.util.regex.Pattern PHOTO_EXTENSION =
      java.util.regex.Pattern.compile("\\.(JPE?G|PNG|HEIC)$");
  private static final java.util.regex.Pattern VIDEO_EXTENSION =
      java.util.regex.Pattern.compile("\\.(MP4|MOV|3GP)$");
  private static final java.util.regex.Pattern AUDIO_EXTENSION =
      java.util.regex.Pattern.compile("\\.(OPUS|M4A|MP3|OGG|AAC)$");

  /** The kind of a WhatsApp media file from its name ({@code IMG-}, {@code PTT-}, extension). */
  static String kind(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.startsWith("IMG-")
        || n.contains("-PHOTO-")
        || PHOTO_EXTENSION.matcher(n).find()
        || n.equals("IMAGE")
        || n.equals("IMAGEN")
        || n.equals("이미지")) {
      return "photo";
    }
    if (n.startsWith("VID-")
        || n.contains("-VIDEO-")
        || VIDEO_EXTENSION.matcher(n).find()
        || n.equals("VIDEO")
        || n.equals("VÍDEO")
        || n.equals("GIF")
        || n.equals("동영상")) {
      return "video";
    }
    if (n.startsWith("PTT-")
        || n.startsWith("AUD-")
        || n.contains("-AUDIO-")
        || AUDIO_EXTENSION.matcher(n).find()
        || n.equals("AUDIO")
        || n.equals("오디오")) {
      return "audio";
    }
    if (n.startsWith("STK-")
        || n.contains("-STICKER-")
        || n.endsWith(".WEBP")
        || n.equals("STICKER")
        || n.equals("스티커")) {
      return "sticker";
    }
    return "file";
  }
}

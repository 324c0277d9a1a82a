package org.veil.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Writes a deterministic, Telegram-Desktop-like whole-account export ({@code result.json} with
 * {@code chats.list}): N messages over R rooms by U users, mixed Korean (with correct particles:
 * 사진을, 영상이) and English text, mentions, hashtags, links, photos, videos and files under relative
 * paths, and service messages (group creation, invites, joins by link). Streaming: memory does not
 * grow with N, so the search benchmark can write a million messages. All content is invented;
 * nothing depicts anyone.
 *
 * <p>The same (messages, users, rooms, seed) always gives byte-identical output.
 */
public final class SyntheticTelegramExport {
  /** 2024-01-01T00:00:00Z: the first room opens then. */
  public static final long START_EPOCH_SECOND = 1_704_067_200L;

  public static final List<String> KOREAN_NOUNS =
      List.of(
          "사진", "영상", "파일", "링크", "채널", "방", "자료", "합성", "얼굴", "계정", "주소", "가격", "후기", "원본", "비번",
          "서버", "폴더", "목록", "친구", "학교");
  public static final List<String> ENGLISH_WORDS =
      List.of(
          "photo",
          "video",
          "link",
          "folder",
          "price",
          "upload",
          "channel",
          "backup",
          "invite",
          "account",
          "server",
          "archive",
          "preview",
          "original",
          "request",
          "payment");
  private static final List<String> KOREAN_TAILS =
      List.of(
          "보냈어요",
          "올렸어요",
          "확인해 주세요",
          "어디서 받았어?",
          "지웠어요",
          "다시 올려줘",
          "너무 많아요",
          "찾고 있어요",
          "공유했어요",
          "봤어?");
  private static final List<String> FAMILY =
      List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권");
  private static final List<String> GIVEN =
      List.of(
          "민수", "서연", "지훈", "하은", "도윤", "수빈", "준호", "예린", "현우", "지민", "태양", "유나", "성민", "다은", "우진",
          "채원");
  private static final List<String> HANDLES =
      List.of(
          "night", "owl", "shadow", "pixel", "ghost", "neon", "wolf", "echo", "storm", "delta",
          "nova", "byte", "raven", "frost", "blade", "lucky");
  private static final DateTimeFormatter PHOTO_DATE =
      DateTimeFormatter.ofPattern("dd-MM-yyyy_HH-mm-ss");

  /** The exporting computer's zone: Telegram writes {@code date} in local time. */
  private static final ZoneOffset LOCAL = ZoneOffset.ofHours(9);

  private static final int IMAGE_POOL = 24;

  private final long messages;
  private final int users;
  private final int rooms;
  private final long seed;
  private final boolean mediaFiles;

  /**
   * @param messages messages in total, service messages included (at least the rooms' creations)
   * @param users distinct senders
   * @param rooms chats in {@code chats.list}
   * @param seed the same seed gives the same export
   */
  public SyntheticTelegramExport(long messages, int users, int rooms, long seed) {
    this(messages, users, rooms, seed, false);
  }

  private SyntheticTelegramExport(
      long messages, int users, int rooms, long seed, boolean mediaFiles) {
    if (messages < 0 || users < 1 || rooms < 1) {
      throw new IllegalArgumentException("need messages >= 0, users >= 1, rooms >= 1");
    }
    this.messages = messages;
    this.users = users;
    this.rooms = rooms;
    this.seed = seed;
    this.mediaFiles = mediaFiles;
  }

  /**
   * Also writes the photos the export names (small generated JPEGs; a pool of 24 pictures reused
   * across rooms, so the same file travels between chats as in real distribution), when the export
   * is written to a folder. Off by default: the benchmark needs only the JSON.
   */
  public SyntheticTelegramExport withMediaFiles() {
    return new SyntheticTelegramExport(messages, users, rooms, seed, true);
  }

  /** The user's Telegram id as exported ({@code user100000}, ...). */
  public String userId(int user) {
    return "user" + (100_000 + user);
  }

  /** The user's display name: Korean names and English handles, distinct per user. */
  public String displayName(int user) {
    int kind = user % 3;
    int n = user / 3;
    return switch (kind) {
      case 0 ->
          FAMILY.get(n % FAMILY.size())
              + GIVEN.get((n / FAMILY.size()) % GIVEN.size())
              + suffix(n, FAMILY.size() * GIVEN.size());
      case 1 ->
          capitalise(HANDLES.get(n % HANDLES.size()))
              + " "
              + capitalise(HANDLES.get((n / HANDLES.size()) % HANDLES.size()))
              + suffix(n, HANDLES.size() * HANDLES.size());
      default -> handle(user);
    };
  }

  /** The @username others use to mention this user (without the {@code @}). */
  public String handle(int user) {
    return HANDLES.get(user % HANDLES.size())
        + "_"
        + HANDLES.get((user / HANDLES.size()) % HANDLES.size())
        + user;
  }

  /** The room's name as exported. */
  public String roomName(int room) {
    return (room % 2 == 0 ? "심야 자료방 " : "Night archive ") + (room + 1);
  }

  /**
   * Writes {@code result.json} (and the photos when asked) into {@code folder}; returns the JSON.
   */
  public Path writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path json = folder.resolve("result.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
      write(out, folder);
    }
    return json;
  }

  /** Writes the JSON only. */
  public void write(OutputStream out) throws IOException {
    write(out, null);
  }

  private void write(OutputStream out, Path mediaRoot) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> pool = mediaRoot != null && mediaFiles ? imagePool() : List.of();
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter)
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      g.writeStartObject();
      g.writeStringField("about", "Here is the data you requested. Synthetic: made by Veil.");
      g.writeObjectFieldStart("chats");
      g.writeStringField("about", "This page lists all chats from this export.");
      g.writeArrayFieldStart("list");
      for (int room = 0; room < rooms; room++) {
        long count = messages / rooms + (room < messages % rooms ? 1 : 0);
        writeRoom(g, room, count, random.split(), pool, mediaRoot);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private void writeRoom(
      JsonGenerator g,
      int room,
      long count,
      SplittableRandom random,
      List<byte[]> pool,
      Path mediaRoot)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", roomName(room));
    g.writeStringField("type", room % 5 == 4 ? "public_supergroup" : "private_supergroup");
    g.writeNumberField("id", 1_000_000_000L + room);
    g.writeArrayFieldStart("messages");
    int roomSize = Math.max(2, Math.min(users, users * 3 / rooms + 5));
    int firstUser = (int) ((long) room * 97 % users);
    long time = START_EPOCH_SECOND + room * 3_600L;
    String folder = "chats/chat_%03d/".formatted(room + 1);
    for (long i = 1; i <= count; i++) {
      time += 1 + random.nextInt(600);
      int sender = (firstUser + random.nextInt(roomSize)) % users;
      g.writeStartObject();
      g.writeNumberField("id", i);
      int roll = random.nextInt(1000);
      if (i == 1) {
        service(g, time, sender, "create_group");
        g.writeStringField("title", roomName(room));
        members(g, random, firstUser, roomSize, 3);
      } else if (roll < 15) {
        service(g, time, sender, "invite_members");
        members(g, random, firstUser, roomSize, 1 + random.nextInt(2));
      } else if (roll < 25) {
        service(g, time, sender, "join_group_by_link");
        g.writeStringField("inviter", "Group");
      } else {
        message(g, time, sender);
        if (roll < 150) {
          String path =
              folder + "photos/photo_%d@%s.jpg".formatted(i, PHOTO_DATE.format(local(time)));
          g.writeStringField("photo", path);
          g.writeNumberField("width", 1280);
          g.writeNumberField("height", 960);
          if (!pool.isEmpty()) {
            Path file = mediaRoot.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, pool.get(random.nextInt(pool.size())));
          }
        } else if (roll < 175) {
          g.writeStringField("file", folder + "video_files/video_%d.mp4".formatted(i));
          g.writeStringField(
              "thumbnail", folder + "video_files/video_%d.mp4_thumb.jpg".formatted(i));
          g.writeStringField("media_type", "video_file");
          g.writeStringField("mime_type", "video/mp4");
          g.writeNumberField("duration_seconds", 3 + random.nextInt(120));
        } else if (roll < 190) {
          g.writeStringField("file", folder + "files/자료_%d.zip".formatted(i));
          g.writeStringField("mime_type", "application/zip");
        } else if (roll < 200 && i > 2) {
          g.writeNumberField("reply_to_message_id", 1 + random.nextLong(i - 1));
        }
        text(g, random, firstUser, roomSize);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void message(JsonGenerator g, long time, int sender) throws IOException {
    g.writeStringField("type", "message");
    dates(g, time);
    g.writeStringField("from", displayName(sender));
    g.writeStringField("from_id", userId(sender));
  }

  private void service(JsonGenerator g, long time, int actor, String action) throws IOException {
    g.writeStringField("type", "service");
    dates(g, time);
    g.writeStringField("actor", displayName(actor));
    g.writeStringField("actor_id", userId(actor));
    g.writeStringField("action", action);
  }

  private void members(JsonGenerator g, SplittableRandom random, int first, int size, int n)
      throws IOException {
    g.writeArrayFieldStart("members");
    for (int k = 0; k < n; k++) {
      g.writeString(displayName((first + random.nextInt(size)) % users));
    }
    g.writeEndArray();
    g.writeStringField("text", "");
    g.writeArrayFieldStart("text_entities");
    g.writeEndArray();
  }

  private void dates(JsonGenerator g, long time) throws IOException {
    g.writeStringField("date", local(time).toString());
    g.writeStringField("date_unixtime", Long.toString(time));
  }

  private static LocalDateTime local(long time) {
    return LocalDateTime.ofEpochSecond(time, 0, LOCAL);
  }

  /** Plain text, or the array of parts Telegram writes when there are mentions, tags or links. */
  private void text(JsonGenerator g, SplittableRandom random, int first, int size)
      throws IOException {
    String noun = KOREAN_NOUNS.get(random.nextInt(KOREAN_NOUNS.size()));
    String word = ENGLISH_WORDS.get(random.nextInt(ENGLISH_WORDS.size()));
    String tail = KOREAN_TAILS.get(random.nextInt(KOREAN_TAILS.size()));
    List<String[]> parts = new ArrayList<>(4); // {type, text, href}
    switch (random.nextInt(8)) {
      case 0 -> parts.add(plain(noun + objectParticle(noun) + " " + tail));
      case 1 -> parts.add(plain(noun + subjectParticle(noun) + " 너무 많아요, " + word + " later"));
      case 2 -> parts.add(plain("오늘 " + noun + topicParticle(noun) + " 어디서? need the " + word));
      case 3 -> {
        parts.add(
            new String[] {"mention", "@" + handle((first + random.nextInt(size)) % users), null});
        parts.add(plain(" " + noun + objectParticle(noun) + " " + tail));
      }
      case 4 -> {
        parts.add(plain("new " + word + " "));
        parts.add(new String[] {"hashtag", "#" + noun, null});
        parts.add(plain(" " + tail));
      }
      case 5 -> {
        parts.add(plain(noun + " " + word + " here: "));
        parts.add(
            new String[] {
              "link", "https://example.invalid/" + word + "/" + random.nextInt(10_000), null
            });
      }
      case 6 ->
          parts.add(
              plain(
                  "Send the "
                      + word
                      + " to the "
                      + ENGLISH_WORDS.get(random.nextInt(ENGLISH_WORDS.size()))
                      + " 🔥"));
      default -> parts.add(plain(noun + objectParticle(noun) + " " + tail + " 😂"));
    }
    if (parts.size() == 1) {
      g.writeStringField("text", parts.getFirst()[1]);
    } else {
      g.writeArrayFieldStart("text");
      for (String[] part : parts) {
        if (part[0].equals("plain")) {
          g.writeString(part[1]);
        } else {
          g.writeStartObject();
          g.writeStringField("type", part[0]);
          g.writeStringField("text", part[1]);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("text_entities");
    for (String[] part : parts) {
      g.writeStartObject();
      g.writeStringField("type", part[0]);
      g.writeStringField("text", part[1]);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String[] plain(String text) {
    return new String[] {"plain", text, null};
  }

  /** 을 after a final consonant, 를 after a vowel. */
  static String objectParticle(String noun) {
    return hasFinalConsonant(noun) ? "을" : "를";
  }

  static String subjectParticle(String noun) {
    return hasFinalConsonant(noun) ? "이" : "가";
  }

  static String topicParticle(String noun) {
    return hasFinalConsonant(noun) ? "은" : "는";
  }

  private static boolean hasFinalConsonant(String word) {
    char last = word.charAt(word.length() - 1);
    return last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
  }

  private static String suffix(int n, int combinations) {
    int round = n / combinations;
    return round == 0 ? "" : Integer.toString(round + 1);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Small abstract pictures (colour fields and bars), different per index, same per seed. */
  private List<byte[]> imagePool() {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
    List<byte[]> pool = new ArrayList<>(IMAGE_POOL);
    for (int k = 0; k < IMAGE_POOL; k++) {
      BufferedImage image = new BufferedImage(96, 72, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setColor(new Color(random.nextInt(0x1000000)));
      graphics.fillRect(0, 0, 96, 72);
      for (int bar = 0; bar < 4; bar++) {
        graphics.setColor(new Color(random.nextInt(0x1000000)));
        graphics.fillRect(
            random.nextInt(80), random.nextInt(60), 8 + random.nextInt(40), 6 + random.nextInt(30));
      }
      graphics.dispose();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        ImageIO.write(image, "jpg", bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pool.add(bytes.toByteArray());
    }
    return pool;
  }
}

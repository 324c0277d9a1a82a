package org.veil.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veil.audit.AuditSeals;
import org.veil.audit.AuditVerification;
import org.veil.audit.AuditVerifier;
import org.veil.media.Blur;
import org.veil.media.MediaException;
import org.veil.media.Thumbnailer;
import org.veil.model.AuditEvent;
import org.veil.model.Bookmark;
import org.veil.model.CaseReport;
import org.veil.model.Category;
import org.veil.model.CategoryCounts;
import org.veil.model.CategoryScheme;
import org.veil.model.ChatSummary;
import org.veil.model.EvidenceSource;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.Note;
import org.veil.model.ReportAudit;
import org.veil.model.ReportCounts;
import org.veil.model.ReportOptions;
import org.veil.model.ReportedItem;
import org.veil.model.ReportedMessage;
import org.veil.model.ReportedSource;
import org.veil.model.StoredMessage;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.model.TargetKind;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.store.ItemQuery;
import org.veil.store.ItemStore;
import org.veil.store.MessageNeighbours;
import org.veil.store.SourceStore;
import org.veil.store.TagStore;
import org.veil.store.ThumbnailStore;

/**
 * Gathers what a report says from the case, read-only: sources with their hashes, counts, items of
 * interest with everything decided about them, tagged messages in context, and the audit log's
 * state. Thumbnails are blurred here unless the options ask for clear ones, so no renderer can
 * forget to.
 */
public final class ReportCollector {
  private final CaseFolder folder;
  private final Clock clock;

  public ReportCollector(CaseFolder folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  public CaseReport collect(String examiner, ReportOptions options) {
    TagStore tags = new TagStore(folder.db());
    ItemStore items = new ItemStore(folder.db());
    ChatStore chats = new ChatStore(folder.db());
    ItemAnnotations annotations = ItemAnnotations.load(folder);
    CategoryScheme scheme = annotations.scheme();
    List<Note> notes = tags.allNotes();
    List<Bookmark> bookmarks = tags.bookmarks();
    List<ChatSummary> chatList = chats.chats();

    List<ReportedItem> reportedItems = items(items, annotations, chats, options);
    List<ReportedMessage> reportedMessages =
        messages(tags, notes, bookmarks, chats, chatList, options);
    CategoryCounts categoryCounts = tags.counts(scheme.id());
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    for (Category category : scheme.categories()) {
      byCategory.put(category.value(), categoryCounts.byValue().getOrDefault(category.value(), 0));
    }
    Map<ItemState, Integer> states = items.countByState();
    long total = states.values().stream().mapToLong(Integer::longValue).sum();
    ReportCounts counts =
        new ReportCounts(
            total,
            states.get(ItemState.DONE),
            states.get(ItemState.FAILED),
            states.get(ItemState.PENDING),
            byCategory,
            categoryCounts.uncategorised(),
            chatList.size(),
            chats.messageCount(),
            tags.tags().size(),
            notes.size(),
            bookmarks.size());
    return new CaseReport(
        folder.info(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        examiner,
        version(),
        options,
        sources(items),
        counts,
        scheme,
        reportedItems,
        reportedMessages,
        audit());
  }

  static String version() {
    String version = ReportCollector.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  private List<ReportedSource> sources(ItemStore items) {
    record Tally(long[] numbers, TreeMap<String, String> digestLines, Map<String, Hashes> byPath) {}
    Map<Long, Tally> tallies = new HashMap<>();
    items.forEach(
        item -> {
          Tally tally =
              tallies.computeIfAbsent(
                  item.sourceId(), id -> new Tally(new long[4], new TreeMap<>(), new HashMap<>()));
          tally.numbers()[0]++;
          if (item.state() == ItemState.DONE) {
            tally.numbers()[1]++;
            tally.numbers()[3] += item.size();
            if (item.hashes() != null) {
              tally.digestLines().put(item.path(), item.hashes().sha256());
              if (!item.path().contains("/") && !item.path().contains("!")) {
                tally.byPath().put(item.path(), item.hashes());
              }
            }
          } else if (item.state() == ItemState.FAILED) {
            tally.numbers()[2]++;
          }
        });
    List<ReportedSource> out = new ArrayList<>();
    for (EvidenceSource source : new SourceStore(folder.db()).all()) {
      Tally tally =
          tallies.getOrDefault(source.id(), new Tally(new long[4], new TreeMap<>(), Map.of()));
      Hashes fileHashes = null;
      if (source.kind() != EvidenceSource.SourceKind.FOLDER
          && source.kind() != EvidenceSource.SourceKind.CHAT_EXPORT) {
        String name = java.nio.file.Path.of(source.path()).getFileName().toString();
        fileHashes = tally.byPath().get(name);
      }
      out.add(
          new ReportedSource(
              source,
              tally.numbers()[0],
              tally.numbers()[1],
              tally.numbers()[2],
              tally.numbers()[3],
              fileHashes,
              contentDigest(tally.digestLines())));
    }
    return out;
  }

  /** SHA-256 of "sha256 path\n" lines sorted by path, as {@code sha256sum} lists files. */
  static String contentDigest(TreeMap<String, String> sha256ByPath) {
    MessageDigest sha256 = Sha256.digest();
    sha256ByPath.forEach(
        (path, hash) ->
            sha256.update((hash + "  " + path + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha256.digest());
  }

  private List<ReportedItem> items(
      ItemStore items, ItemAnnotations annotations, ChatStore chats, ReportOptions options) {
    Map<String, Integer> position = new HashMap<>();
    for (Category category : annotations.scheme().categories()) {
      position.put(category.value(), category.position());
    }
    ThumbnailStore thumbnails = new ThumbnailStore(folder.thumbsDb());
    long[] ids = annotations.ofInterest().stream().mapToLong(Long::longValue).toArray();
    List<ReportedItem> out = new ArrayList<>();
    for (Item item : new ItemQuery(folder.db()).byIds(ids)) {
      long id = item.id();
      out.add(
          new ReportedItem(
              item,
              annotations.sourcePaths().get(item.sourceId()),
              annotations.categories().get(id),
              annotations.categoryLabel(id),
              annotations.tagsOf(id),
              annotations.notesOf(id),
              annotations.bookmarks().get(id),
              item.hashes() == null ? List.of() : chats.postingsOfSha256(item.hashes().sha256()),
              items.tags(id),
              preview(thumbnails, id, options),
              !options.clearPreviews()));
    }
    out.sort(
        Comparator.comparingInt(
                (ReportedItem r) ->
                    r.category() == null
                        ? Integer.MAX_VALUE
                        : position.getOrDefault(r.category().value(), Integer.MAX_VALUE - 1))
            .thenComparingLong(r -> r.item().id()));
    return out;
  }

  /** The stored thumbnail, blurred unless clear ones were asked for; null without one. */
  private static byte[] preview(ThumbnailStore thumbnails, long itemId, ReportOptions options) {
    Optional<ThumbnailStore.Thumbnail> thumbnail = thumbnails.get(itemId);
    if (thumbnail.isEmpty()) {
      return null;
    }
    if (options.clearPreviews()) {
      return thumbnail.get().jpeg();
    }
    try {
      var picture = Thumbnailer.readThumbnail(thumbnail.get().jpeg());
      return Thumbnailer.encodeJpeg(
          Blur.blurred(picture, options.blurStrength()), Thumbnailer.QUALITY);
    } catch (MediaException | RuntimeException e) {
      return null; // a thumbnail that cannot be blurred is never shown clear instead
    }
  }

  private List<ReportedMessage> messages(
      TagStore tags,
      List<Note> notes,
      List<Bookmark> bookmarks,
      ChatStore chats,
      List<ChatSummary> chatList,
      ReportOptions options) {
    TreeSet<Long> ids = new TreeSet<>();
    for (Tag tag : tags.tags()) {
      for (Target target : tags.taggedWith(tag.id())) {
        if (target.kind() == TargetKind.MESSAGE) {
          ids.add(target.id());
        }
      }
    }
    Map<Long, List<Note>> notesByMessage = new HashMap<>();
    for (Note note : notes) {
      if (note.target().kind() == TargetKind.MESSAGE) {
        ids.add(note.target().id());
        notesByMessage.computeIfAbsent(note.target().id(), k -> new ArrayList<>()).add(note);
      }
    }
    Map<Long, Bookmark> bookmarkByMessage = new HashMap<>();
    for (Bookmark bookmark : bookmarks) {
      if (bookmark.target().kind() == TargetKind.MESSAGE) {
        ids.add(bookmark.target().id());
        bookmarkByMessage.put(bookmark.target().id(), bookmark);
      }
    }
    Map<Long, ChatSummary> chatById = new HashMap<>();
    chatList.forEach(c -> chatById.put(c.id(), c));
    MessageNeighbours neighbours = new MessageNeighbours(folder.db());
    List<ReportedMessage> out = new ArrayList<>();
    for (long id : ids) {
      Optional<StoredMessage> message = chats.message(id);
      if (message.isEmpty()) {
        continue;
      }
      ChatSummary chat = chatById.get(message.get().chatId());
      MessageNeighbours.Context context =
          neighbours.around(id, options.contextMessages(), options.contextMessages());
      out.add(
          new ReportedMessage(
              message.get(),
              chat == null ? "" : chat.name(),
              chat == null ? "" : chat.platform(),
              tags.tagsOf(Target.message(id)),
              notesByMessage.getOrDefault(id, List.of()),
              bookmarkByMessage.get(id),
              load(chats, context.before()),
              load(chats, context.after())));
    }
    out.sort(
        Comparator.comparing((ReportedMessage m) -> m.message().chatId())
            .thenComparing(
                m -> m.message().message().sentAt(),
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(m -> m.message().id()));
    return out;
  }

  private static List<StoredMessage> load(ChatStore chats, List<Long> ids) {
    List<StoredMessage> out = new ArrayList<>(ids.size());
    for (long id : ids) {
      chats.message(id).ifPresent(out::add);
    }
    return out;
  }

  private ReportAudit audit() {
    AuditStore store = new AuditStore(folder.db());
    AuditVerification check = AuditVerifier.verify(store);
    Optional<AuditEvent> head = store.head();
    return new ReportAudit(
        check.rows(),
        head.map(AuditEvent::seq).orElse(0L),
        head.map(AuditEvent::hash).orElse(""),
        check.intact(),
        check.reason(),
        new AuditSeals(new org.veil.audit.AuditLog(store)).seals());
  }
}

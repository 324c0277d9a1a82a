package org.veil.ui.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.IngestReport;
import org.veil.model.Category;
import org.veil.model.CategoryChange;
import org.veil.model.CategoryScheme;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemOrder;
import org.veil.model.ItemState;
import org.veil.model.MetadataTag;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.store.ItemQuery;
import org.veil.tagging.Tagging;
import org.veil.task.BackgroundTask;
import org.veil.task.ProgressSnapshot;
import org.veil.task.TaskHandle;
import org.veil.ui.I18n;
import org.veil.ui.OpenCase;
import org.veil.ui.Settings;
import org.veil.ui.media.BlurSettings;
import org.veil.ui.media.CasePictures;
import org.veil.ui.media.PictureCache;
import org.veil.ui.media.PictureSource;
import org.veil.ui.media.RevealPolicy;

/**
 * The review of one case: the filtered, ordered listing, the selection, reveals, categories, tags,
 * notes, bookmarks, and adding evidence. Holds state as JavaFX properties, calls the core through
 * the case's task runner, and works without a window (tests use a same-thread runner).
 */
public final class ReviewViewModel implements AutoCloseable {
  /** Thumbnail sizes: S, M, L cell widths in pixels. */
  public static final Map<String, Integer> SIZES = Map.of("S", 112, "M", 168, "L", 248);

  /** Pictures read ahead when a listing opens: two screens of a large monitor at size S. */
  static final int FIRST_PAGE_READ_AHEAD = 480;

  private final OpenCase opened;
  private final Settings settings;
  private final ItemQuery query;
  private final Tagging tagging;
  private final ItemPages pages;
  private final PictureCache pictures;
  private final BlurSettings blur;
  private final RevealPolicy reveal;
  private final ObservableList<Long> ids = FXCollections.observableArrayList();
  private final ObservableSet<Long> selected = FXCollections.observableSet(new LinkedHashSet<>());
  private final ReadOnlyIntegerWrapper focusIndex = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyObjectWrapper<Item> focusItem = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ReviewFilter> filter =
      new ReadOnlyObjectWrapper<>(ReviewFilter.ALL);
  private final ObjectProperty<ItemOrder> order = new SimpleObjectProperty<>(ItemOrder.DEFAULT);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ProgressSnapshot> ingestProgress =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper ingesting = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper marksVersion = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<EvidenceFolders> folders = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty cellWidth;
  private final ObservableList<Tag> tags = FXCollections.observableArrayList();
  private Map<Long, ItemCategory> categories = Map.of();
  private Map<Long, List<Tag>> itemTags = Map.of();
  private Set<Long> bookmarked = Set.of();
  private TaskHandle<IngestReport> ingest;
  private final ListingOptions listing;
  private final BooleanProperty stackDuplicates = new SimpleBooleanProperty(false);
  private final BooleanProperty showKnown = new SimpleBooleanProperty(false);
  private java.util.function.BiConsumer<List<Long>, Category> onCategorised = (ids, c) -> {};
  private int anchorIndex = -1;
  private boolean closed;

  public ReviewViewModel(OpenCase opened, Settings settings) {
    this(
        opened, settings, new CasePictures(opened.folder()), Platform::runLater, Clock.systemUTC());
  }

  /**
   * @param pictureCallbacks where loaded pictures are handed over (the FX thread, or direct)
   */
  public ReviewViewModel(
      OpenCase opened,
      Settings settings,
      PictureSource source,
      java.util.concurrent.Executor pictureCallbacks,
      Clock clock) {
    this.opened = opened;
    this.settings = settings;
    this.query = new ItemQuery(opened.folder().db());
    this.tagging = new Tagging(opened.folder().db(), opened.audit());
    this.pages = new ItemPages(query);
    this.listing = new ListingOptions(opened.folder().db());
    stackDuplicates.addListener(
        (obs, old, now) -> {
          listing.stack(now);
          requery(true);
        });
    showKnown.addListener(
        (obs, old, now) -> {
          listing.showKnown(now);
          requery(true);
        });
    this.pictures = new PictureCache(source, pictureCallbacks, 2, 160L << 20);
    this.blur = new BlurSettings(settings.blurStrength(), settings.grayscale());
    this.reveal = new RevealPolicy(clock, this::recordReveal);
    this.cellWidth = new SimpleIntegerProperty(SIZES.get(settings.thumbnailSize()));
    blur.strengthProperty()
        .addListener(
            (obs, old, now) -> {
              settings.blurStrength(now.intValue());
              settings.saveQuietly();
            });
    blur.grayscaleProperty()
        .addListener(
            (obs, old, now) -> {
              settings.grayscale(now);
              settings.saveQuietly();
            });
  }

  // ---- loading and listing

  /** Loads the listing, the marks and the evidence tree. */
  public void load() {
    listing.invalidate();
    refreshMarks();
    requery(true);
    // the tree can wait until the first screen of pictures is made
    pictures.whenIdle(this::loadEvidenceTree);
  }

  private void loadEvidenceTree() {
    if (closed) {
      return;
    }
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "evidence-tree",
                    context -> {
                      EvidenceFolders tree = new EvidenceFolders(opened.sources().all());
                      for (ItemQuery.FolderCount folder : query.folderCounts()) {
                        tree.add(folder.sourceId(), folder.prefix(), folder.count());
                      }
                      return tree;
                    })
                .onSuccess(folders::set)
                .onFailure(
                    error -> notice.set(I18n.format("review.treeFailed", error.getMessage()))));
  }

  private void requery(boolean keepFocus) {
    long focusId = focusIndex.get() >= 0 && keepFocus ? pages.id(focusIndex.get()) : -1;
    ReviewFilter current = filter.get();
    long[] found = query.ids(current.items(), order.get());
    Set<Long> allowed = markFilter(current);
    if (allowed != null) {
      found = java.util.Arrays.stream(found).filter(allowed::contains).toArray();
    }
    found = listing.apply(found);
    pages.reset(found);
    List<Long> boxed = new ArrayList<>(found.length);
    for (long id : found) {
      boxed.add(id);
    }
    ids.setAll(boxed);
    prefetch(0, FIRST_PAGE_READ_AHEAD); // decoding starts while the grid builds its cells
    if (!selected.isEmpty()) { // a set of 100 000 ids only when there is a selection to keep
      selected.retainAll(new HashSet<>(boxed));
    }
    int index = focusId < 0 ? -1 : pages.indexOf(focusId);
    focusIndex.set(-1);
    if (index >= 0) {
      focus(index, false);
    } else if (!boxed.isEmpty()) {
      select(0);
    } else {
      focusItem.set(null);
      reveal.selectionMoved(RevealPolicy.NONE);
    }
    updateStatus();
  }

  /** Ids allowed by the category and tag parts of the filter, or null when they do not narrow. */
  private Set<Long> markFilter(ReviewFilter f) {
    Set<Long> allowed = null;
    if (f.category() != null) {
      allowed =
          new HashSet<>(
              CategoryScheme.UNCATEGORISED.equals(f.category())
                  ? tagging.uncategorisedItems()
                  : tagging.itemsInCategory(f.category()));
    }
    if (f.tagId() != null || f.untagged()) {
      Set<Long> tagged =
          new HashSet<>(f.untagged() ? tagging.untaggedItems() : tagging.itemsTagged(f.tagId()));
      if (allowed == null) {
        allowed = tagged;
      } else {
        allowed.retainAll(tagged);
      }
    }
    return allowed;
  }

  public ObservableList<Long> ids() {
    return ids;
  }

  /** The item at a listing index (read a block at a time), or null. */
  public Item item(int index) {
    return pages.at(index);
  }

  public int indexOf(long id) {
    return pages.indexOf(id);
  }

  /** The item for an id in the listing, via its index. */
  public Item itemById(long id) {
    int index = indexOf(id);
    return index < 0 ? opened.items().get(id).orElse(null) : pages.at(index);
  }

  public void sort(ItemOrder newOrder) {
    order.set(newOrder);
    requery(true);
  }

  public ItemOrder order() {
    return order.get();
  }

  public ReadOnlyObjectProperty<ReviewFilter> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  public void setFilter(ReviewFilter value) {
    filter.set(value);
    requery(true);
  }

  public void removeChip(String chipId) {
    setFilter(filter.get().without(chipId));
  }

  public void clearFilter() {
    setFilter(ReviewFilter.ALL);
  }

  public List<String[]> cameras() {
    return query.cameras();
  }

  // ---- listing options: stacked duplicates, NSRL-known files

  /** One tile per exact-duplicate group in the listing, with {@link #stackCount}. */
  public BooleanProperty stackDuplicatesProperty() {
    return stackDuplicates;
  }

  /** NSRL-known files are hidden unless this is on. */
  public BooleanProperty showKnownProperty() {
    return showKnown;
  }

  /** How many listed items the tile of {@code id} stands for (1 unless stacked). */
  public int stackCount(long id) {
    return listing.stackCount(id);
  }

  public ReadOnlyObjectProperty<EvidenceFolders> foldersProperty() {
    return folders.getReadOnlyProperty();
  }

  // ---- selection

  public ReadOnlyIntegerProperty focusIndexProperty() {
    return focusIndex.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Item> focusItemProperty() {
    return focusItem.getReadOnlyProperty();
  }

  public ObservableSet<Long> selectedIds() {
    return selected;
  }

  /** Selects only the item at {@code index}. */
  public void select(int index) {
    if (ids.isEmpty()) {
      return;
    }
    int i = Math.clamp(index, 0, ids.size() - 1);
    selected.clear();
    selected.add(ids.get(i));
    anchorIndex = i;
    focus(i, true);
  }

  /** Moves by {@code delta}; with {@code extend} the selection grows from the anchor (Shift). */
  public void move(int delta, boolean extend) {
    if (ids.isEmpty()) {
      return;
    }
    int from = Math.max(0, focusIndex.get());
    int to = Math.clamp((long) from + delta, 0, ids.size() - 1);
    if (extend) {
      extendTo(to);
    } else {
      select(to);
    }
  }

  /** Shift-click or Shift-arrow: selects from the anchor to {@code index}. */
  public void extendTo(int index) {
    if (ids.isEmpty()) {
      return;
    }
    int to = Math.clamp(index, 0, ids.size() - 1);
    int anchor = anchorIndex < 0 ? to : anchorIndex;
    selected.clear();
    for (int i = Math.min(anchor, to); i <= Math.max(anchor, to); i++) {
      selected.add(ids.get(i));
    }
    focus(to, true);
  }

  /** Ctrl-click: adds or removes one item. */
  public void toggleSelected(int index) {
    if (index < 0 || index >= ids.size()) {
      return;
    }
    long id = ids.get(index);
    if (!selected.remove(id)) {
      selected.add(id);
    }
    anchorIndex = index;
    focus(index, true);
  }

  public void selectAll() {
    selected.addAll(ids);
  }

  private void focus(int index, boolean moved) {
    focusIndex.set(index);
    Item item = pages.at(index);
    focusItem.set(item);
    if (moved) {
      reveal.selectionMoved(item == null ? RevealPolicy.NONE : item.id());
    }
  }

  /** The selected ids in listing order; the focused item when nothing else is selected. */
  public List<Long> selection() {
    if (selected.isEmpty()) {
      Item item = focusItem.get();
      return item == null ? List.of() : List.of(item.id());
    }
    List<Long> out = new ArrayList<>(selected);
    return out;
  }

  // ---- blur and reveal

  public RevealPolicy reveal() {
    return reveal;
  }

  public PictureCache pictures() {
    return pictures;
  }

  /** Reads ahead the blurred pictures of {@code count} items from {@code from} in the listing. */
  public void prefetch(int from, int count) {
    int end = Math.min(ids.size(), from + count);
    // newest requests are served first, so the nearest items are asked for last
    for (int i = end - 1; i >= Math.max(0, from); i--) {
      pictures.prefetch(PictureCache.Key.of(pages.id(i), -1, PictureCache.Variant.BLURRED, blur));
    }
  }

  public BlurSettings blur() {
    return blur;
  }

  public IntegerProperty cellWidthProperty() {
    return cellWidth;
  }

  public void setThumbnailSize(String size) {
    cellWidth.set(SIZES.getOrDefault(size, SIZES.get("M")));
    settings.thumbnailSize(size);
    settings.saveQuietly();
  }

  public void setBlurStrength(int strength) {
    blur.strengthProperty().set(strength);
  }

  public void toggleGrayscale() {
    blur.grayscaleProperty().set(!blur.grayscale());
  }

  /** Space pressed: reveal the focused item while held. */
  public void holdReveal(String surface) {
    Item item = focusItem.get();
    if (item != null) {
      reveal.hold(item.id(), surface);
    }
  }

  public void releaseReveal() {
    reveal.release();
  }

  public void toggleReveal(String surface) {
    Item item = focusItem.get();
    if (item != null) {
      reveal.toggle(item.id(), surface);
    }
  }

  /** Reveals every item in this view; the view asked the analyst to confirm first. */
  public void revealAll(String view) {
    reveal.revealAll(view, ids.size());
    notice.set(I18n.format("review.allRevealed", ids.size()));
  }

  public void blurAll() {
    reveal.end();
    notice.set("");
  }

  private void recordReveal(
      long itemId,
      String surface,
      RevealPolicy.Mode mode,
      Instant start,
      Duration duration,
      int count) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("surface", surface);
    details.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
    details.put("start", start.toString());
    details.put("duration_ms", duration.toMillis());
    String action;
    String target;
    if (itemId == RevealPolicy.NONE) {
      action = "media.revealed-all";
      target = "view:" + surface;
      details.put("items", count);
      details.put("filter", describe(filter.get()));
    } else {
      action = "media.revealed";
      target = Target.item(itemId).toString();
      Item item = itemById(itemId);
      if (item != null) {
        details.put("path", item.path());
        if (item.hashes() != null) {
          details.put("sha256", item.hashes().sha256());
        }
      }
    }
    if (closed) {
      opened.record(action, target, details);
      return;
    }
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "audit-reveal",
                    context -> {
                      opened.record(action, target, details);
                      return null;
                    })
                .onFailure(
                    error ->
                        notice.set(I18n.format("review.revealNotRecorded", error.getMessage()))));
  }

  // ---- categories, tags, notes, bookmarks

  public Tagging tagging() {
    return tagging;
  }

  public CategoryScheme scheme() {
    return tagging.activeScheme();
  }

  /** Switches the case's category scheme (an audit event); number keys follow it. */
  public void setScheme(String schemeId) {
    if (schemeId.equals(scheme().id())) {
      return;
    }
    mark(
        "scheme",
        () -> {
          tagging.setActiveScheme(opened.examiner(), schemeId);
          return scheme().name();
        },
        name -> notice.set(I18n.format("review.schemeSet", name)));
  }

  /** The category a digit key stands for in the active scheme: its value, or its position + 1. */
  public Optional<Category> categoryForKey(int digit) {
    CategoryScheme scheme = scheme();
    Optional<Category> byValue = scheme.category(Integer.toString(digit));
    if (byValue.isPresent()) {
      return byValue;
    }
    return scheme.categories().stream().filter(c -> c.position() == digit - 1).findFirst();
  }

  /** Number key: categorise the selection (exact duplicates follow, in the tagging service). */
  public void categorise(int digit) {
    Optional<Category> category = categoryForKey(digit);
    if (category.isEmpty()) {
      notice.set(I18n.format("dupes.noCategory", String.valueOf(digit), scheme().name()));
      return;
    }
    List<Long> targets = selection();
    if (targets.isEmpty()) {
      return;
    }
    mark(
        "categorise",
        () -> tagging.setCategory(opened.examiner(), targets, category.get().value()),
        changes -> {
          notice.set(
              I18n.format(
                      "review.categorised",
                      category.get().value(),
                      I18n.category(category.get()),
                      targets.size())
                  + duplicatesNote(changes, targets));
          onCategorised.accept(targets, category.get());
        });
  }

  /**
   * Told after the examiner categorised items here (on the FX thread, marks already refreshed), so
   * the duplicates screen can offer the category to their near duplicates.
   */
  public void setOnCategorised(java.util.function.BiConsumer<List<Long>, Category> listener) {
    onCategorised = listener == null ? (ids, c) -> {} : listener;
  }

  /** Another view changed categories or tags: re-read the marks and redraw. */
  public void marksChanged() {
    if (!closed) {
      refreshMarks();
    }
  }

  public void uncategorise() {
    List<Long> targets = selection();
    if (!targets.isEmpty()) {
      mark(
          "uncategorise",
          () -> tagging.clearCategory(opened.examiner(), targets),
          changes -> notice.set(I18n.format("review.uncategorised", targets.size())));
    }
  }

  private static String duplicatesNote(List<CategoryChange> changes, List<Long> requested) {
    long copies = changes.stream().filter(c -> !requested.contains(c.itemId())).count();
    return copies == 0 ? "" : I18n.format("review.andDuplicates", copies);
  }

  public Optional<ItemCategory> categoryOf(long itemId) {
    return Optional.ofNullable(categories.get(itemId));
  }

  public List<Tag> tagsOf(long itemId) {
    return itemTags.getOrDefault(itemId, List.of());
  }

  public ObservableList<Tag> tags() {
    return tags;
  }

  /** Adds a tag (created with {@code colour} when new) to the selection. */
  public void tagSelection(String name, String colour) {
    List<Long> targets = selection();
    if (targets.isEmpty() || name == null || name.isBlank()) {
      return;
    }
    mark(
        "tag",
        () -> {
          Tag tag =
              tagging
                  .tagNamed(name.strip())
                  .orElseGet(() -> tagging.createTag(opened.examiner(), name.strip(), colour));
          return tagging.addTag(opened.examiner(), itemTargets(targets), tag.id());
        },
        added -> notice.set(I18n.format("review.tagged", name.strip(), targets.size())));
  }

  public void untagSelection(Tag tag) {
    List<Long> targets = selection();
    mark(
        "untag",
        () -> tagging.removeTag(opened.examiner(), itemTargets(targets), tag.id()),
        removed -> notice.set(I18n.format("review.untagged", tag.name())));
  }

  public void noteSelection(String text) {
    List<Long> targets = selection();
    if (targets.isEmpty() || text == null || text.isBlank()) {
      return;
    }
    mark(
        "note",
        () -> {
          for (long id : targets) {
            tagging.addNote(opened.examiner(), Target.item(id), text);
          }
          return targets.size();
        },
        n -> notice.set(I18n.format("review.noted", n)));
  }

  /** Replaces a note's text (audited with the text before and after); blank text is ignored. */
  public void editNote(long noteId, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    mark(
        "note-edit",
        () -> tagging.editNote(opened.examiner(), noteId, text),
        note -> notice.set(I18n.text("review.noteEdited")));
  }

  /** Deletes a note (audited with the text it had). */
  public void deleteNote(long noteId) {
    mark(
        "note-delete",
        () -> {
          tagging.deleteNote(opened.examiner(), noteId);
          return noteId;
        },
        id -> notice.set(I18n.text("review.noteDeleted")));
  }

  /** B: bookmarks the selection, or removes the bookmarks when all are bookmarked already. */
  public void toggleBookmark() {
    List<Long> targets = selection();
    if (targets.isEmpty()) {
      return;
    }
    mark(
        "bookmark",
        () -> {
          List<Target> all = itemTargets(targets);
          boolean allMarked = all.stream().allMatch(tagging::isBookmarked);
          if (allMarked) {
            tagging.removeBookmark(opened.examiner(), all);
            return false;
          }
          tagging.bookmark(opened.examiner(), all, "");
          return true;
        },
        added ->
            notice.set(
                I18n.format(added ? "review.bookmarked" : "review.unbookmarked", targets.size())));
  }

  public boolean isBookmarkedCached(long itemId) {
    return bookmarked.contains(itemId);
  }

  public List<org.veil.model.Note> notesOf(long itemId) {
    return tagging.notesOf(Target.item(itemId));
  }

  /** Bumped after any change to categories, tags, notes or bookmarks; views redraw on it. */
  public ReadOnlyIntegerProperty marksVersionProperty() {
    return marksVersion.getReadOnlyProperty();
  }

  private static List<Target> itemTargets(Collection<Long> ids) {
    return ids.stream().map(Target::item).toList();
  }

  private <V> void mark(
      String name, java.util.concurrent.Callable<V> change, java.util.function.Consumer<V> done) {
    opened
        .tasks()
        .submit(
            BackgroundTask.<V>of(name, context -> change.call())
                .onSuccess(
                    value -> {
                      refreshMarks();
                      done.accept(value);
                    })
                .onFailure(error -> notice.set(error.getMessage())));
  }

  private void refreshMarks() {
    categories = tagging.categories();
    itemTags = tagging.itemTags();
    bookmarked =
        tagging.bookmarks().stream()
            .filter(b -> b.target().kind() == org.veil.model.TargetKind.ITEM)
            .map(b -> b.target().id())
            .collect(java.util.stream.Collectors.toSet());
    tags.setAll(tagging.tags());
    marksVersion.set(marksVersion.get() + 1);
    updateStatus();
  }

  public List<MetadataTag> metadataTags(long itemId) {
    return opened.items().tags(itemId);
  }

  // ---- evidence

  /** Ingests folders or archives; a source added before resumes where it stopped. */
  public void addEvidence(List<Path> sources) {
    if (ingesting.get() || sources.isEmpty()) {
      return;
    }
    ingesting.set(true);
    notice.set(I18n.format("review.adding", sources.size()));
    ingest =
        opened
            .tasks()
            .submit(
                BackgroundTask.of(
                        "ingest",
                        context ->
                            new IngestPipeline(opened.folder(), opened.audit())
                                .run(sources, opened.examiner(), context))
                    .onProgress(ingestProgress::set)
                    .onSuccess(
                        report -> {
                          finishIngest();
                          notice.set(
                              I18n.format(
                                  report.cancelled()
                                      ? "review.ingestCancelledCounts"
                                      : "review.ingestFinished",
                                  report.done(),
                                  report.failed(),
                                  report.skipped()));
                        })
                    .onCancelled(
                        () -> {
                          finishIngest();
                          notice.set(I18n.text("review.ingestCancelled"));
                        })
                    .onFailure(
                        error -> {
                          finishIngest();
                          notice.set(I18n.format("review.ingestFailed", error.getMessage()));
                        }));
  }

  private void finishIngest() {
    ingesting.set(false);
    ingestProgress.set(null);
    ingest = null;
    if (!closed) {
      pages.invalidate();
      load();
    }
  }

  public void cancelIngest() {
    if (ingest != null) {
      ingest.cancel();
      notice.set(I18n.text("review.cancelling"));
    }
  }

  public ReadOnlyBooleanProperty ingestingProperty() {
    return ingesting.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ProgressSnapshot> ingestProgressProperty() {
    return ingestProgress.getReadOnlyProperty();
  }

  // ---- status

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Short messages about the last action. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  private void updateStatus() {
    Map<ItemState, Integer> states = opened.items().countByState();
    int total = states.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder text = new StringBuilder();
    text.append(I18n.format("review.status.shown", ids.size(), total));
    if (states.get(ItemState.FAILED) > 0) {
      text.append(I18n.format("review.status.failed", states.get(ItemState.FAILED)));
    }
    if (states.get(ItemState.PENDING) > 0) {
      text.append(I18n.format("review.status.pending", states.get(ItemState.PENDING)));
    }
    text.append(I18n.format("review.status.categorised", categories.size()));
    if (listing.hiddenKnown() > 0) {
      text.append(I18n.format("review.status.known", listing.hiddenKnown()));
    }
    status.set(text.toString());
  }

  static String describe(ReviewFilter filter) {
    return filter.auditText();
  }

  public String examiner() {
    return opened.examiner();
  }

  public OpenCase openCase() {
    return opened;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ingest != null) {
      ingest.cancel();
      ingest.result().handle((v, e) -> null).join();
    }
    reveal.end(); // recorded synchronously now that the view is closing
    pictures.close();
    opened.close();
  }
}

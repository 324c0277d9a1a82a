package org.veil.tagging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.audit.AuditLog;
import org.veil.model.Bookmark;
import org.veil.model.CategoryChange;
import org.veil.model.CategoryCounts;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.model.TargetKind;
import org.veil.store.CaseDatabase;
import org.veil.store.TagStore;

/**
 * What an examiner decides about items and messages: categories, tags, notes and bookmarks. Every
 * change is written with its audit row (who, what, before and after) in one transaction, so the log
 * never misses a change and never records one that did not happen. Examiner names are taken per
 * call because a case may be worked by several people.
 */
public final class Tagging {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final int MAX_TAG_NAME = 100;
  private static final int MAX_NOTE = 100_000;

  private final TagStore store;
  private final AuditLog audit;
  private final Clock clock;

  public Tagging(CaseDatabase db, AuditLog audit) {
    this(new TagStore(db), audit);
  }

  public Tagging(TagStore store, AuditLog audit) {
    this.store = store;
    this.audit = audit;
    this.clock = audit.clock();
  }

  // ---- schemes

  public List<CategoryScheme> schemes() {
    return store.schemes();
  }

  /** The scheme views show and number keys set; VIC US unless the case chose another. */
  public CategoryScheme activeScheme() {
    String id = store.activeScheme();
    return store.scheme(id).orElseThrow(() -> new IllegalStateException("unknown scheme " + id));
  }

  public void setActiveScheme(String examiner, String schemeId) {
    store.write(
        w -> {
          requireScheme(w, schemeId);
          String before = w.activeScheme();
          if (before.equals(schemeId)) {
            return null;
          }
          w.setActiveScheme(schemeId);
          w.audit(audit.entry(examiner, "category.scheme", "case", beforeAfter(before, schemeId)));
          return null;
        });
  }

  // ---- categories

  /**
   * Sets {@code value} of the active scheme on every item, then on their exact duplicates (same
   * SHA-256) with provenance {@code exact-duplicate of item N}. Items that already had the value
   * are left alone and not logged.
   *
   * @return the changes made, requested items first
   */
  public List<CategoryChange> setCategory(String examiner, Collection<Long> itemIds, String value) {
    return setCategory(examiner, store.activeScheme(), itemIds, value);
  }

  public List<CategoryChange> setCategory(
      String examiner, String scheme, Collection<Long> itemIds, String value) {
    if (value == null) {
      throw new IllegalArgumentException("a category value is needed; use clearCategory");
    }
    return change(examiner, scheme, itemIds, value);
  }

  /** Makes the items, and their exact duplicates, uncategorised in the active scheme. */
  public List<CategoryChange> clearCategory(String examiner, Collection<Long> itemIds) {
    return change(examiner, store.activeScheme(), itemIds, null);
  }

  private List<CategoryChange> change(
      String examiner, String scheme, Collection<Long> itemIds, String value) {
    Set<Long> requested = new LinkedHashSet<>(itemIds);
    return store.write(
        w -> {
          var schemeDef = requireScheme(w, scheme);
          if (value != null && schemeDef.category(value).isEmpty()) {
            throw new IllegalArgumentException(
                "category " + value + " is not part of scheme " + scheme);
          }
          for (long id : requested) {
            requireItem(w, id);
          }
          Instant at = now();
          List<CategoryChange> changes = new ArrayList<>();
          for (long id : requested) {
            apply(w, examiner, scheme, id, value, ItemCategory.BY_EXAMINER, at)
                .ifPresent(changes::add);
          }
          Set<Long> done = new LinkedHashSet<>(requested);
          for (long id : requested) {
            for (long duplicate : w.exactDuplicates(id)) {
              if (done.add(duplicate)) {
                apply(w, examiner, scheme, duplicate, value, ItemCategory.exactDuplicateOf(id), at)
                    .ifPresent(changes::add);
              }
            }
          }
          return changes;
        });
  }

  /**
   * Categorises items from a known-hash set. An examiner's decision (or one copied from an exact
   * duplicate) is never overwritten by a hash set; a value from another hash set is.
   *
   * @param valuesByItem the set's category for each matched item
   * @return the changes made; items kept as they were are not listed
   */
  public List<CategoryChange> applyFromHashSet(
      String examiner, String setName, String scheme, Map<Long, String> valuesByItem) {
    String provenance = ItemCategory.fromHashSet(setName);
    return store.write(
        w -> {
          var schemeDef = requireScheme(w, scheme);
          Instant at = now();
          List<CategoryChange> changes = new ArrayList<>();
          for (var entry : valuesByItem.entrySet()) {
            long id = entry.getKey();
            String value = entry.getValue();
            if (schemeDef.category(value).isEmpty()) {
              throw new IllegalArgumentException(
                  "category " + value + " is not part of scheme " + scheme);
            }
            requireItem(w, id);
            Optional<ItemCategory> current = w.category(id, scheme);
            if (current.isPresent() && !current.get().provenance().startsWith("hashset:")) {
              continue;
            }
            apply(w, examiner, scheme, id, value, provenance, at, current).ifPresent(changes::add);
          }
          return changes;
        });
  }

  private Optional<CategoryChange> apply(
      TagStore.Writes w,
      String examiner,
      String scheme,
      long itemId,
      String value,
      String provenance,
      Instant at) {
    return apply(w, examiner, scheme, itemId, value, provenance, at, w.category(itemId, scheme));
  }

  /** As above, for a caller that has read the item's current category already. */
  private Optional<CategoryChange> apply(
      TagStore.Writes w,
      String examiner,
      String scheme,
      long itemId,
      String value,
      String provenance,
      Instant at,
      Optional<ItemCategory> current) {
    String before = current.map(ItemCategory::value).orElse(null);
    if (java.util.Objects.equals(before, value)
        && (value == null || current.get().provenance().equals(provenance))) {
      return Optional.empty();
    }
    if (value == null) {
      w.removeCategory(itemId, scheme);
    } else {
      w.putCategory(new ItemCategory(itemId, scheme, value, provenance, who(examiner), at));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scheme", scheme);
    details.put("before", before);
    details.put("after", value);
    details.put("before_provenance", current.map(ItemCategory::provenance).orElse(null));
    details.put("provenance", value == null ? null : provenance);
    w.audit(audit.entry(examiner, "category.set", Target.item(itemId).toString(), details));
    return Optional.of(new CategoryChange(itemId, scheme, before, value, provenance));
  }

  /** The item's category in the active scheme. */
  public Optional<ItemCategory> categoryOf(long itemId) {
    return store.category(itemId, store.activeScheme());
  }

  public Optional<ItemCategory> categoryOf(long itemId, String scheme) {
    return store.category(itemId, scheme);
  }

  /** Every categorised item of the active scheme by item id. */
  public Map<Long, ItemCategory> categories() {
    return store.categories(store.activeScheme());
  }

  public List<Long> itemsInCategory(String value) {
    return store.itemsInCategory(store.activeScheme(), value);
  }

  public List<Long> uncategorisedItems() {
    return store.uncategorisedItems(store.activeScheme());
  }

  /** Counts per value of the active scheme, plus the uncategorised. */
  public CategoryCounts counts() {
    return store.counts(store.activeScheme());
  }

  // ---- tags

  /** Creates a tag; names are unique regardless of case. Colour is {@code #rrggbb}. */
  public Tag createTag(String examiner, String name, String colour) {
    String cleanName = tagName(name);
    String cleanColour = colour(colour);
    return store.write(
        w -> {
          if (w.tagNamed(cleanName).isPresent()) {
            throw new IllegalArgumentException("a tag named " + cleanName + " exists already");
          }
          Tag tag = w.insertTag(cleanName, cleanColour, who(examiner), now());
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("name", tag.name());
          details.put("colour", tag.colour());
          w.audit(audit.entry(examiner, "tag.created", "tag:" + tag.id(), details));
          return tag;
        });
  }

  /** Renames or recolours a tag everywhere it is used. */
  public Tag editTag(String examiner, long tagId, String name, String colour) {
    String cleanName = tagName(name);
    String cleanColour = colour(colour);
    return store.write(
        w -> {
          Tag before = requireTag(w, tagId);
          Optional<Tag> sameName = w.tagNamed(cleanName);
          if (sameName.isPresent() && sameName.get().id() != tagId) {
            throw new IllegalArgumentException("a tag named " + cleanName + " exists already");
          }
          Tag after = new Tag(tagId, cleanName, cleanColour);
          if (after.equals(before)) {
            return before;
          }
          w.updateTag(after);
          w.audit(
              audit.entry(
                  examiner,
                  "tag.edited",
                  "tag:" + tagId,
                  beforeAfter(tagFacts(before), tagFacts(after))));
          return after;
        });
  }

  /** Deletes a tag and removes it from everything that carried it. */
  public void deleteTag(String examiner, long tagId) {
    store.write(
        w -> {
          Tag tag = requireTag(w, tagId);
          int uses = w.deleteTag(tagId);
          Map<String, Object> details = new LinkedHashMap<>(tagFacts(tag));
          details.put("uses", uses);
          w.audit(audit.entry(examiner, "tag.deleted", "tag:" + tagId, details));
          return null;
        });
  }

  public List<Tag> tags() {
    return store.tags();
  }

  public Optional<Tag> tag(long tagId) {
    return store.tag(tagId);
  }

  public Optional<Tag> tagNamed(String name) {
    return store.tagNamed(name);
  }

  /** Puts the tag on every target; returns how many did not have it yet. */
  public int addTag(String examiner, Collection<Target> targets, long tagId) {
    Set<Target> distinct = new LinkedHashSet<>(targets);
    return store.write(
        w -> {
          Tag tag = requireTag(w, tagId);
          distinct.forEach(target -> requireTarget(w, target));
          Instant at = now();
          int added = 0;
          for (Target target : distinct) {
            if (w.addTag(target, tagId, who(examiner), at)) {
              added++;
              w.audit(audit.entry(examiner, "tag.added", target.toString(), tagUse(tag)));
            }
          }
          return added;
        });
  }

  /** Takes the tag off every target; returns how many had it. */
  public int removeTag(String examiner, Collection<Target> targets, long tagId) {
    Set<Target> distinct = new LinkedHashSet<>(targets);
    return store.write(
        w -> {
          Tag tag = requireTag(w, tagId);
          int removed = 0;
          for (Target target : distinct) {
            if (w.removeTag(target, tagId)) {
              removed++;
              w.audit(audit.entry(examiner, "tag.removed", target.toString(), tagUse(tag)));
            }
          }
          return removed;
        });
  }

  public List<Tag> tagsOf(Target target) {
    return store.tagsOf(target);
  }

  /** Every tagged item with its tags. */
  public Map<Long, List<Tag>> itemTags() {
    return store.itemTags();
  }

  public List<Target> taggedWith(long tagId) {
    return store.taggedWith(tagId);
  }

  public List<Long> itemsTagged(long tagId) {
    return store.taggedWith(tagId).stream()
        .filter(t -> t.kind() == TargetKind.ITEM)
        .map(Target::id)
        .toList();
  }

  public List<Long> untaggedItems() {
    return store.untaggedItems();
  }

  /** Items and messages per tag id, in tag name order. */
  public Map<Long, Integer> tagCounts() {
    return store.tagCounts();
  }

  // ---- notes

  public Note addNote(String examiner, Target target, String text) {
    String clean = noteText(text);
    return store.write(
        w -> {
          requireTarget(w, target);
          Note note = w.insertNote(target, clean, who(examiner), now());
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("note", note.id());
          details.put("text", clean);
          w.audit(audit.entry(examiner, "note.added", target.toString(), details));
          return note;
        });
  }

  public Note editNote(String examiner, long noteId, String text) {
    String clean = noteText(text);
    return store.write(
        w -> {
          Note before = requireNote(w, noteId);
          if (before.text().equals(clean)) {
            return before;
          }
          Instant at = now();
          w.updateNote(noteId, clean, who(examiner), at);
          Map<String, Object> details = beforeAfter(before.text(), clean);
          details.put("note", noteId);
          w.audit(audit.entry(examiner, "note.edited", before.target().toString(), details));
          return new Note(noteId, before.target(), clean, who(examiner), at);
        });
  }

  public void deleteNote(String examiner, long noteId) {
    store.write(
        w -> {
          Note before = requireNote(w, noteId);
          w.deleteNote(noteId);
          Map<String, Object> details = beforeAfter(before.text(), null);
          details.put("note", noteId);
          w.audit(audit.entry(examiner, "note.deleted", before.target().toString(), details));
          return null;
        });
  }

  public List<Note> notesOf(Target target) {
    return store.notes(target);
  }

  public List<Note> notes() {
    return store.allNotes();
  }

  // ---- bookmarks

  /**
   * Bookmarks every target with an optional label (null or blank for none); a bookmark that exists
   * gets the new label. Returns how many bookmarks were added or relabelled.
   */
  public int bookmark(String examiner, Collection<Target> targets, String label) {
    String clean = label == null ? "" : label.strip();
    Set<Target> distinct = new LinkedHashSet<>(targets);
    return store.write(
        w -> {
          distinct.forEach(target -> requireTarget(w, target));
          Instant at = now();
          int changed = 0;
          for (Target target : distinct) {
            Optional<Bookmark> before = w.bookmark(target);
            if (before.isPresent() && before.get().label().equals(clean)) {
              continue;
            }
            w.putBookmark(new Bookmark(target, clean, who(examiner), at));
            changed++;
            String action = before.isPresent() ? "bookmark.relabelled" : "bookmark.added";
            w.audit(
                audit.entry(
                    examiner,
                    action,
                    target.toString(),
                    beforeAfter(before.map(Bookmark::label).orElse(null), clean)));
          }
          return changed;
        });
  }

  /** Returns how many of the targets had a bookmark. */
  public int removeBookmark(String examiner, Collection<Target> targets) {
    Set<Target> distinct = new LinkedHashSet<>(targets);
    return store.write(
        w -> {
          int removed = 0;
          for (Target target : distinct) {
            Optional<Bookmark> before = w.bookmark(target);
            if (before.isPresent() && w.removeBookmark(target)) {
              removed++;
              w.audit(
                  audit.entry(
                      examiner,
                      "bookmark.removed",
                      target.toString(),
                      beforeAfter(before.get().label(), null)));
            }
          }
          return removed;
        });
  }

  public Optional<Bookmark> bookmarkOf(Target target) {
    return store.bookmark(target);
  }

  public boolean isBookmarked(Target target) {
    return store.bookmark(target).isPresent();
  }

  public List<Bookmark> bookmarks() {
    return store.bookmarks();
  }

  // ---- checks and small pieces

  private static CategoryScheme requireScheme(TagStore.Writes w, String schemeId) {
    return w.schemes().stream()
        .filter(s -> s.id().equals(schemeId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no category scheme " + schemeId));
  }

  private static void requireItem(TagStore.Writes w, long itemId) {
    if (!w.itemExists(itemId)) {
      throw new IllegalArgumentException("no item " + itemId + " in this case");
    }
  }

  private static void requireTarget(TagStore.Writes w, Target target) {
    if (!w.targetExists(target)) {
      throw new IllegalArgumentException("no " + target.kind().label() + " " + target.id());
    }
  }

  private static Tag requireTag(TagStore.Writes w, long tagId) {
    return w.tag(tagId).orElseThrow(() -> new IllegalArgumentException("no tag " + tagId));
  }

  private static Note requireNote(TagStore.Writes w, long noteId) {
    return w.note(noteId).orElseThrow(() -> new IllegalArgumentException("no note " + noteId));
  }

  static String tagName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("a tag needs a name");
    }
    if (clean.length() > MAX_TAG_NAME) {
      throw new IllegalArgumentException("a tag name has at most " + MAX_TAG_NAME + " characters");
    }
    if (clean.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a tag name cannot contain control characters");
    }
    return clean;
  }

  static String colour(String colour) {
    if (colour == null || !COLOUR.matcher(colour.strip()).matches()) {
      throw new IllegalArgumentException("a tag colour is written #rrggbb, not " + colour);
    }
    return colour.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static String noteText(String text) {
    String clean = text == null ? "" : text.strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("a note needs text");
    }
    if (clean.length() > MAX_NOTE) {
      throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
    }
    return clean;
  }

  private static Map<String, Object> beforeAfter(Object before, Object after) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("before", before);
    details.put("after", after);
    return details;
  }

  private static Map<String, Object> tagFacts(Tag tag) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", tag.name());
    facts.put("colour", tag.colour());
    return facts;
  }

  private static Map<String, Object> tagUse(Tag tag) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tag", tag.id());
    details.put("name", tag.name());
    return details;
  }

  private static String who(String examiner) {
    return examiner == null || examiner.isBlank() ? "unknown" : examiner;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}

package org.veil.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.model.Bookmark;
import org.veil.model.Category;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.model.TargetKind;
import org.veil.store.CaseFolder;
import org.veil.store.SourceStore;
import org.veil.store.TagStore;

/**
 * What the examiner recorded about every item (category in the active scheme, tags, notes,
 * bookmark) and each source's path, read once for an export that lists many items.
 */
record ItemAnnotations(
    CategoryScheme scheme,
    Map<Long, ItemCategory> categories,
    Map<Long, List<Tag>> tags,
    Map<Long, List<Note>> notes,
    Map<Long, Bookmark> bookmarks,
    Map<Long, String> sourcePaths) {

  static ItemAnnotations load(CaseFolder folder) {
    TagStore store = new TagStore(folder.db());
    CategoryScheme scheme =
        store
            .scheme(store.activeScheme())
            .orElseThrow(() -> new IllegalStateException("the case's category scheme is missing"));
    Map<Long, List<Note>> notes = new HashMap<>();
    store.allNotes().stream()
        .filter(n -> n.target().kind() == TargetKind.ITEM)
        .forEach(n -> notes.computeIfAbsent(n.target().id(), k -> new ArrayList<>()).add(n));
    Map<Long, Bookmark> bookmarks = new HashMap<>();
    store.bookmarks().stream()
        .filter(b -> b.target().kind() == TargetKind.ITEM)
        .forEach(b -> bookmarks.put(b.target().id(), b));
    Map<Long, String> sources = new HashMap<>();
    new SourceStore(folder.db()).all().forEach(s -> sources.put(s.id(), s.path()));
    return new ItemAnnotations(
        scheme, store.categories(scheme.id()), store.itemTags(), notes, bookmarks, sources);
  }

  /** Items the examiner marked in any way: categorised, tagged, noted or bookmarked. */
  java.util.TreeSet<Long> ofInterest() {
    java.util.TreeSet<Long> ids = new java.util.TreeSet<>(categories.keySet());
    ids.addAll(tags.keySet());
    ids.addAll(notes.keySet());
    ids.addAll(bookmarks.keySet());
    return ids;
  }

  /** The label of the item's category in the active scheme, or null. */
  String categoryLabel(long itemId) {
    ItemCategory category = categories.get(itemId);
    return category == null
        ? null
        : scheme.category(category.value()).map(Category::label).orElse(null);
  }

  List<Tag> tagsOf(long itemId) {
    return tags.getOrDefault(itemId, List.of());
  }

  List<Note> notesOf(long itemId) {
    return notes.getOrDefault(itemId, List.of());
  }
}

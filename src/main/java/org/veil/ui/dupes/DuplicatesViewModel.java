package org.veil.ui.dupes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.dupes.ExactDuplicates;
import org.veil.dupes.NearDuplicates;
import org.veil.model.Category;
import org.veil.model.CategoryChange;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.EvidenceSource;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemPdq;
import org.veil.model.ItemSha256;
import org.veil.task.BackgroundTask;
import org.veil.ui.CaseTimes;
import org.veil.ui.I18n;
import org.veil.ui.OpenCase;
import org.veil.ui.review.ReviewViewModel;

/**
 * The duplicates screen: exact and near groups largest first, a group's members side by side with
 * their differences, a whole group categorised at once, and the offer to give a category set in the
 * review to the item's near duplicates. Shares the review's reveal policy, pictures and tagging, so
 * a reveal here is the same audited reveal as anywhere else.
 */
public final class DuplicatesViewModel {
  /** Which groups the list shows. */
  public enum Show {
    ALL,
    EXACT,
    NEAR
  }

  /** A listed group: its number in the current listing and a short label. */
  public record GroupRow(int number, DuplicateGroup group, String representativeName) {
    public String label() {
      return I18n.format(
          "dupes.row",
          I18n.text(group.kind() == DuplicateKind.EXACT ? "dupes.show.exact" : "dupes.show.near"),
          group.size(),
          representativeName);
    }
  }

  /** An offer to give near duplicates the category just set in the review. */
  public record NearOffer(Category category, List<Long> itemIds, String text) {}

  /** The groups read from the case: exact ones, near ones at {@code distance}, item names. */
  private record Groups(
      List<DuplicateGroup> exact,
      List<DuplicateGroup> near,
      int distance,
      Map<Long, String> names) {}

  private final ReviewViewModel review;
  private final OpenCase opened;
  private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
  private final ObservableList<MemberFacts> members = FXCollections.observableArrayList();
  private final ObjectProperty<GroupRow> selected = new SimpleObjectProperty<>();
  private final IntegerProperty distance =
      new SimpleIntegerProperty(NearDuplicates.DEFAULT_DISTANCE);
  private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<NearOffer> offer = new ReadOnlyObjectWrapper<>();
  private Groups read;
  private Map<Long, DuplicateGroup> nearGroupOf = Map.of();

  public DuplicatesViewModel(ReviewViewModel review) {
    this.review = review;
    this.opened = review.openCase();
    selected.addListener((obs, old, now) -> showMembers(now));
    show.addListener((obs, old, now) -> list());
    distance.addListener((obs, old, now) -> load());
    review.setOnCategorised(this::offerNearDuplicates);
    // new evidence may bring new duplicates
    review
        .ingestingProperty()
        .addListener(
            (obs, was, now) -> {
              if (was && !now) {
                load();
              }
            });
  }

  // ---- groups

  /** Reads the case's hashes and forms the groups in the background. */
  public void load() {
    int at = distance.get();
    loading.set(true);
    opened
        .tasks()
        .submit(
            BackgroundTask.of("duplicate-groups", context -> readGroups(at))
                .onSuccess(
                    found -> {
                      loading.set(false);
                      if (found.distance() != distance.get()) {
                        return; // the distance moved on while this ran
                      }
                      read = found;
                      Map<Long, DuplicateGroup> index = new HashMap<>();
                      for (DuplicateGroup group : found.near()) {
                        for (DuplicateMember member : group.members()) {
                          index.put(member.itemId(), group);
                        }
                      }
                      nearGroupOf = index;
                      list();
                    })
                .onFailure(
                    error -> {
                      loading.set(false);
                      notice.set(I18n.format("dupes.failed", error.getMessage()));
                    }));
  }

  private Groups readGroups(int at) {
    List<ItemSha256> digests = new ArrayList<>();
    List<ItemPdq> hashes = new ArrayList<>();
    Map<Long, String> names = new HashMap<>();
    opened
        .items()
        .forEach(
            item -> {
              names.put(item.id(), item.name());
              if (item.hashes() != null && item.hashes().sha256() != null) {
                digests.add(new ItemSha256(item.id(), item.hashes().sha256()));
              }
              if (item.pdq() != null) {
                hashes.add(new ItemPdq(item.id(), item.pdq()));
              }
            });
    List<DuplicateGroup> exact = ExactDuplicates.group(digests);
    List<DuplicateGroup> near = NearDuplicates.group(hashes, at);
    // only the names of grouped items are kept for the list
    Set<Long> grouped = new java.util.HashSet<>();
    for (List<DuplicateGroup> kind : List.of(exact, near)) {
      kind.forEach(g -> g.members().forEach(m -> grouped.add(m.itemId())));
    }
    names.keySet().retainAll(grouped);
    return new Groups(exact, near, at, names);
  }

  private static final Comparator<DuplicateGroup> LARGEST_FIRST =
      Comparator.comparingInt(DuplicateGroup::size)
          .reversed()
          .thenComparing(DuplicateGroup::kind)
          .thenComparingLong(DuplicateGroup::representativeId);

  private void list() {
    if (read == null) {
      return;
    }
    List<DuplicateGroup> chosen = new ArrayList<>();
    if (show.get() != Show.NEAR) {
      chosen.addAll(read.exact());
    }
    if (show.get() != Show.EXACT) {
      chosen.addAll(read.near());
    }
    chosen.sort(LARGEST_FIRST);
    GroupRow previous = selected.get();
    List<GroupRow> rows = new ArrayList<>(chosen.size());
    for (DuplicateGroup group : chosen) {
      rows.add(
          new GroupRow(
              rows.size() + 1,
              group,
              read.names()
                  .getOrDefault(
                      group.representativeId(),
                      I18n.format("dupes.itemLower", String.valueOf(group.representativeId())))));
    }
    groups.setAll(rows);
    counts.set(
        I18n.format(
            "dupes.counts",
            describe(read.exact(), "dupes.counts.exact"),
            describe(read.near(), "dupes.counts.near"),
            read.distance()));
    GroupRow keep =
        previous == null
            ? null
            : rows.stream()
                .filter(
                    r ->
                        r.group().kind() == previous.group().kind()
                            && r.group().representativeId() == previous.group().representativeId())
                .findFirst()
                .orElse(null);
    selected.set(keep != null ? keep : rows.isEmpty() ? null : rows.getFirst());
  }

  private static String describe(List<DuplicateGroup> groups, String key) {
    int items = groups.stream().mapToInt(DuplicateGroup::size).sum();
    return I18n.format(key, groups.size(), items);
  }

  public ObservableList<GroupRow> groups() {
    return groups;
  }

  public ObjectProperty<GroupRow> selectedProperty() {
    return selected;
  }

  public IntegerProperty distanceProperty() {
    return distance;
  }

  public ObjectProperty<Show> showProperty() {
    return show;
  }

  /** "3 exact groups (7 items) · 2 near groups (5 items) (distance ≤ 31)". */
  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  // ---- members

  public ObservableList<MemberFacts> members() {
    return members;
  }

  /** Re-reads the shown members' facts (categories may have changed in another view). */
  public void refreshMembers() {
    showMembers(selected.get());
  }

  private void showMembers(GroupRow row) {
    if (row == null) {
      members.clear();
      return;
    }
    DuplicateGroup group = row.group();
    List<MemberFacts> out = new ArrayList<>();
    Map<org.veil.model.DuplicateMember, Map<MemberFacts.Field, String>> facts =
        new java.util.LinkedHashMap<>();
    Map<org.veil.model.DuplicateMember, Item> items = new HashMap<>();
    for (DuplicateMember member : group.members()) {
      Optional<Item> item = opened.items().get(member.itemId());
      if (item.isEmpty()) {
        continue;
      }
      String source =
          opened.sources().byId(item.get().sourceId()).map(EvidenceSource::path).orElse("?");
      items.put(member, item.get());
      facts.put(
          member,
          MemberFacts.of(
              item.get(),
              member,
              source,
              review.categoryOf(member.itemId()).orElse(null),
              new CaseTimes(opened.folder().timeZone())));
    }
    Map<MemberFacts.Field, String> representative =
        facts.entrySet().stream()
            .filter(e -> e.getKey().itemId() == group.representativeId())
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(facts.isEmpty() ? Map.of() : facts.values().iterator().next());
    facts.forEach(
        (member, f) ->
            out.add(
                new MemberFacts(
                    member, items.get(member), f, MemberFacts.differences(f, representative))));
    members.setAll(out);
  }

  // ---- categories

  /** Alt+digit: the selected group's every member gets the category the digit stands for. */
  public void categoriseGroup(int digit) {
    GroupRow row = selected.get();
    if (row == null) {
      return;
    }
    Optional<Category> category = review.categoryForKey(digit);
    if (category.isEmpty()) {
      notice.set(I18n.format("dupes.noCategory", String.valueOf(digit), review.scheme().name()));
      return;
    }
    List<Long> ids = row.group().members().stream().map(DuplicateMember::itemId).toList();
    apply(
        ids,
        category.get(),
        changes ->
            I18n.format(
                "dupes.categorised",
                category.get().value(),
                I18n.category(category.get()),
                row.number(),
                changes.size(),
                ids.size()));
  }

  private void apply(
      List<Long> ids,
      Category category,
      java.util.function.Function<List<CategoryChange>, String> done) {
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "categorise-duplicates",
                    context ->
                        review.tagging().setCategory(opened.examiner(), ids, category.value()))
                .onSuccess(
                    changes -> {
                      review.marksChanged();
                      showMembers(selected.get());
                      notice.set(done.apply(changes));
                    })
                .onFailure(error -> notice.set(error.getMessage())));
  }

  /**
   * After a category was set in the review: the near duplicates of those items that do not have it
   * yet are offered it (never applied without the examiner's yes).
   */
  void offerNearDuplicates(List<Long> itemIds, Category category) {
    Set<Long> candidates = new LinkedHashSet<>();
    for (long id : itemIds) {
      DuplicateGroup group = nearGroupOf.get(id);
      if (group != null) {
        group.members().forEach(m -> candidates.add(m.itemId()));
      }
    }
    candidates.removeAll(itemIds);
    candidates.removeIf(
        id -> review.categoryOf(id).map(c -> c.value().equals(category.value())).orElse(false));
    if (candidates.isEmpty()) {
      return;
    }
    offer.set(
        new NearOffer(
            category,
            List.copyOf(candidates),
            I18n.format(
                "dupes.offer",
                candidates.size(),
                itemIds.size(),
                read.distance(),
                category.value(),
                I18n.category(category))));
  }

  public ReadOnlyObjectProperty<NearOffer> offerProperty() {
    return offer.getReadOnlyProperty();
  }

  /** The examiner said yes: the offered items get the category (audited, as any decision). */
  public void acceptOffer() {
    NearOffer current = offer.get();
    if (current == null) {
      return;
    }
    offer.set(null);
    apply(
        current.itemIds(),
        current.category(),
        changes -> I18n.format("dupes.offerApplied", current.category().value(), changes.size()));
  }

  public void dismissOffer() {
    offer.set(null);
  }

  /** The item currently categorised, as the review's cache has it. */
  public Optional<ItemCategory> categoryOf(long itemId) {
    return review.categoryOf(itemId);
  }

  public ReviewViewModel review() {
    return review;
  }
}

package org.veil.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.ExifSummary;
import org.veil.model.Item;
import org.veil.model.ItemFilter;
import org.veil.model.ItemOrder;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;

class ItemQueryTest {
  @TempDir Path temp;
  private CaseFolder folder;
  private ItemQuery query;
  private List<Long> ids;

  @BeforeEach
  void setUp() throws Exception {
    folder = TestCases.create(temp);
    ids =
        TestCases.addItems(
            folder,
            List.of(
                TestCases.hashes(1),
                TestCases.hashes(2),
                TestCases.hashes(3),
                TestCases.hashes(4)));
    ItemStore items = new ItemStore(folder.db());
    List<ItemStore.ItemResult> updates = new ArrayList<>();
    String[] paths = {"a/100%_x.jpg", "a/b.png", "z.zip!/m/c.jpg", "d.mp4"};
    for (int i = 0; i < 4; i++) {
      Item old = items.get(ids.get(i)).orElseThrow();
      ExifSummary summary =
          new ExifSummary(
              i == 0 ? "Canon" : null,
              i == 0 ? "R5" : null,
              null,
              null,
              null,
              "2024-0" + (i + 1) + "-15T10:00:00+09:00",
              i % 2 == 0 ? 1.0 : null,
              i % 2 == 0 ? 2.0 : null,
              null,
              null,
              null,
              null,
              i == 1 ? List.of("AI") : List.of());
      updates.add(
          new ItemStore.ItemResult(
              new Item(
                  old.id(),
                  old.sourceId(),
                  paths[i],
                  100L * (i + 1),
                  old.hashes(),
                  i == 3 ? "video/mp4" : "image/jpeg",
                  i == 3 ? MediaKind.VIDEO : MediaKind.IMAGE,
                  null,
                  null,
                  i == 2 ? ItemState.FAILED : ItemState.DONE,
                  null,
                  Set.of(),
                  summary,
                  null),
              List.of()));
    }
    // paths are set at registration; re-register under the new names by direct update
    folder
        .db()
        .write(
            c -> {
              try (var update = c.prepareStatement("UPDATE items SET path = ? WHERE id = ?")) {
                for (int i = 0; i < 4; i++) {
                  update.setString(1, paths[i]);
                  update.setLong(2, ids.get(i));
                  update.executeUpdate();
                }
              }
              return null;
            });
    items.complete(updates);
    query = new ItemQuery(folder.db());
  }

  @AfterEach
  void tearDown() {
    folder.close();
  }

  private long[] of(int... indexes) {
    long[] out = new long[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      out[i] = ids.get(indexes[i]);
    }
    return out;
  }

  @Test
  void folderCountsFollowRegistrationAndMoves() {
    long source = new SourceStore(folder.db()).all().getFirst().id();
    // the set-up registered four items under other names, then moved them to these paths
    assertEquals(
        List.of(
            new ItemQuery.FolderCount(source, "", 1),
            new ItemQuery.FolderCount(source, "a/", 2),
            new ItemQuery.FolderCount(source, "z.zip!/m/", 1)),
        query.folderCounts());
    // registering paths again (a resumed ingest) counts nothing twice
    ItemStore items = new ItemStore(folder.db());
    items.register(
        source,
        List.of(
            new ItemStore.PendingEntry("a/b.png", 200, null),
            new ItemStore.PendingEntry("a/new.jpg", 10, null),
            new ItemStore.PendingEntry("a/deep/er/x.jpg", 10, null)));
    assertEquals(
        List.of(
            new ItemQuery.FolderCount(source, "", 1),
            new ItemQuery.FolderCount(source, "a/", 3),
            new ItemQuery.FolderCount(source, "a/deep/er/", 1),
            new ItemQuery.FolderCount(source, "z.zip!/m/", 1)),
        query.folderCounts());
  }

  @Test
  void folderCountsOfACaseMadeBeforeThemAreCountedWhenItOpens() throws Exception {
    long source = new SourceStore(folder.db()).all().getFirst().id();
    List<ItemQuery.FolderCount> expected = query.folderCounts();
    Path caseDir = folder.dir();
    folder.close();
    // back to schema version 5: no counts, no triggers
    try (var connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"));
        var statement = connection.createStatement()) {
      statement.execute("DROP TRIGGER items_counted_in_folder");
      statement.execute("DROP TRIGGER items_moved_between_folders");
      statement.execute("DROP TRIGGER items_uncounted_in_folder");
      statement.execute("DROP TABLE folder_counts");
      statement.execute("PRAGMA user_version = 5");
    }
    folder = CaseFolder.open(caseDir);
    query = new ItemQuery(folder.db());
    assertEquals(expected, query.folderCounts());
    assertEquals(4, expected.stream().mapToLong(ItemQuery.FolderCount::count).sum());
    assertEquals(source, expected.getFirst().sourceId());
  }

  @Test
  void eachFilterPartNarrows() {
    ItemFilter all = ItemFilter.ALL;
    assertArrayEquals(of(0, 1, 2, 3), query.ids(all, ItemOrder.DEFAULT));
    assertArrayEquals(of(3), query.ids(all.withKinds(Set.of(MediaKind.VIDEO)), ItemOrder.DEFAULT));
    assertArrayEquals(of(1, 2), query.ids(all.withSize(150L, 300L), ItemOrder.DEFAULT));
    assertArrayEquals(
        of(1, 2), query.ids(all.withTaken("2024-02-01", "2024-03-15"), ItemOrder.DEFAULT));
    assertArrayEquals(of(0), query.ids(all.withCamera("canon", "r5"), ItemOrder.DEFAULT));
    assertArrayEquals(of(0, 2), query.ids(all.withGps(true), ItemOrder.DEFAULT));
    assertArrayEquals(of(1), query.ids(all.withAiClues(true), ItemOrder.DEFAULT));
    assertArrayEquals(of(2), query.ids(all.withFailedOnly(true), ItemOrder.DEFAULT));
    long source = new SourceStore(folder.db()).all().getFirst().id();
    assertArrayEquals(of(0, 1), query.ids(all.withPlace(source, "a/"), ItemOrder.DEFAULT));
    assertArrayEquals(of(2), query.ids(all.withPlace(source, "z.zip!/"), ItemOrder.DEFAULT));
    assertArrayEquals(of(0), query.ids(all.withNameContains("100%_"), ItemOrder.DEFAULT));
    assertArrayEquals(
        new long[0], query.ids(all.withNameContains("' OR 1=1 --"), ItemOrder.DEFAULT));
  }

  @Test
  void ordersAndFetchesRowsInTheGivenOrder() {
    assertArrayEquals(
        of(3, 2, 1, 0), query.ids(ItemFilter.ALL, new ItemOrder(ItemOrder.Key.SIZE, false)));
    assertArrayEquals(
        of(0, 1, 3, 2), query.ids(ItemFilter.ALL, new ItemOrder(ItemOrder.Key.PATH, true)));
    List<Item> rows = query.byIds(of(2, 0));
    assertEquals(List.of(ids.get(2), ids.get(0)), rows.stream().map(Item::id).toList());
    assertEquals(1, query.byIds(new long[] {ids.get(1), 9999}).size());
    assertEquals(1, query.cameras().size());
  }
}

package org.veil.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.store.ThumbnailStore.Thumbnail;

class ThumbnailStoreTest {
  @TempDir Path temp;

  @Test
  void theVeilSeedIsStoredBesideTheThumbnail() throws Exception {
    try (CaseFolder folder = TestCases.create(temp)) {
      ThumbnailStore store = new ThumbnailStore(folder.thumbsDb());
      byte[] seed = {2, 1, 10, 20, 30, 40, 50, 60};
      store.putAll(
          List.of(
              new Thumbnail(1, 256, 192, new byte[] {1, 2, 3}, seed),
              new Thumbnail(2, 256, 192, new byte[] {4, 5, 6})));
      assertArrayEquals(seed, store.veil(1).orElseThrow());
      assertArrayEquals(seed, store.get(1).orElseThrow().veil());
      assertTrue(store.veil(2).isEmpty(), "a thumbnail without a seed");
      assertTrue(store.veil(3).isEmpty(), "no thumbnail at all");
    }
  }

  @Test
  void thumbnailsOfACaseMadeBeforeSeedsAreKeptAndHaveNone() throws Exception {
    Path caseDir;
    try (CaseFolder folder = TestCases.create(temp)) {
      caseDir = folder.dir();
      new ThumbnailStore(folder.thumbsDb())
          .putAll(List.of(new Thumbnail(7, 256, 192, new byte[] {9, 9, 9})));
    }
    // turn thumbs.db back into what Veil wrote before seeds (schema version 1)
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve(CaseFolder.THUMBS_DB));
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE thumbnails DROP COLUMN veil");
      statement.execute("PRAGMA user_version = 1");
    }
    try (CaseFolder folder = CaseFolder.open(caseDir)) {
      ThumbnailStore store = new ThumbnailStore(folder.thumbsDb());
      assertArrayEquals(new byte[] {9, 9, 9}, store.get(7).orElseThrow().jpeg());
      assertTrue(store.veil(7).isEmpty());
      assertEquals(1, store.count());
    }
  }
}

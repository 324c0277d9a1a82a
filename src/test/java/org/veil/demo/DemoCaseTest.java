package org.veil.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.task.TaskContext;

class DemoCaseTest {
  @TempDir Path home;

  @Test
  void buildsOnceWithGpsDuplicatesAiCluesAnArchiveAndAFailure() throws Exception {
    DemoCase demo = new DemoCase(home, 12);
    Path dir = demo.ensureBuilt(TaskContext.detached());
    assertTrue(demo.isBuilt());
    try (CaseFolder folder = CaseFolder.open(dir)) {
      var items = new ItemStore(folder.db()).all();
      Map<ItemState, Integer> states = new ItemStore(folder.db()).countByState();
      assertEquals(1, states.get(ItemState.FAILED));
      assertTrue(items.stream().anyMatch(i -> i.summary().hasGps()));
      assertTrue(items.stream().anyMatch(i -> !i.summary().aiClues().isEmpty()));
      assertTrue(items.stream().anyMatch(i -> i.path().contains("album.zip!/")));
      long distinct =
          items.stream()
              .map(Item::hashes)
              .filter(h -> h != null)
              .map(h -> h.sha256())
              .distinct()
              .count();
      assertTrue(
          distinct < items.stream().filter(i -> i.hashes() != null).count(), "exact duplicates");
      assertEquals(DemoCase.EXAMINER, folder.info().examiner());
      var chats = new org.veil.store.ChatStore(folder.db()).chats();
      assertEquals(2, chats.size(), "the synthetic Telegram rooms are imported");
      assertTrue(chats.stream().allMatch(c -> c.messageCount() > 0), chats.toString());
      Item video =
          items.stream().filter(i -> i.path().endsWith("VID_0001.mp4")).findFirst().orElseThrow();
      assertEquals(org.veil.model.MediaKind.VIDEO, video.kind());
      assertTrue(
          new org.veil.store.ThumbnailStore(folder.thumbsDb()).get(video.id()).isPresent(),
          "first frame thumbnail");
    }
    long modified = Files.getLastModifiedTime(dir.resolve("case.db")).toMillis();
    assertEquals(dir, demo.ensureBuilt(TaskContext.detached()));
    assertEquals(modified, Files.getLastModifiedTime(dir.resolve("case.db")).toMillis(), "reused");
  }

  @Test
  void aHalfBuiltDemoIsRebuilt() throws Exception {
    DemoCase demo = new DemoCase(home, 12);
    Files.createDirectories(demo.caseDir());
    Files.writeString(demo.caseDir().resolve("case.db"), "half");
    demo.ensureBuilt(TaskContext.detached());
    assertTrue(demo.isBuilt());
  }
}

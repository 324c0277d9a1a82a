package org.veil.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.media.Thumbnailer;
import org.veil.model.EvidenceSource;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.model.MetadataTag;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.ItemStore.ItemResult;
import org.veil.store.ItemStore.PendingEntry;
import org.veil.store.SourceStore;
import org.veil.store.ThumbnailStore;
import org.veil.synth.SyntheticImages;

/**
 * Small cases written straight through the stores (no ingest): item {@code i} (from 0) has GPS when
 * i is even, AI clues when i % 5 == 4, failed when i % 7 == 6; items 0 and 1 share a SHA-256.
 */
public final class ReviewCases {
  private ReviewCases() {}

  public static CaseFolder create(Path dir, int count) throws Exception {
    CaseFolder folder =
        CaseFolder.create(
            dir,
            new org.veil.model.CaseInfo(
                "Review",
                "R-1",
                "Unit",
                "examiner-a",
                Instant.parse("2026-01-01T00:00:00Z"),
                java.time.ZoneId.of("UTC")));
    EvidenceSource source =
        new SourceStore(folder.db())
            .add(EvidenceSource.SourceKind.FOLDER, "/evidence/phone", "examiner-a", Instant.EPOCH);
    ItemStore items = new ItemStore(folder.db());
    List<PendingEntry> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pending.add(new PendingEntry(path(i), 1000 + i, null));
    }
    var registered = items.register(source.id(), pending);
    List<ItemResult> results = new ArrayList<>();
    List<ThumbnailStore.Thumbnail> thumbs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = registered.get(i).id();
      boolean failed = i % 7 == 6;
      String sha = i <= 1 ? "a".repeat(64) : String.format("%064x", i);
      ExifSummary summary =
          new ExifSummary(
              i % 3 == 0 ? "Canon" : "Apple",
              i % 3 == 0 ? "EOS R5" : "iPhone 15",
              "SN" + i,
              null,
              i % 5 == 4 ? "Stable Diffusion" : null,
              "2024-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00:00+09:00",
              i % 2 == 0 ? 37.5 + i / 1000.0 : null,
              i % 2 == 0 ? 127.0 : null,
              null,
              1,
              320,
              240,
              i % 5 == 4 ? List.of("Software names a generator: Stable Diffusion") : List.of());
      Item item =
          new Item(
              id,
              source.id(),
              path(i),
              1000 + i,
              new Hashes(String.format("%032x", i), String.format("%040x", i), sha),
              failed ? null : "image/jpeg",
              failed ? null : MediaKind.IMAGE,
              failed ? null : 320,
              failed ? null : 240,
              failed ? ItemState.FAILED : ItemState.DONE,
              failed ? "JPEG data is truncated" : null,
              Set.of(),
              summary,
              null);
      results.add(
          new ItemResult(item, List.of(new MetadataTag("Exif IFD0", "Make", 271, summary.make()))));
      if (!failed) {
        byte[] jpeg = Thumbnailer.jpegThumbnail(SyntheticImages.draw(320, 240, i + 1), 1);
        thumbs.add(new ThumbnailStore.Thumbnail(id, 256, 192, jpeg));
      }
    }
    new ThumbnailStore(folder.thumbsDb()).putAll(thumbs);
    items.complete(results);
    return folder;
  }

  static String path(int i) {
    return (i < 4 ? "DCIM/" : i < 8 ? "chat.zip!/media/" : "") + String.format("IMG_%04d.jpg", i);
  }
}

package org.veil.ui.media;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.veil.ingest.ItemContent;
import org.veil.media.ImageDecoder;
import org.veil.media.Orientation;
import org.veil.media.Thumbnailer;
import org.veil.media.VeilSeed;
import org.veil.model.Item;
import org.veil.model.MediaKind;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.ThumbnailStore;

/**
 * Pictures of a case: thumbnails from {@code thumbs.db}, larger decodes read-only from evidence.
 */
public final class CasePictures implements PictureSource {
  private final CaseFolder folder;
  private final ThumbnailStore thumbnails;
  private final ItemStore items;

  public CasePictures(CaseFolder folder) {
    this.folder = folder;
    this.thumbnails = new ThumbnailStore(folder.thumbsDb());
    this.items = new ItemStore(folder.db());
  }

  @Override
  public Optional<BufferedImage> thumbnail(long itemId) throws Exception {
    var stored = thumbnails.get(itemId);
    return stored.isEmpty()
        ? Optional.empty()
        : Optional.of(Thumbnailer.readThumbnail(stored.get().jpeg()));
  }

  @Override
  public Optional<BufferedImage> thumbnailForBlur(long itemId) throws Exception {
    Optional<byte[]> seed = thumbnails.veil(itemId);
    if (seed.isPresent()) {
      try {
        return Optional.of(VeilSeed.decode(seed.get()).image());
      } catch (org.veil.media.MediaException damaged) {
        // blur from the thumbnail itself, as for cases made before seeds
      }
    }
    var stored = thumbnails.get(itemId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Thumbnailer.readThumbnailForBlur(stored.get().jpeg()));
  }

  /** The last video's strip: its tiles ask for their frames one by one, the video is read once. */
  private record Strip(long itemId, int count, java.util.List<BufferedImage> frames) {}

  private volatile Strip lastStrip;

  @Override
  public synchronized Optional<BufferedImage> frame(long itemId, int index, int count)
      throws Exception {
    Strip strip = lastStrip;
    if (strip == null || strip.itemId() != itemId || strip.count() != count) {
      Optional<Item> found = items.get(itemId);
      if (found.isEmpty() || found.get().kind() != MediaKind.VIDEO) {
        return Optional.empty();
      }
      byte[] bytes = ItemContent.read(folder, found.get());
      strip = new Strip(itemId, count, org.veil.media.VideoFrames.strip(bytes, count));
      lastStrip = strip;
    }
    return index < strip.frames().size()
        ? Optional.of(strip.frames().get(index))
        : Optional.empty();
  }

  @Override
  public Optional<BufferedImage> large(long itemId, int minSide) throws Exception {
    Optional<Item> found = items.get(itemId);
    if (found.isEmpty() || found.get().kind() != MediaKind.IMAGE) {
      return Optional.empty();
    }
    Item item = found.get();
    byte[] bytes = ItemContent.read(folder, item);
    BufferedImage image = ImageDecoder.decode(bytes, minSide).image();
    Integer orientation = item.summary().orientation();
    return Optional.of(
        orientation == null || orientation == 1 ? image : Orientation.apply(image, orientation));
  }
}

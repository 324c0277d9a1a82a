package org.veil.ui.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.veil.model.ItemFilter;
import org.veil.model.ItemPlace;
import org.veil.model.ItemTime;
import org.veil.store.InsightQuery;
import org.veil.task.BackgroundTask;
import org.veil.ui.review.ReviewFilter;
import org.veil.ui.review.ReviewViewModel;

/**
 * The timeline and the map of one open case, tied to its review: brushing days on the timeline sets
 * the gallery's "Taken" filter, and removing that filter clears the brush.
 */
public final class InsightViews {
  private final ReviewViewModel review;
  private final TimelineViewModel timeline;
  private final MapViewModel map = new MapViewModel();
  private boolean loaded;

  public InsightViews(ReviewViewModel review) {
    this.review = review;
    ZoneId zone = review.openCase().folder().info().timeZone();
    this.timeline = new TimelineViewModel(zone);
    timeline.onBrush(range -> filterGallery(review, range));
    review
        .filterProperty()
        .addListener(
            (obs, old, now) -> {
              if (now.items().takenFrom() == null && now.items().takenTo() == null) {
                timeline.forgetBrush();
              }
            });
    review.ingestingProperty().addListener((obs, old, now) -> reloadAfterIngest(now));
  }

  /** Evidence added since the data was read: read it again (when it was read at all). */
  private void reloadAfterIngest(boolean ingesting) {
    if (!ingesting && loaded) {
      loaded = false;
      load();
    }
  }

  /** The gallery hook: a brushed range of days becomes the "Taken" filter; null removes it. */
  static void filterGallery(ReviewViewModel review, TimelineViewModel.DayRange range) {
    ReviewFilter current = review.filterProperty().get();
    ItemFilter items =
        range == null
            ? current.items().withTaken(null, null)
            : current.items().withTaken(range.from().toString(), range.to().toString());
    review.setFilter(current.withItems(items));
  }

  /** Reads the times and places once, off the UI thread. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    InsightQuery query = new InsightQuery(review.openCase().folder().db());
    review
        .openCase()
        .tasks()
        .submit(
            BackgroundTask.of(
                    "insight",
                    context -> new Facts(query.takenTimes(), query.messageTimes(), query.places()))
                .onSuccess(
                    facts -> {
                      timeline.load(facts.taken(), facts.sent());
                      map.load(facts.places());
                      map.fitItems();
                    }));
  }

  private record Facts(List<ItemTime> taken, List<Instant> sent, List<ItemPlace> places) {}

  public TimelineViewModel timeline() {
    return timeline;
  }

  public MapViewModel map() {
    return map;
  }

  public ReviewViewModel review() {
    return review;
  }
}

package org.veil.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.store.CaseFolder;
import org.veil.store.InsightQuery;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.ReviewCases;
import org.veil.ui.Settings;
import org.veil.ui.media.PictureSource;
import org.veil.ui.review.ReviewViewModel;

/** The timeline and the map on a real (generated) case, tied to its review's filter. */
class InsightViewsTest {
  /** No pictures are decoded: these tests are about times and places, not images. */
  static final PictureSource NO_PICTURES =
      new PictureSource() {
        @Override
        public java.util.Optional<java.awt.image.BufferedImage> thumbnail(long itemId) {
          return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<java.awt.image.BufferedImage> large(long itemId, int minSide) {
          return java.util.Optional.empty();
        }
      };

  @Test
  void brushingDaysFiltersTheGalleryToExactlyThosePictures(@TempDir Path temp) throws Exception {
    CaseFolder folder = ReviewCases.create(temp.resolve("Insight.veil"), 30);
    try (ReviewViewModel review =
        new ReviewViewModel(
            new OpenCase(folder, TaskRunner.sameThread()),
            Settings.load(temp.resolve("home")),
            NO_PICTURES,
            Runnable::run,
            Clock.systemUTC())) {
      review.load();
      int all = review.ids().size();
      InsightViews views = new InsightViews(review);
      views.load();
      TimelineViewModel timeline = views.timeline();
      int dated = new InsightQuery(folder.db()).takenTimes().size();
      assertTrue(dated > 0);
      assertEquals(dated, timeline.mediaCount() + timeline.unreadable());

      // ReviewCases dates: 2024-0(1 + i % 9)-1(i % 10); March 2024 holds i = 2, 11, 20, 29
      TimelineViewModel.DayRange march =
          new TimelineViewModel.DayRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
      TimelineViewModel.Span span = timeline.seconds(march);
      timeline.brush(span.from(), span.to());
      assertEquals("2024-03-01", review.filterProperty().get().items().takenFrom());
      assertEquals("2024-03-31", review.filterProperty().get().items().takenTo());
      Set<Long> shown = new HashSet<>(review.ids());
      Set<Long> brushed =
          Arrays.stream(timeline.mediaIn(march)).boxed().collect(Collectors.toSet());
      assertEquals(brushed, shown, "the bars and the gallery agree");
      assertEquals(4, shown.size());

      review.removeChip("taken");
      assertNull(timeline.brushedProperty().get(), "removing the chip clears the brush");
      assertEquals(all, review.ids().size());

      timeline.brush(span.from(), span.to());
      timeline.clearBrush();
      assertNull(review.filterProperty().get().items().takenFrom());
      assertEquals(all, review.ids().size());

      MapViewModel map = views.map();
      assertEquals(15, map.places().size(), "even items have GPS");
      map.resize(720, 360);
      map.showWorld();
      assertEquals(1, map.clusters().size(), "all near Seoul at world zoom");
      assertEquals(15, map.clusters().getFirst().count());
    }
  }
}

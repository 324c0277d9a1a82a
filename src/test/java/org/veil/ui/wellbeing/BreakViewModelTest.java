package org.veil.ui.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.task.TaskRunner;
import org.veil.ui.OpenCase;
import org.veil.ui.ReviewCases;
import org.veil.ui.Settings;
import org.veil.ui.media.PictureSource;
import org.veil.ui.review.ReviewViewModel;

/** The reminder as the status bar and the prompt see it, on a hand-moved clock. */
class BreakViewModelTest {
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

  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-03-01T09:00:00Z");

    void forward(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();

  /** One action a minute for {@code minutes} minutes. */
  private void review(BreakViewModel model, int minutes) {
    for (int i = 0; i < minutes; i++) {
      clock.forward(Duration.ofMinutes(1));
      model.activity();
    }
  }

  @Test
  void promptsAfterTheIntervalOfContinuousReview() {
    BreakViewModel model = new BreakViewModel(clock, 50);
    model.activity();
    review(model, 49);
    assertFalse(model.promptProperty().get());
    assertEquals("Reviewed 49 min", model.reviewedProperty().get());
    review(model, 1);
    assertTrue(model.promptProperty().get());
    assertEquals(
        "You have been reviewing for 50 minutes. Step away for a few minutes?",
        model.promptTextProperty().get());
  }

  @Test
  void remindLaterAsksAgainAfterAnotherInterval() {
    BreakViewModel model = new BreakViewModel(clock, 50);
    model.activity();
    review(model, 50);
    model.remindLater();
    assertFalse(model.promptProperty().get());
    review(model, 49);
    assertFalse(model.promptProperty().get());
    review(model, 1);
    assertTrue(model.promptProperty().get());
    assertEquals("Reviewed 1 h 40 min", model.reviewedProperty().get());
  }

  @Test
  void takingABreakStartsANewStretchButKeepsTheSessionTime() {
    BreakViewModel model = new BreakViewModel(clock, 50);
    model.activity();
    review(model, 50);
    model.takeBreak();
    assertFalse(model.promptProperty().get());
    clock.forward(Duration.ofMinutes(10));
    model.activity();
    review(model, 20);
    assertFalse(model.promptProperty().get());
    assertEquals(Duration.ofMinutes(70), model.reviewedThisSession());
  }

  @Test
  void aLongPauseCountsAsTheBreakAndIsNotReviewTime() {
    BreakViewModel model = new BreakViewModel(clock, 50);
    model.activity();
    review(model, 50);
    assertTrue(model.promptProperty().get());
    clock.forward(Duration.ofMinutes(6));
    model.refresh();
    assertFalse(model.promptProperty().get(), "the analyst stepped away");
    model.activity();
    assertEquals(Duration.ofMinutes(50), model.reviewedThisSession());
  }

  @Test
  void zeroMinutesNeverPromptsButStillCountsAndANewIntervalKeepsTheTime() {
    BreakViewModel model = new BreakViewModel(clock, 0);
    model.activity();
    review(model, 120);
    assertFalse(model.promptProperty().get());
    assertEquals("Reviewed 2 h 00 min", model.reviewedProperty().get());
    model.setMinutes(10);
    model.activity();
    review(model, 10);
    assertTrue(model.promptProperty().get());
    assertEquals(Duration.ofMinutes(130), model.reviewedThisSession());
  }

  @Test
  void reviewNavigationRevealAndCategoriesFeedTheReminder(@TempDir Path temp) throws Exception {
    var folder = ReviewCases.create(temp.resolve("Breaks.veil"), 6);
    try (ReviewViewModel review =
        new ReviewViewModel(
            new OpenCase(folder, TaskRunner.sameThread()),
            Settings.load(temp.resolve("home")),
            NO_PICTURES,
            Runnable::run,
            clock)) {
      review.load();
      BreakViewModel model = new BreakViewModel(clock, 3);
      model.watch(review);
      model.activity(); // the case opened
      clock.forward(Duration.ofMinutes(1));
      review.move(1, false); // navigation
      clock.forward(Duration.ofMinutes(1));
      review.toggleReveal("gallery"); // reveal
      assertEquals(Duration.ofMinutes(2), model.reviewedThisSession());
      assertFalse(model.promptProperty().get());
      clock.forward(Duration.ofMinutes(1));
      review.categorise(1); // a category
      assertEquals(Duration.ofMinutes(3), model.reviewedThisSession());
      assertTrue(model.promptProperty().get());
    }
  }
}

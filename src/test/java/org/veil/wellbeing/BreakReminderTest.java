package org.veil.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BreakReminderTest {
  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();

  /** One action a minute for {@code minutes} minutes. */
  private void review(BreakReminder reminder, int minutes) {
    for (int i = 0; i < minutes; i++) {
      clock.advance(Duration.ofMinutes(1));
      reminder.activity();
    }
  }

  @Test
  void fiftyMinutesOfContinuousReviewBringTheReminderAndNotBefore() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 49);
    assertFalse(reminder.due());
    assertEquals(Duration.ofMinutes(49), reminder.continuousReview());
    review(reminder, 1);
    assertTrue(reminder.due());
    assertEquals(Duration.ofMinutes(50), reminder.reviewedThisSession());
  }

  @Test
  void aPauseLongerThanFiveMinutesStartsANewStretchAndIsNotCountedAsReview() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 40);
    clock.advance(Duration.ofMinutes(6));
    assertEquals(Duration.ZERO, reminder.continuousReview(), "the pause ended the stretch");
    reminder.activity();
    review(reminder, 40);
    assertFalse(reminder.due(), "40 + 40 minutes in two stretches");
    assertEquals(Duration.ofMinutes(80), reminder.reviewedThisSession());
    review(reminder, 10);
    assertTrue(reminder.due());
  }

  @Test
  void aShortPauseKeepsTheStretchGoing() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 30);
    clock.advance(Duration.ofMinutes(4));
    reminder.activity();
    review(reminder, 16);
    assertTrue(reminder.due(), "30 + 4 + 16 minutes without a real pause");
    assertEquals(Duration.ofMinutes(50), reminder.reviewedThisSession());
  }

  @Test
  void dismissingAsksAgainAfterAnotherInterval() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 50);
    assertTrue(reminder.due());
    reminder.dismiss();
    assertFalse(reminder.due());
    review(reminder, 49);
    assertFalse(reminder.due());
    review(reminder, 1);
    assertTrue(reminder.due());
  }

  @Test
  void takingABreakStartsAfresh() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 55);
    assertTrue(reminder.due());
    reminder.tookBreak();
    assertFalse(reminder.due());
    assertEquals(Duration.ZERO, reminder.continuousReview());
    clock.advance(Duration.ofMinutes(2));
    reminder.activity();
    review(reminder, 10);
    assertFalse(reminder.due());
    assertEquals(Duration.ofMinutes(65), reminder.reviewedThisSession(), "55 + 10, break excluded");
  }

  @Test
  void theReminderIsNotDueWhileTheAnalystIsAway() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 50);
    clock.advance(Duration.ofMinutes(10));
    assertFalse(reminder.due(), "they already stepped away");
  }

  @Test
  void zeroMinutesTurnsItOffButStillCountsTime() {
    BreakReminder reminder = new BreakReminder(clock, 0);
    assertFalse(reminder.on());
    reminder.activity();
    review(reminder, 300);
    assertFalse(reminder.due());
    assertEquals(Duration.ofMinutes(300), reminder.reviewedThisSession());
  }

  @Test
  void aClockThatJumpsBackDoesNotAddNegativeTime() {
    BreakReminder reminder = new BreakReminder(clock, 50);
    reminder.activity();
    review(reminder, 10);
    clock.advance(Duration.ofMinutes(-30));
    reminder.activity();
    review(reminder, 5);
    assertEquals(Duration.ofMinutes(15), reminder.reviewedThisSession());
  }
}

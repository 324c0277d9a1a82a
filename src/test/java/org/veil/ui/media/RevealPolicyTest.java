package org.veil.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealPolicyTest {
  record Event(
      long item, String surface, RevealPolicy.Mode mode, Instant start, Duration d, int n) {}

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(long millis) {
      now = now.plusMillis(millis);
    }
  }

  private final HandClock clock = new HandClock();
  private final List<Event> events = new ArrayList<>();
  private final RevealPolicy policy =
      new RevealPolicy(clock, (i, s, m, st, d, n) -> events.add(new Event(i, s, m, st, d, n)));

  @Test
  void nothingIsRevealedByDefault() {
    assertFalse(policy.isRevealed(1));
    assertEquals(RevealPolicy.NONE, policy.revealedItemProperty().get());
  }

  @Test
  void holdRevealsUntilReleasedAndRecordsTheDuration() {
    Instant start = clock.instant();
    policy.hold(7, "gallery");
    assertTrue(policy.isRevealed(7));
    assertFalse(policy.isRevealed(8));
    clock.advance(1500);
    policy.release();
    assertFalse(policy.isRevealed(7));
    assertEquals(
        List.of(new Event(7, "gallery", RevealPolicy.Mode.HOLD, start, Duration.ofMillis(1500), 1)),
        events);
  }

  @Test
  void toggleStaysUntilToggledOffAndReleaseDoesNotEndIt() {
    policy.toggle(3, "preview");
    policy.release();
    assertTrue(policy.isRevealed(3));
    clock.advance(200);
    policy.toggle(3, "preview");
    assertFalse(policy.isRevealed(3));
    assertEquals(1, events.size());
    assertEquals(RevealPolicy.Mode.TOGGLE, events.getFirst().mode());
    assertEquals(200, events.getFirst().d().toMillis());
  }

  @Test
  void movingTheSelectionReblurs() {
    policy.toggle(3, "gallery");
    policy.selectionMoved(3);
    assertTrue(policy.isRevealed(3), "staying on the same item keeps it");
    policy.selectionMoved(4);
    assertFalse(policy.isRevealed(3));
    assertFalse(policy.isRevealed(4));
    assertEquals(1, events.size());
  }

  @Test
  void revealAllIsOneEventWithTheItemCount() {
    policy.revealAll("gallery", 42);
    assertTrue(policy.isRevealed(1) && policy.isRevealed(99));
    policy.hold(5, "gallery"); // already visible: no second reveal
    clock.advance(3000);
    policy.end();
    assertFalse(policy.isRevealed(1));
    assertEquals(
        List.of(
            new Event(
                RevealPolicy.NONE,
                "gallery",
                RevealPolicy.Mode.ALL,
                clock.instant().minusMillis(3000),
                Duration.ofMillis(3000),
                42)),
        events);
  }

  @Test
  void aSecondHoldEndsTheFirstRevealFirst() {
    policy.hold(1, "gallery");
    clock.advance(10);
    policy.hold(2, "gallery");
    assertFalse(policy.isRevealed(1));
    assertTrue(policy.isRevealed(2));
    assertEquals(1, events.size());
    assertEquals(1, events.getFirst().item());
  }

  @Test
  void endWithoutARevealRecordsNothing() {
    policy.end();
    policy.release();
    policy.hold(RevealPolicy.NONE, "gallery");
    assertTrue(events.isEmpty());
  }
}

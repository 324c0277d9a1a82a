package org.veil.wellbeing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts review time and says when to suggest a break. The workstation calls {@link #activity()} on
 * every review action (a move, a reveal, a category); a pause longer than {@link
 * #PAUSE_ENDS_STRETCH} ends a stretch of continuous review, and pauses are not counted as time
 * reviewed. After {@code minutes} of one stretch the reminder is {@link #due()}; dismissing it asks
 * again after another full interval. Not thread-safe: the UI thread owns it.
 */
public final class BreakReminder {
  /** Five quiet minutes end a stretch: the analyst has looked away from the material. */
  public static final Duration PAUSE_ENDS_STRETCH = Duration.ofMinutes(5);

  private final Clock clock;
  private final Duration interval;
  private Duration reviewed = Duration.ZERO;
  private Instant stretchStart;
  private Instant lastActivity;
  private Instant remindAt;

  /**
   * @param minutes minutes of continuous review before a reminder; 0 or less never reminds
   */
  public BreakReminder(Clock clock, int minutes) {
    this.clock = clock;
    this.interval = minutes > 0 ? Duration.ofMinutes(minutes) : null;
  }

  public boolean on() {
    return interval != null;
  }

  /** The analyst did something in a review view. */
  public void activity() {
    Instant now = clock.instant();
    if (lastActivity != null && !now.isBefore(lastActivity) && !pausedSince(now)) {
      reviewed = reviewed.plus(Duration.between(lastActivity, now));
    } else {
      stretchStart = now;
      remindAt = interval == null ? null : now.plus(interval);
    }
    lastActivity = now;
  }

  /** Time reviewed since the workstation started, pauses left out: what the status bar shows. */
  public Duration reviewedThisSession() {
    return reviewed;
  }

  /** The current stretch, or zero when the last action is older than a pause. */
  public Duration continuousReview() {
    Instant now = clock.instant();
    if (lastActivity == null || pausedSince(now)) {
      return Duration.ZERO;
    }
    return Duration.between(stretchStart, lastActivity);
  }

  /** True once the stretch has lasted the interval, until dismissed or a break is taken. */
  public boolean due() {
    Instant now = clock.instant();
    return remindAt != null
        && lastActivity != null
        && !pausedSince(now)
        && !lastActivity.isBefore(remindAt);
  }

  /** "Not now": ask again after another full interval of this stretch. */
  public void dismiss() {
    if (interval != null && lastActivity != null) {
      remindAt = lastActivity.plus(interval);
    }
  }

  /** The analyst stepped away: the next action starts a new stretch. */
  public void tookBreak() {
    lastActivity = null;
    stretchStart = null;
    remindAt = null;
  }

  private boolean pausedSince(Instant now) {
    return Duration.between(lastActivity, now).compareTo(PAUSE_ENDS_STRETCH) > 0;
  }
}

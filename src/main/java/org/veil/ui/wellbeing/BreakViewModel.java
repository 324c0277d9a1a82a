package org.veil.ui.wellbeing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.veil.prefs.PreferencesFile;
import org.veil.ui.I18n;
import org.veil.ui.review.ReviewViewModel;
import org.veil.wellbeing.BreakReminder;

/**
 * The break reminder as the workstation shows it: the time reviewed this session for the status
 * bar, and a gentle prompt once a stretch of continuous review reaches the analyst's interval. One
 * per workstation window, so the time survives opening another case. UI thread only.
 */
public final class BreakViewModel {
  private final Clock clock;
  private BreakReminder reminder;
  private Duration earlier = Duration.ZERO; // reviewed under a previous interval setting
  private final ReadOnlyStringWrapper reviewed = new ReadOnlyStringWrapper(text(Duration.ZERO));
  private final ReadOnlyBooleanWrapper prompt = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper promptText = new ReadOnlyStringWrapper("");

  /**
   * @param minutes minutes of continuous review before the prompt; 0 turns it off
   */
  public BreakViewModel(Clock clock, int minutes) {
    this.clock = clock;
    this.reminder = new BreakReminder(clock, minutes);
  }

  /** The workstation's reminder: the interval from the analyst's preferences under {@code home}. */
  public static BreakViewModel standard(Path home) {
    return new BreakViewModel(
        Clock.systemUTC(),
        new PreferencesFile(home, Locale.getDefault()).load().breakReminderMinutes());
  }

  /** Feeds the reminder from a review: moving, revealing and marking count as reviewing. */
  public void watch(ReviewViewModel review) {
    review.focusItemProperty().addListener((obs, old, now) -> activity());
    review.reveal().revealedItemProperty().addListener((obs, old, now) -> activity());
    review.reveal().allRevealedProperty().addListener((obs, old, now) -> activity());
    review.marksVersionProperty().addListener((obs, old, now) -> activity());
  }

  /** The analyst did something in a review view. */
  public void activity() {
    reminder.activity();
    refresh();
    if (reminder.on() && reminder.due() && !prompt.get()) {
      long minutes = reminder.continuousReview().toMinutes();
      promptText.set(I18n.format("break.prompt", minutes));
      prompt.set(true);
    }
  }

  /**
   * Brings the status text up to date and drops a prompt the analyst already acted on by pausing.
   */
  public void refresh() {
    reviewed.set(text(reviewedThisSession()));
    if (prompt.get() && !reminder.due()) {
      prompt.set(false); // a long pause is the break the prompt asked for
    }
  }

  /** "Take a break": the next action starts a new stretch. */
  public void takeBreak() {
    reminder.tookBreak();
    prompt.set(false);
  }

  /** "Remind me later": ask again after another full interval. */
  public void remindLater() {
    reminder.dismiss();
    prompt.set(false);
  }

  /** A new interval from the preferences; the time reviewed so far is kept. */
  public void setMinutes(int minutes) {
    earlier = earlier.plus(reminder.reviewedThisSession());
    reminder = new BreakReminder(clock, minutes);
    prompt.set(false);
    refresh();
  }

  public Duration reviewedThisSession() {
    return earlier.plus(reminder.reviewedThisSession());
  }

  /** "Reviewed 1 h 05 min" for the status bar. */
  public ReadOnlyStringProperty reviewedProperty() {
    return reviewed.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty promptProperty() {
    return prompt.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty promptTextProperty() {
    return promptText.getReadOnlyProperty();
  }

  static String text(Duration reviewed) {
    long minutes = reviewed.toMinutes();
    return minutes < 60
        ? I18n.format("break.reviewed", minutes)
        : I18n.format("break.reviewedHours", minutes / 60, String.format("%02d", minutes % 60));
  }
}

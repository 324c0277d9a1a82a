package org.veil.ui.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Who may see what, sharp: nothing by default. One item is revealed while Space or the mouse is
 * held, or until toggled off; moving the selection re-blurs it. "Reveal all" unveils a whole view
 * after a confirmation the caller asks for. Every reveal, when it ends, is handed to the {@link
 * Recorder} with its start and duration, for the audit log.
 */
public final class RevealPolicy {
  /** No item is revealed. */
  public static final long NONE = -1;

  /** How a reveal was asked for. */
  public enum Mode {
    HOLD,
    TOGGLE,
    ALL
  }

  /** Receives each finished reveal; {@code itemId} is {@link #NONE} for a reveal-all. */
  @FunctionalInterface
  public interface Recorder {
    void revealed(
        long itemId, String surface, Mode mode, Instant start, Duration duration, int itemCount);
  }

  private final Clock clock;
  private final Recorder recorder;
  private final ReadOnlyLongWrapper revealedItem = new ReadOnlyLongWrapper(NONE);
  private final ReadOnlyBooleanWrapper allRevealed = new ReadOnlyBooleanWrapper(false);
  private Mode mode;
  private String surface;
  private Instant start;
  private int allCount;

  public RevealPolicy(Clock clock, Recorder recorder) {
    this.clock = clock;
    this.recorder = recorder;
  }

  /** The item shown sharp everywhere it appears, or {@link #NONE}. */
  public ReadOnlyLongProperty revealedItemProperty() {
    return revealedItem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty allRevealedProperty() {
    return allRevealed.getReadOnlyProperty();
  }

  public boolean isRevealed(long itemId) {
    return allRevealed.get() || (itemId != NONE && revealedItem.get() == itemId);
  }

  /** Space or a mouse button went down over {@code itemId}. */
  public void hold(long itemId, String where) {
    if (itemId == NONE || allRevealed.get() || revealedItem.get() == itemId) {
      return;
    }
    end();
    begin(itemId, where, Mode.HOLD);
  }

  /** Space or the mouse button came up: a held reveal ends, a toggled one stays. */
  public void release() {
    if (mode == Mode.HOLD) {
      end();
    }
  }

  /** The reveal shortcut: on for {@code itemId}, or off when it is already revealed. */
  public void toggle(long itemId, String where) {
    if (itemId == NONE) {
      return;
    }
    if (revealedItem.get() == itemId) {
      end();
    } else if (!allRevealed.get()) {
      end();
      begin(itemId, where, Mode.TOGGLE);
    }
  }

  /** The selection moved: whatever was revealed for one item is blurred again. */
  public void selectionMoved(long newItemId) {
    if (revealedItem.get() != NONE && revealedItem.get() != newItemId) {
      end();
    }
  }

  /** Reveals every item in a view; the caller has asked the analyst to confirm. */
  public void revealAll(String view, int itemCount) {
    end();
    mode = Mode.ALL;
    surface = view;
    start = clock.instant();
    allCount = itemCount;
    allRevealed.set(true);
  }

  /** Ends any reveal and records it. */
  public void end() {
    if (mode == null) {
      return;
    }
    Duration duration = Duration.between(start, clock.instant());
    long item = revealedItem.get();
    Mode ended = mode;
    String where = surface;
    Instant began = start;
    int count = ended == Mode.ALL ? allCount : 1;
    mode = null;
    surface = null;
    start = null;
    revealedItem.set(NONE);
    allRevealed.set(false);
    recorder.revealed(ended == Mode.ALL ? NONE : item, where, ended, began, duration, count);
  }

  private void begin(long itemId, String where, Mode how) {
    mode = how;
    surface = where;
    start = clock.instant();
    revealedItem.set(itemId);
  }
}

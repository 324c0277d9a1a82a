package org.veil.model;

/** How a review lists items; ties fall back to id order so the listing is stable. */
public record ItemOrder(Key key, boolean ascending) {
  public static final ItemOrder DEFAULT = new ItemOrder(Key.ID, true);

  /** Columns a listing can be sorted by. {@code PATH} is what the "name" column sorts on. */
  public enum Key {
    ID,
    PATH,
    SIZE,
    TYPE,
    TAKEN,
    CAMERA,
    STATE
  }
}

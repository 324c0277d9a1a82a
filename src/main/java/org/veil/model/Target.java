package org.veil.model;

/**
 * A media item or a chat message, by its row id; written {@code item:12} or {@code message:7} in
 * audit targets.
 */
public record Target(TargetKind kind, long id) {
  public Target {
    if (kind == null) {
      throw new IllegalArgumentException("a target needs a kind");
    }
    if (id <= 0) {
      throw new IllegalArgumentException("a target id must be positive, not " + id);
    }
  }

  public static Target item(long id) {
    return new Target(TargetKind.ITEM, id);
  }

  public static Target message(long id) {
    return new Target(TargetKind.MESSAGE, id);
  }

  /** Reads {@code item:12} or {@code message:7}. */
  public static Target parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not a target (kind:id): " + text);
    }
    try {
      return new Target(
          TargetKind.of(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a target (kind:id): " + text, e);
    }
  }

  @Override
  public String toString() {
    return kind.label() + ":" + id;
  }
}

package org.veil.model;

import java.util.Optional;

/** Gallery tile sizes; the letters are what the toolbar shows and the file keeps. */
public enum ThumbnailSize {
  S(96),
  M(160),
  L(256);

  private final int pixels;

  ThumbnailSize(int pixels) {
    this.pixels = pixels;
  }

  /** The longer side of a tile's picture. */
  public int pixels() {
    return pixels;
  }

  public static Optional<ThumbnailSize> ofLetter(String letter) {
    for (ThumbnailSize size : values()) {
      if (size.name().equalsIgnoreCase(letter == null ? "" : letter.trim())) {
        return Optional.of(size);
      }
    }
    return Optional.empty();
  }
}

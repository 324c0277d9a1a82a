package org.veil.media;

/**
 * A picture or video that could not be read, with a reason an analyst can read in the item list
 * ("JPEG data is truncated or corrupt: ..."). Checked, so every caller decides what a failed item
 * means for it.
 */
public final class MediaException extends Exception {
  public MediaException(String reason) {
    super(reason);
  }

  public MediaException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

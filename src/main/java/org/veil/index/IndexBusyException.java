package org.veil.index;

import java.io.IOException;

/** Another writer (another Veil window or command) holds the case index. */
public final class IndexBusyException extends IOException {
  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}

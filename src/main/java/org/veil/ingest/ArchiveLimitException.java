package org.veil.ingest;

import java.io.IOException;

/** A member or archive crossed a safety limit; {@code fatal} stops the whole archive. */
final class ArchiveLimitException extends IOException {
  private final boolean fatal;

  ArchiveLimitException(String message, boolean fatal) {
    super(message);
    this.fatal = fatal;
  }

  boolean fatal() {
    return fatal;
  }
}

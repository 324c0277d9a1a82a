package org.veil.store;

/** Another Veil process (or window) has the case open. */
public final class CaseLockedException extends CaseException {
  public CaseLockedException(String message) {
    super(message);
  }
}

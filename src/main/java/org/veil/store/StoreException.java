package org.veil.store;

/** A database failure after the case was opened; unchecked because callers cannot repair it. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

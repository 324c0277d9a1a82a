package org.veil.store;

/** A case folder that cannot be created, opened or used; the message is for the analyst. */
public class CaseException extends Exception {
  public CaseException(String message) {
    super(message);
  }

  public CaseException(String message, Throwable cause) {
    super(message, cause);
  }
}

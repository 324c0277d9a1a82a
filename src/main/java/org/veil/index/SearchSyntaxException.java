package org.veil.index;

/** The analyst's query text could not be understood; the message says where and why. */
public final class SearchSyntaxException extends IllegalArgumentException {
  public SearchSyntaxException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchSyntaxException(String message) {
    super(message);
  }
}

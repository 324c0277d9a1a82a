package org.veil.chat;

/** An export that cannot be read, or the point where a broken export could no longer be read. */
public final class ChatParseException extends Exception {

  public ChatParseException(String message) {
    super(message);
  }

  public ChatParseException(String message, Throwable cause) {
    super(message, cause);
  }
}

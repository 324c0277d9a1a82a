package org.veil.chat;

import org.veil.model.Chat;
import org.veil.model.Message;
import org.veil.model.Participant;

/**
 * Receives what a {@link ChatParser} reads, as it reads it. All calls come from the parser's
 * thread, in export order, so an implementation needs no locking.
 */
public interface ChatSink {

  /** A chat starts; its messages follow. The chat's {@code id} is unused (0). */
  void chat(Chat chat);

  /**
   * A sender seen for the first time, or seen again under a new display name (display names over
   * time): the pair (platformId, displayName) is announced once per parse.
   */
  void participant(Participant participant);

  /** A message of the chat last announced by {@link #chat(Chat)}. */
  void message(Message message);

  /**
   * A tolerated problem: something was skipped, repaired or kept in a degraded form.
   *
   * @param where the location in the export (file, line, offset, message id)
   * @param reason what happened and what was kept
   */
  void skipped(String where, String reason);
}

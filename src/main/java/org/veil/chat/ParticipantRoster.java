package org.veil.chat;

import java.util.HashSet;
import java.util.Set;
import org.veil.model.Participant;

/**
 * Announces each (platform id, display name) pair once per parse, so renames over time reach the
 * sink while repeated senders cost nothing. Grows with the number of people, not of messages.
 */
final class ParticipantRoster {
  private final String platform;
  private final ChatSink sink;
  private final Set<String> seen = new HashSet<>();

  ParticipantRoster(String platform, ChatSink sink) {
    this.platform = platform;
    this.sink = sink;
  }

  void seen(String platformId, String username, String displayName) {
    if (platformId == null || platformId.isEmpty()) {
      return;
    }
    String key = platformId + '\u0000' + displayName + '\u0000' + username;
    if (seen.add(key)) {
      sink.participant(new Participant(0, platform, platformId, username, displayName));
    }
  }
}

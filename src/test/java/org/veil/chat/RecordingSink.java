package org.veil.chat;

import java.util.ArrayList;
import java.util.List;
import org.veil.model.Chat;
import org.veil.model.Message;
import org.veil.model.Participant;

/** Keeps everything a parser delivered, in order, for assertions. */
final class RecordingSink implements ChatSink {
  record Skip(String where, String reason) {}

  final List<Chat> chats = new ArrayList<>();
  final List<Participant> participants = new ArrayList<>();
  final List<Message> messages = new ArrayList<>();
  final List<Integer> chatOfMessage = new ArrayList<>();
  final List<Skip> skipped = new ArrayList<>();

  @Override
  public void chat(Chat chat) {
    chats.add(chat);
  }

  @Override
  public void participant(Participant participant) {
    participants.add(participant);
  }

  @Override
  public void message(Message message) {
    if (chats.isEmpty()) {
      throw new AssertionError("message before any chat: " + message);
    }
    messages.add(message);
    chatOfMessage.add(chats.size() - 1);
  }

  @Override
  public void skipped(String where, String reason) {
    skipped.add(new Skip(where, reason));
  }

  List<Message> messagesOf(int chat) {
    List<Message> of = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (chatOfMessage.get(i) == chat) {
        of.add(messages.get(i));
      }
    }
    return of;
  }

  Message byId(String externalId) {
    return messages.stream()
        .filter(m -> m.externalId().equals(externalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message " + externalId));
  }

  boolean reported(String reasonPart) {
    return skipped.stream().anyMatch(s -> s.reason().contains(reasonPart));
  }
}

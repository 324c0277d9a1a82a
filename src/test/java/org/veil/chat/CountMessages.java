package org.veil.chat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.model.Chat;
import org.veil.model.Message;
import org.veil.model.Participant;

/**
 * Run in a child JVM with a small heap by {@link LargeTelegramExportTest}: parses an export with a
 * sink that keeps nothing and writes the counts to a file.
 */
public final class CountMessages {
  private CountMessages() {}

  public static void main(String[] args) throws Exception {
    long[] counts = new long[4];
    ChatSink counting =
        new ChatSink() {
          @Override
          public void chat(Chat chat) {
            counts[0]++;
          }

          @Override
          public void participant(Participant participant) {
            counts[1]++;
          }

          @Override
          public void message(Message message) {
            counts[2]++;
          }

          @Override
          public void skipped(String where, String reason) {
            counts[3]++;
          }
        };
    new TelegramJsonParser().parse(Path.of(args[0]), counting);
    Files.writeString(
        Path.of(args[1]), counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
  }
}

package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.chat.ChatFormat;
import org.veil.chat.ChatFormats;
import org.veil.chat.ChatSink;
import org.veil.model.Chat;
import org.veil.model.Message;
import org.veil.model.Participant;

class SyntheticTelegramExportTest {
  @TempDir Path dir;

  @Test
  void sameSettingsGiveTheSameBytes() throws Exception {
    assertArrayEquals(
        bytes(new SyntheticTelegramExport(500, 40, 3, 7)),
        bytes(new SyntheticTelegramExport(500, 40, 3, 7)));
    assertFalse(
        java.util.Arrays.equals(
            bytes(new SyntheticTelegramExport(500, 40, 3, 7)),
            bytes(new SyntheticTelegramExport(500, 40, 3, 8))));
  }

  @Test
  void parsesBackAsAWholeAccountExportWithEverythingItPromises() throws Exception {
    SyntheticTelegramExport synth = new SyntheticTelegramExport(3_000, 50, 4, 1).withMediaFiles();
    Path json = synth.writeTo(dir);
    assertEquals(java.util.Optional.of(ChatFormat.TELEGRAM_JSON), ChatFormats.detect(dir));

    List<Chat> chats = new ArrayList<>();
    List<Message> messages = new ArrayList<>();
    Set<String> senders = new HashSet<>();
    List<String> skipped = new ArrayList<>();
    ChatFormats.parser(ChatFormat.TELEGRAM_JSON)
        .parse(
            json,
            new ChatSink() {
              @Override
              public void chat(Chat chat) {
                chats.add(chat);
              }

              @Override
              public void participant(Participant p) {
                senders.add(p.platformId());
              }

              @Override
              public void message(Message m) {
                messages.add(m);
              }

              @Override
              public void skipped(String where, String reason) {
                skipped.add(where + ": " + reason);
              }
            });
    assertTrue(skipped.isEmpty(), skipped.toString());
    assertEquals(4, chats.size());
    assertEquals(synth.roomName(0), chats.getFirst().name());
    assertEquals(3_000, messages.size());
    assertTrue(senders.size() > 40, "senders " + senders.size());
    assertTrue(messages.stream().anyMatch(m -> m.text().contains("사진을 ")));
    assertTrue(messages.stream().anyMatch(m -> m.text().contains("영상이 ")));
    assertTrue(messages.stream().anyMatch(m -> !m.mentions().isEmpty()));
    assertTrue(messages.stream().anyMatch(m -> !m.hashtags().isEmpty()));
    assertTrue(messages.stream().anyMatch(m -> "invite_members".equals(m.action())));
    assertTrue(messages.stream().anyMatch(m -> "join_group_by_link".equals(m.action())));
    // photos were written and are found; videos were not
    long photosPresent =
        messages.stream()
            .flatMap(m -> m.attachments().stream())
            .filter(a -> a.mediaType().equals("photo") && a.present())
            .count();
    assertTrue(photosPresent > 100, "photos " + photosPresent);
    assertTrue(
        messages.stream()
            .flatMap(m -> m.attachments().stream())
            .filter(a -> a.mediaType().equals("video_file"))
            .noneMatch(a -> a.present()));
    assertTrue(
        Files.isRegularFile(
            dir.resolve(
                messages.stream()
                    .flatMap(m -> m.attachments().stream())
                    .filter(a -> a.present())
                    .findFirst()
                    .orElseThrow()
                    .path())));
  }

  @Test
  void particlesFollowTheFinalConsonant() {
    assertEquals("을", SyntheticTelegramExport.objectParticle("사진"));
    assertEquals("를", SyntheticTelegramExport.objectParticle("비디오"));
    assertEquals("이", SyntheticTelegramExport.subjectParticle("영상"));
    assertEquals("는", SyntheticTelegramExport.topicParticle("비디오"));
    assertEquals("은", SyntheticTelegramExport.topicParticle("파일"));
  }

  @Test
  void distinctUsersHaveDistinctNames() {
    SyntheticTelegramExport synth = new SyntheticTelegramExport(0, 5_000, 1, 1);
    Set<String> names = new HashSet<>();
    Set<String> handles = new HashSet<>();
    for (int u = 0; u < 5_000; u++) {
      names.add(synth.displayName(u));
      handles.add(synth.handle(u));
    }
    assertEquals(5_000, names.size());
    assertEquals(5_000, handles.size());
  }

  private static byte[] bytes(SyntheticTelegramExport synth) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    synth.write(out);
    return out.toByteArray();
  }
}

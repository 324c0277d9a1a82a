package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatFormatsTest {
  @TempDir Path dir;

  @Test
  void recognisesTheSharedSamples() {
    assertEquals(
        Optional.of(ChatFormat.TELEGRAM_JSON),
        ChatFormats.detect(Fixtures.shared("telegram/test_single_export.json")));
    assertEquals(
        Optional.of(ChatFormat.TELEGRAM_JSON),
        ChatFormats.detect(Fixtures.shared("telegram/test_batch_export.json")));
    for (String name :
        new String[] {
          "test_[mmddyy]_24hrs.txt", "test_mmddyyyy_12hrs.txt", "test_yyyymmdd_24hrs.txt"
        }) {
      assertEquals(
          Optional.of(ChatFormat.WHATSAPP),
          ChatFormats.detect(Fixtures.shared("whatsapp/" + name)));
    }
    assertEquals(Optional.of(ChatFormat.WHATSAPP), ChatFormats.detect(Fixtures.shared("whatsapp")));
  }

  @Test
  void folderWithResultJsonIsTelegram() throws Exception {
    Files.writeString(dir.resolve("result.json"), "{\"name\": \"x\", \"messages\": []}");
    assertEquals(Optional.of(ChatFormat.TELEGRAM_JSON), ChatFormats.detect(dir));
  }

  @Test
  void unknownAndUnreadableGiveNothing() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "shopping list\nmilk\n", StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), ChatFormats.detect(notes));
    Path json = dir.resolve("other.json");
    Files.writeString(json, "[1, 2, 3]");
    assertEquals(Optional.empty(), ChatFormats.detect(json));
    Path garbage = dir.resolve("garbage.json");
    Files.write(garbage, new byte[] {(byte) 0xff, 0, 1, 2});
    assertEquals(Optional.empty(), ChatFormats.detect(garbage));
    Path fakeZip = dir.resolve("fake.zip");
    Files.writeString(fakeZip, "not a zip");
    assertEquals(Optional.empty(), ChatFormats.detect(fakeZip));
    assertEquals(Optional.empty(), ChatFormats.detect(dir.resolve("missing")));
    assertEquals(Optional.empty(), ChatFormats.detect(dir));
  }

  @Test
  void cliNamesAndParsers() {
    for (ChatFormat format : ChatFormat.values()) {
      assertEquals(Optional.of(format), ChatFormat.fromCliName(format.cliName().toUpperCase()));
      assertEquals(format, ChatFormats.parser(format).format());
    }
    assertEquals(Optional.empty(), ChatFormat.fromCliName("signal"));
    assertInstanceOf(WhatsAppParser.class, ChatFormats.parser(ChatFormat.WHATSAPP));
  }
}

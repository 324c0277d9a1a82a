package org.veil.ui.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordListTest {
  @TempDir Path dir;

  @Test
  void oneQueryALineWithoutCommentsBlanksOrRepeats() {
    assertEquals(
        List.of("사진", "\"at the station\"", "a OR b"),
        KeywordList.parse("\uFEFF사진\r\n# comment\n\n  \"at the station\"  \n사진\na OR b"));
    assertEquals(List.of(), KeywordList.parse(""));
  }

  @Test
  void stopsAtTheMostTermsAndRefusesLargeFiles() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < KeywordList.MAX_TERMS + 10; i++) {
      many.append("term").append(i).append('\n');
    }
    assertEquals(KeywordList.MAX_TERMS, KeywordList.parse(many.toString()).size());
    Path large = dir.resolve("large.txt");
    Files.write(large, new byte[(int) KeywordList.MAX_BYTES + 1]);
    assertThrows(IOException.class, () -> KeywordList.read(large));
  }

  @Test
  void caseTimesShowTheOffsetAndMakeTheToDayInclusive() {
    CaseTimes times = new CaseTimes(ZoneId.of("Asia/Seoul"));
    assertEquals("2024-01-01 09:00:00 +09:00", times.format(Instant.parse("2024-01-01T00:00:00Z")));
    assertEquals("no time", times.format(null));
    LocalDate day = LocalDate.of(2024, 1, 2);
    assertEquals(Instant.parse("2024-01-01T15:00:00Z"), times.startOf(day));
    assertEquals(Instant.parse("2024-01-02T15:00:00Z"), times.endOf(day));
  }
}

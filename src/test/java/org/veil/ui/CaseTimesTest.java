package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One time format everywhere: the case's zone with the offset written out. */
class CaseTimesTest {
  private final CaseTimes seoul = new CaseTimes(ZoneId.of("Asia/Seoul"));

  @Test
  void aMomentIsShownInTheCaseZoneWithItsOffset() {
    assertEquals("2024-01-01 09:05:12 +09:00", seoul.format(Instant.parse("2024-01-01T00:05:12Z")));
    assertEquals("no time", seoul.format(null));
  }

  @Test
  void aDateTakenWithAnOffsetMovesToTheCaseZone() {
    assertEquals("2024-01-01 09:05:12 +09:00", seoul.taken("2024-01-01T01:05:12+01:00"));
  }

  @Test
  void aDateTakenWithoutAnOffsetIsTheCameraClock() {
    assertEquals("2024-01-01 09:05:12 (camera clock)", seoul.taken("2024-01-01T09:05:12"));
    assertEquals("—", seoul.taken(null));
    assertEquals("sometime in May", seoul.taken("sometime in May"));
  }

  @Test
  void noZoneMeansUtc() {
    assertEquals(
        "2024-01-01 00:05:12 +00:00",
        new CaseTimes(null).format(Instant.parse("2024-01-01T00:05:12Z")));
  }
}

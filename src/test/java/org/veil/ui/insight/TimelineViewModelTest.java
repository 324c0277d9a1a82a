package org.veil.ui.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.ItemTime;

class TimelineViewModelTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static long local(String text) {
    return LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
  }

  private TimelineViewModel loaded() {
    TimelineViewModel model = new TimelineViewModel(SEOUL);
    model.load(
        List.of(
            new ItemTime(1, "2024-03-01T10:15:00"),
            new ItemTime(2, "2024-03-01T10:45:00+02:00"), // placed as written, offset ignored
            new ItemTime(3, "2024-03-03T23:59:59"),
            new ItemTime(4, "2024-03-02"),
            new ItemTime(5, "not a time"),
            new ItemTime(6, "2024:03:01 10:00:00")), // EXIF spelling never reaches here
        List.of(
            Instant.parse("2024-03-01T15:30:00Z"), // 2024-03-02 00:30 in Seoul
            Instant.parse("2024-03-01T01:00:00Z"))); // 2024-03-01 10:00 in Seoul
    return model;
  }

  @Test
  void cameraTimesAreReadAsWritten() {
    assertEquals(
        local("2024-03-01T10:45:00"), TimelineViewModel.cameraSeconds("2024-03-01T10:45:00+02:00"));
    assertEquals(
        local("2024-03-01T10:45:00"), TimelineViewModel.cameraSeconds(" 2024-03-01T10:45 "));
    assertEquals(local("2024-03-02T00:00:00"), TimelineViewModel.cameraSeconds("2024-03-02"));
    assertNull(TimelineViewModel.cameraSeconds("2024-13-45T99:00:00"));
    assertNull(TimelineViewModel.cameraSeconds(""));
    assertNull(TimelineViewModel.cameraSeconds(null));
  }

  @Test
  void showsEveryDayAndBucketsCountEverything() {
    TimelineViewModel model = loaded();
    assertEquals(4, model.mediaCount());
    assertEquals(2, model.unreadable());
    assertEquals(2, model.messageCount());
    TimelineViewModel.Span span = model.spanProperty().get();
    assertEquals(local("2024-03-01T00:00:00"), span.from());
    assertEquals(local("2024-03-04T00:00:00"), span.to());
    assertEquals(TimelineViewModel.HOUR, model.bucketWidth(), "72 hours fit in 120 bars");
    List<TimelineViewModel.Bucket> buckets = model.buckets();
    assertEquals(72, buckets.size());
    assertEquals(4, buckets.stream().mapToInt(TimelineViewModel.Bucket::media).sum());
    assertEquals(2, buckets.stream().mapToInt(TimelineViewModel.Bucket::messages).sum());
    TimelineViewModel.Bucket ten = buckets.get(10);
    assertEquals(local("2024-03-01T10:00:00"), ten.start());
    assertEquals(2, ten.media(), "10:15 and 10:45 as written");
    assertEquals(1, ten.messages(), "01:00 UTC is 10:00 in Seoul");
    assertEquals(1, buckets.get(24).messages(), "15:30 UTC is past midnight in Seoul");
    assertEquals(1, buckets.get(71).media(), "the last second of the last day is in");
    assertEquals("Times in Asia/Seoul (UTC+09:00)", model.zoneLabel());
    assertEquals("03-01 10:00", model.label(ten.start()));
  }

  @Test
  void zoomKeepsTheAnchorAndChangesTheBarWidth() {
    TimelineViewModel model = loaded();
    long anchor = local("2024-03-01T00:00:00");
    model.zoom(0.5, 0);
    assertEquals(anchor, model.spanProperty().get().from());
    assertEquals(36 * TimelineViewModel.HOUR, model.spanProperty().get().length());
    for (int i = 0; i < 20; i++) {
      model.zoom(0.5, 0.5);
    }
    assertEquals(TimelineViewModel.MIN_SPAN, model.spanProperty().get().length(), "never closer");
    for (int i = 0; i < 10; i++) {
      model.zoom(4, 0.5);
    }
    assertEquals(365 * TimelineViewModel.DAY, model.bucketWidth());
    assertTrue(model.buckets().size() <= TimelineViewModel.MAX_BUCKETS + 1);
    model.fitAll();
    model.pan(-0.5);
    assertEquals(local("2024-02-28T12:00:00"), model.spanProperty().get().from());
  }

  @Test
  void bucketWidthsStepUpWithTheSpan() {
    TimelineViewModel model = new TimelineViewModel(ZoneOffset.UTC);
    List<ItemTime> times = new ArrayList<>();
    for (int day = 0; day < 400; day++) {
      times.add(new ItemTime(day, LocalDate.of(2023, 1, 1).plusDays(day) + "T12:00:00"));
    }
    model.load(times, List.of());
    assertEquals(7 * TimelineViewModel.DAY, model.bucketWidth(), "400 days in weeks");
    assertEquals(400, model.buckets().stream().mapToInt(TimelineViewModel.Bucket::media).sum());
    assertEquals("2022-12-26", model.label(model.buckets().getFirst().start()), "a Monday");
    model.zoom(5, 0.5);
    assertEquals(30 * TimelineViewModel.DAY, model.bucketWidth());
    List<TimelineViewModel.Bucket> months = model.buckets();
    assertEquals(400, months.stream().mapToInt(TimelineViewModel.Bucket::media).sum());
    TimelineViewModel.Bucket february =
        months.stream()
            .filter(b -> model.label(b.start()).equals("2023-02"))
            .findFirst()
            .orElseThrow();
    assertEquals(28, february.media(), "calendar months");
    assertEquals(28 * TimelineViewModel.DAY, february.end() - february.start());
  }

  @Test
  void brushingGivesWholeDaysAndCallsTheFilterHook() {
    TimelineViewModel model = loaded();
    List<TimelineViewModel.DayRange> seen = new ArrayList<>();
    model.onBrush(seen::add);
    // dragged right to left, ending exactly at midnight: that next day is not included
    TimelineViewModel.DayRange range =
        model.brush(local("2024-03-03T00:00:00"), local("2024-03-01T18:00:00"));
    assertEquals(
        new TimelineViewModel.DayRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)), range);
    assertEquals(List.of(range), seen);
    assertEquals(range, model.brushedProperty().get());
    assertArrayEquals(new int[] {3, 2}, model.counts(range));
    assertArrayEquals(new long[] {1, 2, 4}, model.mediaIn(range));
    Instant[] instants = model.instants(range);
    assertEquals(Instant.parse("2024-02-29T15:00:00Z"), instants[0]);
    assertEquals(Instant.parse("2024-03-02T15:00:00Z"), instants[1]);
    assertEquals("2024-03-01 – 2024-03-02", range.label());

    TimelineViewModel.Bucket last = model.buckets().get(71);
    assertEquals(
        new TimelineViewModel.DayRange(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 3)),
        model.brush(last));
    model.clearBrush();
    assertNull(model.brushedProperty().get());
    assertNull(seen.getLast(), "clearing tells the hook");
    int calls = seen.size();
    model.clearBrush();
    assertEquals(calls, seen.size(), "nothing to clear, no call");
  }

  @Test
  void anEmptyCaseShowsOneDayAndNoBars() {
    TimelineViewModel model = new TimelineViewModel(null);
    model.load(List.of(), List.of());
    assertEquals(TimelineViewModel.DAY, model.spanProperty().get().length());
    assertTrue(model.buckets().stream().allMatch(b -> b.total() == 0));
    assertEquals("Times in Z (UTC+00:00)", model.zoneLabel());
  }
}

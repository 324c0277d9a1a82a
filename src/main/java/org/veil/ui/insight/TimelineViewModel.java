package org.veil.ui.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.model.ItemTime;
import org.veil.ui.I18n;

/**
 * The timeline: pictures by the time the camera wrote and messages by the time they were sent, as a
 * histogram over a visible span that zooms and pans, with a brushed range of whole days that
 * narrows the gallery. Times are "case-local": messages are converted to the case's time zone;
 * camera times are placed as written (cameras rarely record a zone), which is also how the
 * gallery's "Taken" filter compares them, so a brushed day shows exactly the pictures in its bar.
 */
public final class TimelineViewModel {
  /** One bar: {@code [start, end)} in case-local seconds, and what falls in it. */
  public record Bucket(long start, long end, int media, int messages) {
    public int total() {
      return media + messages;
    }
  }

  /** A brushed range of whole days, both inclusive, in case-local dates. */
  public record DayRange(LocalDate from, LocalDate to) {
    public String label() {
      return from.equals(to) ? from.toString() : from + " – " + to;
    }
  }

  /** The visible span, case-local seconds, {@code [from, to)}. */
  public record Span(long from, long to) {
    public long length() {
      return to - from;
    }
  }

  static final long HOUR = 3600;
  static final long DAY = 24 * HOUR;

  /** Bar widths, smallest first; the smallest that keeps the bars at most {@link #MAX_BUCKETS}. */
  static final long[] WIDTHS = {
    HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY,
    365 * DAY
  };

  static final int MAX_BUCKETS = 120;
  static final long MIN_SPAN = 6 * HOUR;
  static final long MAX_SPAN = 100L * 365 * DAY;

  private final ZoneId zone;
  private long[] media = new long[0];
  private long[] mediaIds = new long[0];
  private long[] messages = new long[0];
  private int unreadable;
  private final ReadOnlyObjectWrapper<Span> span = new ReadOnlyObjectWrapper<>(new Span(0, DAY));
  private final ReadOnlyObjectWrapper<DayRange> brushed = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
  private Consumer<DayRange> onBrush = range -> {};

  public TimelineViewModel(ZoneId zone) {
    this.zone = zone == null ? ZoneOffset.UTC : zone;
  }

  /** Takes the case's times (read off the UI thread) and shows all of them. */
  public void load(List<ItemTime> taken, List<Instant> sent) {
    long[] seconds = new long[taken.size()];
    long[] ids = new long[taken.size()];
    int n = 0;
    int bad = 0;
    for (ItemTime t : taken) {
      Long local = cameraSeconds(t.takenAt());
      if (local == null) {
        bad++;
      } else {
        seconds[n] = local;
        ids[n++] = t.itemId();
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final long[] s = seconds;
    Arrays.sort(order, (a, b) -> Long.compare(s[a], s[b]));
    media = new long[n];
    mediaIds = new long[n];
    for (int i = 0; i < n; i++) {
      media[i] = seconds[order[i]];
      mediaIds[i] = ids[order[i]];
    }
    messages = new long[sent.size()];
    int m = 0;
    for (Instant instant : sent) {
      messages[m++] = instant.atZone(zone).toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    }
    Arrays.sort(messages);
    unreadable = bad;
    fitAll();
  }

  /** Case-local seconds of a camera time as written, or null when it cannot be read. */
  static Long cameraSeconds(String takenAt) {
    if (takenAt == null || takenAt.isBlank()) {
      return null;
    }
    String text = takenAt.strip();
    try {
      return OffsetDateTime.parse(text).toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException notOffset) {
      // most cameras write no offset
    }
    try {
      return LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // a date alone still has a day
    }
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text)
          .atStartOfDay()
          .toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException unreadableTime) {
      return null;
    }
  }

  public ZoneId zone() {
    return zone;
  }

  /** Pictures whose time could not be read; they are not on the timeline. */
  public int unreadable() {
    return unreadable;
  }

  public int mediaCount() {
    return media.length;
  }

  public int messageCount() {
    return messages.length;
  }

  /** "Times in Asia/Seoul (UTC+09:00)", the offset at the visible span's start. */
  public String zoneLabel() {
    Instant at = Instant.ofEpochSecond(span.get().from());
    return I18n.format("timeline.zone", zone.getId(), offsetText(zone.getRules().getOffset(at)));
  }

  private static String offsetText(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  // ---- the visible span

  public ReadOnlyObjectProperty<Span> spanProperty() {
    return span.getReadOnlyProperty();
  }

  /** Bumped when the data changes; the view redraws on it and on the span. */
  public ReadOnlyIntegerProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  /** Shows every time there is, from the first day to the end of the last. */
  public void fitAll() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    if (media.length > 0) {
      first = media[0];
      last = media[media.length - 1];
    }
    if (messages.length > 0) {
      first = Math.min(first, messages[0]);
      last = Math.max(last, messages[messages.length - 1]);
    }
    if (first == Long.MAX_VALUE) {
      long today = LocalDate.now(zone).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
      setSpan(today, today + DAY);
    } else {
      long from = Math.floorDiv(first, DAY) * DAY;
      long to = (Math.floorDiv(last, DAY) + 1) * DAY;
      setSpan(from, to);
    }
    version.set(version.get() + 1);
  }

  /**
   * Zooms by {@code factor} (below 1 in, above 1 out) keeping the time under {@code anchor} (0 the
   * left edge, 1 the right) where it is.
   */
  public void zoom(double factor, double anchor) {
    Span now = span.get();
    double a = Math.clamp(anchor, 0, 1);
    double length = Math.clamp(now.length() * factor, MIN_SPAN, MAX_SPAN);
    double pivot = now.from() + now.length() * a;
    long from = Math.round(pivot - length * a);
    setSpan(from, from + Math.round(length));
  }

  /** Moves by a fraction of the visible span (negative: earlier). */
  public void pan(double fraction) {
    Span now = span.get();
    long by = Math.round(now.length() * fraction);
    setSpan(now.from() + by, now.to() + by);
  }

  private void setSpan(long from, long to) {
    span.set(new Span(from, Math.max(to, from + MIN_SPAN)));
  }

  /** The bar width for the visible span. */
  public long bucketWidth() {
    long length = span.get().length();
    for (long width : WIDTHS) {
      if (length / width <= MAX_BUCKETS) {
        return width;
      }
    }
    return WIDTHS[WIDTHS.length - 1];
  }

  /**
   * The bars covering the visible span: hours and days from midnight, weeks from Monday, and the
   * longest widths as calendar months, quarters and years.
   */
  public List<Bucket> buckets() {
    Span now = span.get();
    long width = bucketWidth();
    List<Bucket> out = new ArrayList<>();
    if (width >= 30 * DAY) {
      int months = width == 30 * DAY ? 1 : width == 91 * DAY ? 3 : 12;
      LocalDate first = day(now.from()).withDayOfMonth(1);
      int index = first.getYear() * 12 + first.getMonthValue() - 1;
      int aligned = Math.floorDiv(index, months) * months;
      LocalDate d = LocalDate.of(Math.floorDiv(aligned, 12), Math.floorMod(aligned, 12) + 1, 1);
      while (seconds(d) < now.to()) {
        LocalDate next = d.plusMonths(months);
        out.add(bucket(seconds(d), seconds(next)));
        d = next;
      }
      return out;
    }
    long offset = width % (7 * DAY) == 0 ? MONDAY : 0;
    long start = Math.floorDiv(now.from() - offset, width) * width + offset;
    for (long s = start; s < now.to(); s += width) {
      out.add(bucket(s, s + width));
    }
    return out;
  }

  /** 1970-01-05, the first Monday after the epoch, where week bars start. */
  private static final long MONDAY = 4 * DAY;

  private Bucket bucket(long from, long to) {
    return new Bucket(from, to, count(media, from, to), count(messages, from, to));
  }

  private static long seconds(LocalDate date) {
    return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  /** How many of the sorted {@code times} fall in {@code [from, to)}. */
  static int count(long[] times, long from, long to) {
    return lowerBound(times, to) - lowerBound(times, from);
  }

  private static int lowerBound(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** An axis label for a bar start, as precise as the bar width needs. */
  public String label(long localSeconds) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC);
    long width = bucketWidth();
    String pattern = width < DAY ? "MM-dd HH:mm" : width < 30 * DAY ? "yyyy-MM-dd" : "yyyy-MM";
    return t.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
  }

  // ---- brushing

  /** Called with each brushed range, and with null when it is cleared: the gallery filter hook. */
  public void onBrush(Consumer<DayRange> hook) {
    this.onBrush = hook == null ? range -> {} : hook;
  }

  public ReadOnlyObjectProperty<DayRange> brushedProperty() {
    return brushed.getReadOnlyProperty();
  }

  /**
   * Brushes the days from the one holding {@code a} to the one holding the last second before
   * {@code b} (either order): the gallery filter works in whole days.
   */
  public DayRange brush(long a, long b) {
    long start = Math.min(a, b);
    long end = Math.max(a, b);
    LocalDate from = day(start);
    LocalDate to = end > start ? day(end - 1) : from;
    DayRange range = new DayRange(from, to);
    brushed.set(range);
    onBrush.accept(range);
    return range;
  }

  /** Brushing a bar: its days. */
  public DayRange brush(Bucket bucket) {
    return brush(bucket.start(), bucket.end());
  }

  public void clearBrush() {
    if (brushed.get() != null) {
      brushed.set(null);
      onBrush.accept(null);
    }
  }

  /** The gallery dropped its "Taken" filter: forget the brush without calling back. */
  public void forgetBrush() {
    brushed.set(null);
  }

  /** Case-local seconds of a brushed range, {@code [start of from, end of to)}. */
  public Span seconds(DayRange range) {
    return new Span(
        range.from().atStartOfDay().toEpochSecond(ZoneOffset.UTC),
        range.to().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
  }

  /** The instants a brushed range covers in the case's zone, for a message search range. */
  public Instant[] instants(DayRange range) {
    return new Instant[] {
      range.from().atStartOfDay(zone).toInstant(),
      range.to().plusDays(1).atStartOfDay(zone).toInstant()
    };
  }

  /** Pictures and messages inside a brushed range. */
  public int[] counts(DayRange range) {
    Span s = seconds(range);
    return new int[] {count(media, s.from(), s.to()), count(messages, s.from(), s.to())};
  }

  /** The ids of the pictures in a brushed range, in time order. */
  public long[] mediaIn(DayRange range) {
    Span s = seconds(range);
    return Arrays.copyOfRange(mediaIds, lowerBound(media, s.from()), lowerBound(media, s.to()));
  }

  private static LocalDate day(long localSeconds) {
    return LocalDate.ofEpochDay(Math.floorDiv(localSeconds, DAY));
  }
}

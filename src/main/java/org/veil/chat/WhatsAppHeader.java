package org.veil.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date-and-time head of a WhatsApp line, in any of the layouts phones write: Android {@code
 * 15/01/2024, 15:04 - Name: text}, iOS {@code [15/01/24, 3:04:05 PM] Name: text} (often after
 * U+200E), Korean {@code 2024. 1. 15. 오후 3:04 - 이름: 텍스트}, with {@code / . -} separators and AM/PM
 * spellings such as {@code AM}, {@code p. m.}, {@code 오전}/{@code 오후}. The day/month order is not
 * decided here: the three date numbers are kept as written.
 *
 * @param first the first date number as written
 * @param second the second
 * @param third the third
 * @param hour the hour on a 24-hour clock
 * @param written the date and time exactly as the line wrote them
 * @param rest what follows the head: {@code Name: text} or a system line
 */
record WhatsAppHeader(
    int first,
    int second,
    int third,
    int hour,
    int minute,
    int second2,
    boolean yearFirst,
    String written,
    String rest) {

  private static final String MARKS = "[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*";
  private static final String DATE =
      "(\\d{1,4})(?<sep>[./-])\\s?(\\d{1,2})\\k<sep>\\s?(\\d{1,4})\\.?";
  private static final String MERIDIEM_BEFORE = "(?:(오전|오후|午前|午後|上午|下午)\\s?)?";
  private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?";
  private static final String MERIDIEM_AFTER =
      "(?:\\s?([AaPp]\\.?\\s?[Mm]\\.?|오전|오후|午前|午後|π\\.?\\s?μ\\.?|μ\\.?\\s?μ\\.?))?";
  private static final String STAMP =
      "(" + DATE + ",?\\s*" + MERIDIEM_BEFORE + TIME + MERIDIEM_AFTER + ")";
  private static final Pattern ANDROID =
      Pattern.compile("^" + MARKS + STAMP + "\\s[-–]\\s(.*)$", Pattern.DOTALL);
  private static final Pattern IOS =
      Pattern.compile("^" + MARKS + "\\[" + STAMP + "\\]\\s?(.*)$", Pattern.DOTALL);

  /** Narrow and ordinary no-break spaces stand where other phones put a space. */
  static String normaliseSpaces(String line) {
    return line.indexOf('\u202F') < 0 && line.indexOf('\u00A0') < 0
        ? line
        : line.replace('\u202F', ' ').replace('\u00A0', ' ');
  }

  /** The head of a line that starts a message, or null for a continuation line. */
  static WhatsAppHeader read(String rawLine) {
    String line = normaliseSpaces(rawLine);
    if (line.isEmpty()) {
      return null;
    }
    char c0 = line.charAt(0);
    if (c0 != '['
        && !Character.isDigit(c0)
        && c0 != '\u200E'
        && c0 != '\u200F'
        && c0 != '\uFEFF'
        && !(c0 >= '\u202A' && c0 <= '\u202E')
        && !(c0 >= '\u2066' && c0 <= '\u2069')) {
      return null;
    }
    Matcher m = IOS.matcher(line);
    if (!m.matches()) {
      m = ANDROID.matcher(line);
      if (!m.matches()) {
        return null;
      }
    }
    int first = Integer.parseInt(m.group(2));
    int second = Integer.parseInt(m.group(4));
    int third = Integer.parseInt(m.group(5));
    boolean yearFirst = m.group(2).length() >= 3;
    if (!yearFirst && m.group(5).length() != 2 && m.group(5).length() != 4) {
      return null;
    }
    int hour = Integer.parseInt(m.group(7));
    int minute = Integer.parseInt(m.group(8));
    int seconds = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
    String meridiem = m.group(6) != null ? m.group(6) : m.group(10);
    if (meridiem != null) {
      if (hour > 12) {
        return null;
      }
      boolean pm = isPm(meridiem);
      if (pm && hour < 12) {
        hour += 12;
      } else if (!pm && hour == 12) {
        hour = 0;
      }
    }
    if (hour > 23 || minute > 59 || seconds > 59) {
      return null;
    }
    return new WhatsAppHeader(
        first, second, third, hour, minute, seconds, yearFirst, m.group(1), m.group(11));
  }

  private static boolean isPm(String meridiem) {
    char c = meridiem.charAt(0);
    return c == 'p'
        || c == 'P'
        || meridiem.equals("오후")
        || meridiem.equals("午後")
        || meridiem.equals("下午")
        || c == 'μ';
  }
}

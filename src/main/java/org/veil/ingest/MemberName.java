package org.veil.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's name inside its archive and which occurrence of that name it is. Archives built by
 * appending (tar), or made to deceive, can hold two members with one name; each must stay an item
 * of its own, so the second is addressed {@code x.jpg [duplicate 2]} and read again as the second
 * member named {@code x.jpg}.
 */
record MemberName(String name, int occurrence) {
  private static final Pattern MARKED = Pattern.compile("(.*) \\[duplicate (\\d{1,9})\\]");

  /** How the member is written in an item's path. */
  String addressed() {
    return occurrence == 1 ? name : name + " [duplicate " + occurrence + "]";
  }

  /** The name and occurrence an item path's segment stands for. */
  static MemberName of(String addressed) {
    Matcher m = MARKED.matcher(addressed);
    if (m.matches() && Integer.parseInt(m.group(2)) > 1) {
      return new MemberName(m.group(1), Integer.parseInt(m.group(2)));
    }
    return new MemberName(addressed, 1);
  }
}

package org.veil.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. Values are written exactly as
 * stored (a spreadsheet may still read a leading {@code =} as a formula: open these files as text).
 */
final class Csv {
  /** Excel reads UTF-8 (Korean names, notes) correctly only with this mark first. */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Writer out;

  Csv(Writer out) {
    this.out = out;
  }

  void row(List<?> fields) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object field = fields.get(i);
      String text = field == null ? "" : field.toString();
      line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    out.write(line.append("\r\n").toString());
  }
}

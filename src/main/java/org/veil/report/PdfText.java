package org.veil.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns any text into what a PDF font can show: control characters become spaces, runs of Hangul a
 * font cannot show become {@code [ko: romanized]}, any other character it cannot show {@code
 * [U+XXXX]}. Nothing is dropped silently, and nothing ever makes PDFBox throw mid-report.
 */
final class PdfText {
  private final PDFont font;
  private final Map<Integer, Boolean> showable = new HashMap<>();

  PdfText(PDFont font) {
    this.font = font;
  }

  String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder korean = null;
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        cp = ' ';
      }
      boolean canShow = canShow(cp);
      if (!canShow && HangulRomanizer.isSyllable(cp)) {
        if (korean == null) {
          korean = new StringBuilder();
        }
        korean.append(HangulRomanizer.syllable(cp));
        continue;
      }
      if (korean != null) {
        boolean spaceInsideRun =
            cp == ' '
                && i + 1 < cps.length
                && HangulRomanizer.isSyllable(cps[i + 1])
                && !canShow(cps[i + 1]);
        if (spaceInsideRun) {
          korean.append(' ');
          continue;
        }
        out.append("[ko: ").append(korean).append(']');
        korean = null;
      }
      if (canShow) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format(Locale.ROOT, "[U+%04X]", cp));
      }
    }
    if (korean != null) {
      out.append("[ko: ").append(korean).append(']');
    }
    return out.toString();
  }

  private boolean canShow(int cp) {
    return showable.computeIfAbsent(
        cp,
        c -> {
          try {
            font.encode(new String(Character.toChars(c)));
            return true;
          } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
          }
        });
  }

  /** Width of already printable text in points. */
  float width(String printable, float size) throws IOException {
    return font.getStringWidth(printable) / 1000f * size;
  }
}

package org.veil.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {
  private final PdfText helvetica =
      new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

  @Test
  void koreanRunsAreRomanizedAndMarked() {
    assertEquals("[ko: pihaeja sajin] ok", helvetica.printable("피해자 사진 ok"));
    assertEquals("a [ko: hangukeo] b", helvetica.printable("a 한국어 b"));
    assertEquals("[ko: dak kkot]", helvetica.printable("닭 꽃"), "finals and doubled initials");
  }

  @Test
  void otherUnshowableCharactersAreNamedNotDropped() {
    assertEquals("smile [U+1F600] [U+4E2D]", helvetica.printable("smile 😀 中"));
    assertEquals("caf\u00e9 \u20ac", helvetica.printable("café €"), "WinAnsi letters stay");
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertEquals("a b c", helvetica.printable("a\nb\tc"));
    assertEquals("", helvetica.printable(null));
  }
}

package org.veil.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts a PDF report is set in: an explicit file, else the NanumGothic that Veil bundles (SIL
 * OFL 1.1, the same the workstation uses), else the usual Korean fonts of Linux, Windows and macOS;
 * only if none loads does it fall back to the built-in Helvetica, with {@link PdfText} romanizing
 * Korean and marking other characters it cannot show.
 */
final class PdfFonts {
  /** System property naming a TrueType font file to embed. */
  static final String PROPERTY = "veil.pdf.font";

  /** The bundled font, a class-path resource shared with the workstation. */
  static final String BUNDLED = "/org/veil/fonts/NanumGothic.ttf";

  static final List<String> CANDIDATES =
      List.of(
          "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
          "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
          "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
          "/usr/share/fonts/truetype/baekmuk/gulim.ttf",
          "/usr/share/fonts/truetype/noto/NotoSansKR-Regular.ttf",
          "C:/Windows/Fonts/malgun.ttf",
          "C:/Windows/Fonts/gulim.ttc",
          "/Library/Fonts/NanumGothic.ttf",
          "/System/Library/Fonts/Supplemental/AppleGothic.ttf");

  final PDFont body;
  final PDFont bold;
  final String description;
  final boolean embedded;

  private PdfFonts(PDFont body, PDFont bold, String description, boolean embedded) {
    this.body = body;
    this.bold = bold;
    this.description = description;
    this.embedded = embedded;
  }

  /**
   * The first usable font: {@code explicit} if given (an unusable explicit font is an error), then
   * the {@value #PROPERTY} property, then the candidates; else Helvetica.
   */
  static PdfFonts choose(PDDocument document, Path explicit) throws IOException {
    if (explicit != null) {
      PDFont font = load(document, explicit);
      if (font == null) {
        throw new IOException(
            "the font " + explicit + " cannot be embedded (a TrueType .ttf with Hangul is needed)");
      }
      return embedded(font, explicit);
    }
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    if (candidates.isEmpty()) {
      PdfFonts bundled = bundled(document);
      if (bundled != null) {
        return bundled;
      }
    }
    CANDIDATES.forEach(c -> candidates.add(Path.of(c)));
    for (Path candidate : candidates) {
      PDFont font = load(document, candidate);
      if (font != null) {
        return embedded(font, candidate);
      }
    }
    return builtIn();
  }

  static PdfFonts builtIn() {
    return new PdfFonts(
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
        "Helvetica (built in). No font with Korean was found on this machine, so Korean text is"
            + " romanized as [ko: ...] and other characters this font cannot show are written as"
            + " [U+XXXX]. The HTML report shows all text as written.",
        false);
  }

  private static PdfFonts bundled(PDDocument document) {
    try (var in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        return null;
      }
      PDType0Font font = PDType0Font.load(document, in);
      font.encode("한");
      return new PdfFonts(font, font, "NanumGothic (bundled with Veil, embedded)", true);
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static PdfFonts embedded(PDFont font, Path file) {
    return new PdfFonts(font, font, file.getFileName() + " (embedded)", true);
  }

  /** The font if the file is a TrueType font that has Hangul, else null. */
  private static PDFont load(PDDocument document, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file) || !(name.endsWith(".ttf") || name.endsWith(".otf"))) {
      return null;
    }
    try {
      PDType0Font font = PDType0Font.load(document, file.toFile());
      font.encode("한");
      return font;
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return null; // CFF-outline fonts and fonts without Hangul are skipped
    }
  }
}

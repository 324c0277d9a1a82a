package org.veil.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The bundled NanumGothic (SIL OFL 1.1), loaded once and used for the whole UI: laptops without a
 * Korean font (most Linux images, CI) would otherwise draw Hangul names, messages and the Korean UI
 * as empty boxes. It carries Latin too, so English looks the same on every system.
 */
public final class UiFont {
  public static final String FAMILY = "NanumGothic";
  // shared with the PDF report, which embeds the same font
  private static final String RESOURCE = "/org/veil/fonts/NanumGothic.ttf";
  private static Font loaded;

  private UiFont() {}

  /** Loads the font (once) and returns it at the default size. */
  public static synchronized Font load() {
    if (loaded == null) {
      try (InputStream in = UiFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled font " + RESOURCE + " is missing");
        }
        loaded = Font.loadFont(in, Font.getDefault().getSize());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (loaded == null) {
        throw new IllegalStateException("JavaFX could not load " + RESOURCE);
      }
    }
    return loaded;
  }
}

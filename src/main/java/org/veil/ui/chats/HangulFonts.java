package org.veil.ui.chats;

import java.awt.Font;
import java.awt.GraphicsEnvironment;

/**
 * Whether the machine has a font with Hangul. JavaFX falls back to any installed font for
 * characters the UI font lacks; without one, Korean messages draw as boxes, and the analyst must be
 * told rather than left to misread them.
 */
final class HangulFonts {
  private static volatile Boolean available;

  private HangulFonts() {}

  /** Looks once (a quarter second: run it off the FX thread). */
  static boolean available() {
    Boolean known = available;
    if (known == null) {
      boolean found = false;
      try {
        for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
          if (font.canDisplay('한') && font.canDisplay('글')) {
            found = true;
            break;
          }
        }
      } catch (RuntimeException | Error e) {
        found = true; // cannot tell: say nothing rather than something wrong
      }
      known = found;
      available = known;
    }
    return known;
  }

  static final String MISSING =
      "No installed font has Hangul: Korean text shows as boxes. Install a Korean font"
          + " (Debian/Ubuntu: fonts-nanum or fonts-noto-cjk) and restart Veil.";
}

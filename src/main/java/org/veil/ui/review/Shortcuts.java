package org.veil.ui.review;

import java.util.List;
import org.veil.ui.I18n;

/** Every keyboard shortcut, as the Help sheet and the README list them. */
public final class Shortcuts {
  private Shortcuts() {}

  /** One shortcut; {@code actionKey} names its words in the bundle. */
  public record Shortcut(String keys, String actionKey) {
    public String action() {
      return I18n.text(actionKey);
    }
  }

  public static final List<Shortcut> ALL =
      List.of(
          new Shortcut("← → ↑ ↓", "shortcut.move"),
          new Shortcut("Page Up / Page Down", "shortcut.page"),
          new Shortcut("Home / End", "shortcut.homeEnd"),
          new Shortcut("Space (hold)", "shortcut.hold"),
          new Shortcut("R", "shortcut.toggle"),
          new Shortcut("Ctrl+Shift+R", "shortcut.revealAll"),
          new Shortcut("Esc", "shortcut.blur"),
          new Shortcut("G", "shortcut.gray"),
          new Shortcut("0 – 9", "shortcut.category"),
          new Shortcut("Backspace", "shortcut.uncategorise"),
          new Shortcut("T", "shortcut.tag"),
          new Shortcut("N", "shortcut.note"),
          new Shortcut("B", "shortcut.bookmark"),
          new Shortcut("Ctrl+A", "shortcut.selectAll"),
          new Shortcut("Ctrl+F", "shortcut.search"),
          new Shortcut("Ctrl+L", "shortcut.filters"),
          new Shortcut("Ctrl+Shift+1 / 2 / 3", "shortcut.sizes"),
          new Shortcut("Ctrl+1 / 2 / 3 / 4", "shortcut.tabs"),
          new Shortcut("Alt+0 – 9", "shortcut.group"),
          new Shortcut("Ctrl+Shift+P", "shortcut.posted"),
          new Shortcut("Ctrl+T", "shortcut.view"),
          new Shortcut("Ctrl+O", "shortcut.add"),
          new Shortcut("Ctrl+5 / Ctrl+6", "shortcut.insight"),
          new Shortcut("Ctrl+,", "shortcut.prefs"),
          new Shortcut("F1", "shortcut.guide"),
          new Shortcut("Shift+F1", "shortcut.sheet"));
}

package org.veil.ui.review;

import java.util.List;

/** Every keyboard shortcut, as the Help sheet and the README list them. */
public final class Shortcuts {
  private Shortcuts() {}

  /** One shortcut. */
  public record Shortcut(String keys, String action) {}

  public static final List<Shortcut> ALL =
      List.of(
          new Shortcut("← → ↑ ↓", "Move the selection (Shift extends it)"),
          new Shortcut("Page Up / Page Down", "Move one screen"),
          new Shortcut("Home / End", "First / last item"),
          new Shortcut("Space (hold)", "Reveal the selected item while held"),
          new Shortcut("R", "Reveal the selected item until pressed again"),
          new Shortcut("Ctrl+Shift+R", "Reveal every item in the view (asks first; logged)"),
          new Shortcut("Esc", "Blur everything again"),
          new Shortcut("G", "Grayscale on / off"),
          new Shortcut("0 – 9", "Set the category (VIC US: 0–4; CAID UK: 1–3 for A–C)"),
          new Shortcut("Backspace", "Remove the category"),
          new Shortcut("T", "Tag the selection"),
          new Shortcut("N", "Add a note to the selection"),
          new Shortcut("B", "Bookmark the selection (again: remove)"),
          new Shortcut("Ctrl+A", "Select all shown items"),
          new Shortcut("Ctrl+F", "Search names"),
          new Shortcut("Ctrl+L", "Filters…"),
          new Shortcut("Ctrl+Shift+1 / 2 / 3", "Small / medium / large thumbnails"),
          new Shortcut("Ctrl+1 / 2 / 3 / 4", "Review / Chats / Duplicates / Audit tab"),
          new Shortcut("Alt+0 – 9", "In Duplicates: set the category on the whole group"),
          new Shortcut("Ctrl+Shift+P", "Where was this item posted? (Chats tab)"),
          new Shortcut("Ctrl+T", "Gallery / table"),
          new Shortcut("Ctrl+O", "Add evidence folder"),
          new Shortcut("Ctrl+5 / Ctrl+6", "Timeline / Map tab"),
          new Shortcut("Ctrl+,", "Preferences…"),
          new Shortcut("F1", "User guide"),
          new Shortcut("Shift+F1", "This sheet"));
}

package org.veil.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Font icons sized for toolbars and lists; their colour follows the theme's text colour. */
public final class Icons {
  private Icons() {}

  public static FontIcon of(Ikon ikon) {
    return of(ikon, 16);
  }

  public static FontIcon of(Ikon ikon, int size) {
    FontIcon icon = new FontIcon(ikon);
    icon.setIconSize(size);
    // inline, because the theme's stylesheet would otherwise reset the size to its default
    String style = icon.getStyle() == null ? "" : icon.getStyle();
    icon.setStyle(
        style
            + (style.isBlank() || style.strip().endsWith(";") ? "" : ";")
            + "-fx-icon-size: "
            + size
            + "px;");
    icon.getStyleClass().add("veil-icon");
    return icon;
  }
}

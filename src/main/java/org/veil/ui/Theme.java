package org.veil.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer, dark by default (calmer for long reviews), plus Veil's own few rules. */
public final class Theme {
  private Theme() {}

  public static void apply(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  public static void style(Scene scene) {
    UiFont.load(); // before the sheet asks for its family
    String css = Theme.class.getResource("veil.css").toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
  }
}

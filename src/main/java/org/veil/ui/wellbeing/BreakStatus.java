package org.veil.ui.wellbeing;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.veil.ui.I18n;
import org.veil.ui.Icons;

/** The status bar's "Reviewed 42 min": time reviewed this session, pauses left out. */
public final class BreakStatus extends Label {
  public BreakStatus(BreakViewModel model) {
    super(null, Icons.of(MaterialDesignT.TIMER_OUTLINE, 14));
    setId("reviewed-time");
    textProperty().bind(model.reviewedProperty());
    setTooltip(new Tooltip(I18n.text("break.statusTip")));
  }
}

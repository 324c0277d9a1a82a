package org.veil.ui.wellbeing;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.veil.ui.I18n;

/**
 * The gentle prompt: a small card in the window's lower right corner that never blocks the review
 * (no modal dialog), with I18n.text("break.rest") and I18n.text("break.later").
 */
public final class BreakPrompt {
  private final Popup popup = new Popup();
  private final BreakViewModel model;
  private final VBox card;

  public BreakPrompt(BreakViewModel model) {
    this.model = model;
    Label text = new Label();
    text.setId("break-text");
    text.setWrapText(true);
    text.setMaxWidth(320);
    text.textProperty().bind(model.promptTextProperty());
    Button rest = new Button(I18n.text("break.rest"));
    rest.setId("break-take");
    rest.getStyleClass().add("accent");
    rest.setOnAction(e -> model.takeBreak());
    Button later = new Button(I18n.text("break.later"));
    later.setId("break-later");
    later.setOnAction(e -> model.remindLater());
    HBox buttons = new HBox(8, later, rest);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    card = new VBox(10, text, buttons);
    card.setId("break-prompt");
    card.setPadding(new Insets(14));
    card.setStyle(
        "-fx-background-color: -color-bg-overlay, -color-bg-default;"
            + " -fx-border-color: -color-border-default; -fx-border-radius: 6;"
            + " -fx-background-radius: 6; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 12,"
            + " 0, 0, 3);");
    popup.getContent().add(card);
    popup.setAutoHide(false);
    popup.setHideOnEscape(false);
  }

  /** Shows the card over {@code owner} whenever the model asks, and hides it when it stops. */
  public void install(Window owner) {
    // the reviewed time also moves on without a key press: a pause ends a stretch
    Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> model.refresh()));
    tick.setCycleCount(Animation.INDEFINITE);
    tick.play();
    owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> tick.stop());
    model
        .promptProperty()
        .addListener(
            (obs, old, show) -> {
              if (show && owner.isShowing()) {
                if (owner.getScene() != null) {
                  card.getStylesheets().setAll(owner.getScene().getStylesheets());
                }
                popup.show(owner);
                // sized once shown: the lower right corner, above the status bar
                popup.setX(owner.getX() + owner.getWidth() - popup.getWidth() - 24);
                popup.setY(owner.getY() + owner.getHeight() - popup.getHeight() - 56);
              } else {
                popup.hide();
              }
            });
  }

  public VBox card() {
    return card;
  }

  public boolean isShowing() {
    return popup.isShowing();
  }
}

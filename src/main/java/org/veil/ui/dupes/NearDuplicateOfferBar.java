package org.veil.ui.dupes;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A strip under the case's tabs that offers a category just set in the review to the item's near
 * duplicates. Non-modal: the review goes on with keys while it stands; nothing is applied without
 * "Apply".
 */
public final class NearDuplicateOfferBar extends HBox {
  public NearDuplicateOfferBar(DuplicatesViewModel model) {
    setId("near-offer");
    getStyleClass().add("near-offer");
    setAlignment(Pos.CENTER_LEFT);
    Label text = new Label();
    text.setId("near-offer-text");
    text.setWrapText(true);
    text.setGraphic(org.veil.ui.Icons.of(MaterialDesignC.COMPARE, 14));
    Button apply = new Button("Apply");
    apply.setId("near-offer-apply");
    apply.setOnAction(e -> model.acceptOffer());
    Button dismiss = new Button("Not now");
    dismiss.setId("near-offer-dismiss");
    dismiss.setOnAction(e -> model.dismissOffer());
    apply.setFocusTraversable(false);
    dismiss.setFocusTraversable(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(text, spacer, apply, dismiss);
    visibleProperty().bind(model.offerProperty().isNotNull());
    managedProperty().bind(visibleProperty());
    model
        .offerProperty()
        .addListener((obs, old, now) -> text.setText(now == null ? "" : now.text()));
  }
}

package org.veil.ui.insight;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.veil.model.Item;
import org.veil.ui.I18n;
import org.veil.ui.media.VeiledImage;
import org.veil.ui.review.ReviewViewModel;

/**
 * The items behind a map marker, drawn only through {@link VeiledImage} (blurred until the analyst
 * holds the mouse on one); a double click selects the item in the review.
 */
public final class PlaceItemsView extends BorderPane {
  /** More than this and the rest are counted, not drawn: a town can hold thousands. */
  static final int MAX_SHOWN = 120;

  public PlaceItemsView(ReviewViewModel review, List<Long> itemIds, Runnable toReview) {
    setId("place-items");
    FlowPane tiles = new FlowPane(10, 10);
    tiles.setPadding(new Insets(12));
    for (long id : itemIds.subList(0, Math.min(MAX_SHOWN, itemIds.size()))) {
      VeiledImage image =
          new VeiledImage(review.reveal(), review.pictures(), review.blur(), "map", false);
      image.setPrefSize(150, 150);
      image.setMaxSize(150, 150);
      image.show(id);
      Item item = review.itemById(id);
      Label name =
          new Label(
              item == null ? I18n.format("dupes.itemLower", String.valueOf(id)) : item.name());
      name.setMaxWidth(150);
      Label where =
          new Label(
              item == null || !item.summary().hasGps()
                  ? ""
                  : String.format(
                      java.util.Locale.ROOT,
                      "%.5f, %.5f",
                      item.summary().gpsLat(),
                      item.summary().gpsLon()));
      where.getStyleClass().add("muted");
      VBox tile = new VBox(4, image, name, where);
      tile.setAlignment(Pos.TOP_CENTER);
      tile.getStyleClass().add("place-item");
      tile.setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
              int index = review.indexOf(id);
              if (index >= 0) {
                review.select(index);
                toReview.run();
              }
            }
          });
      tiles.getChildren().add(tile);
    }
    ScrollPane scroll = new ScrollPane(tiles);
    scroll.setFitToWidth(true);
    setCenter(scroll);
    Label head =
        new Label(
            I18n.format("map.itemsHere", itemIds.size())
                + (itemIds.size() > MAX_SHOWN ? I18n.format("map.firstShown", MAX_SHOWN) : "")
                + I18n.text("map.placeHint"));
    head.setPadding(new Insets(8, 12, 0, 12));
    head.setWrapText(true);
    setTop(head);
  }
}

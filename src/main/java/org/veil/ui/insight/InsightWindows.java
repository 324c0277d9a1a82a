package org.veil.ui.insight;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.veil.ui.Theme;
import org.veil.ui.Workstation;

/**
 * View → Timeline (Ctrl+5) and View → Map (Ctrl+6): each in a window beside the review, closed when
 * the case closes.
 */
public final class InsightWindows {
  private final Workstation workstation;
  private final InsightViews views;
  private Stage timelineStage;
  private Stage mapStage;
  private Stage placeStage;

  public InsightWindows(Workstation workstation, InsightViews views) {
    this.workstation = workstation;
    this.views = views;
    Parent caseRoot = workstation.scene().getRoot();
    // another case or the welcome screen replaces the root: this case's windows go with it
    workstation
        .scene()
        .rootProperty()
        .addListener(
            (obs, old, now) -> {
              if (old == caseRoot) {
                close();
              }
            });
  }

  /** The View menu's entries for a review. */
  public static List<MenuItem> menuItems(
      Workstation workstation, org.veil.ui.review.ReviewViewModel review) {
    InsightWindows windows = new InsightWindows(workstation, new InsightViews(review));
    MenuItem timeline = new MenuItem("Timeline");
    timeline.setId("menu-timeline");
    timeline.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
    timeline.setOnAction(e -> windows.showTimeline());
    MenuItem map = new MenuItem("Map");
    map.setId("menu-map");
    map.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN));
    map.setOnAction(e -> windows.showMap());
    return List.of(timeline, map);
  }

  public InsightViews views() {
    return views;
  }

  public Stage showTimeline() {
    views.load();
    if (timelineStage == null) {
      timelineStage = window(new TimelineView(views.timeline()), "Timeline", 1100, 420);
    }
    timelineStage.show();
    timelineStage.toFront();
    return timelineStage;
  }

  public Stage showMap() {
    views.load();
    if (mapStage == null) {
      MapView view = new MapView(views.map());
      view.onOpen(cluster -> showPlace(cluster.itemIds()));
      mapStage = window(view, "Map", 1000, 600);
    }
    mapStage.show();
    mapStage.toFront();
    return mapStage;
  }

  /** The items of a marker, in one window reused for the next marker. */
  public Stage showPlace(List<Long> itemIds) {
    PlaceItemsView view =
        new PlaceItemsView(
            views.review(), itemIds, () -> workstation.scene().getWindow().requestFocus());
    if (placeStage == null) {
      placeStage = window(view, "Items here", 720, 520);
    } else {
      placeStage.getScene().setRoot(view);
    }
    placeStage.setTitle("Veil — " + itemIds.size() + (itemIds.size() == 1 ? " item" : " items"));
    placeStage.show();
    placeStage.toFront();
    return placeStage;
  }

  private Stage window(Parent root, String title, double width, double height) {
    Stage stage = new Stage();
    stage.initOwner(workstation.scene().getWindow());
    Scene scene = new Scene(root, width, height);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle("Veil — " + title);
    return stage;
  }

  public void close() {
    for (Stage stage : new Stage[] {timelineStage, mapStage, placeStage}) {
      if (stage != null) {
        stage.close();
      }
    }
  }
}

package org.veil.ui.insight;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.veil.ui.CaseTabs;
import org.veil.ui.I18n;
import org.veil.ui.Theme;
import org.veil.ui.Workstation;
import org.veil.ui.chats.ChatsViewModel;
import org.veil.ui.review.ReviewViewModel;

/**
 * The Timeline and Map tabs of an open case, added after the case's other tabs; their data is read
 * the first time either is shown. A marker's items open in a window of their own, closed with the
 * case.
 */
public final class InsightTabs {
  public static final String TIMELINE = "timeline";
  public static final String MAP = "map";

  private final Workstation workstation;
  private final InsightViews views;
  private final TimelineView timelineView;
  private final MapView mapView;
  private Stage placeStage;

  private InsightTabs(Workstation workstation, InsightViews views) {
    this.workstation = workstation;
    this.views = views;
    this.timelineView = new TimelineView(views.timeline());
    this.mapView = new MapView(views.map());
    mapView.onOpen(cluster -> showPlace(cluster.itemIds()));
  }

  /** Adds the two tabs to a case's tab pane: the one line the workstation calls. */
  public static InsightTabs add(TabPane tabs, Workstation workstation, ReviewViewModel review) {
    InsightTabs insight = new InsightTabs(workstation, new InsightViews(review));
    Tab timeline = CaseTabs.tab(TIMELINE, I18n.text("tab.timeline"), insight.timelineView);
    Tab map = CaseTabs.tab(MAP, I18n.text("tab.map"), insight.mapView);
    tabs.getTabs().addAll(timeline, map);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == timeline || now == map) {
                insight.views.load();
              }
            });
    linkChatSearch(insight.views.timeline(), workstation.chats());
    // the case's tabs leave the window when another case or the welcome screen comes: so does
    // the marker window
    tabs.sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null && now == null) {
                insight.close();
              }
            });
    return insight;
  }

  /** The brushed days also become the Chats search's date range (the analyst runs the search). */
  static void linkChatSearch(TimelineViewModel timeline, ChatsViewModel chats) {
    if (chats == null) {
      return;
    }
    timeline
        .brushedProperty()
        .addListener(
            (obs, old, now) -> {
              chats.fromProperty().set(now == null ? null : now.from());
              chats.toProperty().set(now == null ? null : now.to());
            });
  }

  /** View menu entries: Timeline (Ctrl+5) and Map (Ctrl+6) select their tabs. */
  public static List<MenuItem> menuItems(Workstation workstation) {
    return List.of(
        select(workstation, I18n.text("tab.timeline"), TIMELINE, KeyCode.DIGIT5),
        select(workstation, I18n.text("tab.map"), MAP, KeyCode.DIGIT6));
  }

  private static MenuItem select(Workstation workstation, String text, String id, KeyCode key) {
    MenuItem item = new MenuItem(text);
    item.setId("menu-" + id);
    item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(
        e -> {
          if (workstation.scene().lookup("#case-tabs") instanceof TabPane tabs) {
            tabs.getTabs().stream()
                .filter(t -> (id + "-tab").equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
          }
        });
    return item;
  }

  public InsightViews views() {
    return views;
  }

  public TimelineView timelineView() {
    return timelineView;
  }

  public MapView mapView() {
    return mapView;
  }

  /** The items of a marker, in one window reused for the next marker. */
  public Stage showPlace(List<Long> itemIds) {
    PlaceItemsView view = new PlaceItemsView(views.review(), itemIds, this::showReview);
    if (placeStage == null) {
      placeStage = new Stage();
      placeStage.initOwner(workstation.scene().getWindow());
      Scene scene = new Scene(view, 720, 520);
      Theme.style(scene);
      placeStage.setScene(scene);
    } else {
      placeStage.getScene().setRoot(view);
    }
    placeStage.setTitle(
        I18n.format("app.titleWithCase", I18n.format("map.itemsHere", itemIds.size())));
    placeStage.show();
    placeStage.toFront();
    return placeStage;
  }

  public Stage placeStage() {
    return placeStage;
  }

  private void showReview() {
    if (workstation.scene().lookup("#case-tabs") instanceof TabPane tabs) {
      tabs.getSelectionModel().select(0);
    }
    workstation.scene().getWindow().requestFocus();
  }

  public void close() {
    if (placeStage != null) {
      placeStage.close();
    }
  }
}

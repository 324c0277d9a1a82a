package org.veil.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * The screens of an open case, one tab each (Review, Chats, ...). Ctrl+1, Ctrl+2, ... select them
 * in order; with Shift the keys go on to the screen (the review's thumbnail sizes).
 */
public final class CaseTabs {
  private CaseTabs() {}

  public static TabPane of(Tab... tabs) {
    TabPane pane = new TabPane(tabs);
    pane.setId("case-tabs");
    pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    pane.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() && !e.isShiftDown() && e.getCode().isDigitKey()) {
            int n = Character.getNumericValue(e.getCode().getChar().charAt(0));
            if (n >= 1 && n <= pane.getTabs().size()) {
              pane.getSelectionModel().select(n - 1);
              e.consume();
            }
          }
        });
    return pane;
  }

  /** A tab titled {@code title} with id {@code id + "-tab"}; its key is its position. */
  public static Tab tab(String id, String title, Node content) {
    Tab tab = new Tab(title, content);
    tab.setId(id + "-tab");
    tab.setClosable(false);
    return tab;
  }
}

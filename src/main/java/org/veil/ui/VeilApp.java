package org.veil.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The workstation. */
public final class VeilApp extends Application {
  public static void start(String[] args) {
    Application.launch(VeilApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Veil");
    stage.show();
  }
}

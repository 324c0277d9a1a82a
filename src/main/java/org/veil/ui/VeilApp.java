package org.veil.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The workstation as an application. With no argument it opens the demo case (built on first use);
 * with one, that case folder.
 */
public final class VeilApp extends Application {
  public static void start(String[] args) {
    Application.launch(VeilApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    I18n.use(Settings.load(Settings.defaultHome()).language()); // before the first word is drawn
    Workstation workstation = Workstation.standard(stage);
    stage.show();
    workstation.openOnStart(args.isEmpty() ? null : Path.of(args.getFirst()));
  }
}

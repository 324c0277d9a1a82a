package org.veil;

import org.veil.cli.VeilCommand;
import org.veil.ui.VeilApp;

/**
 * The jar's entry point. A class extending {@code Application} cannot be the main class on the
 * class path, so this one decides: no arguments (or a case folder) starts the workstation, anything
 * else is a {@code veil} command.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 0 || (args.length == 1 && looksLikeCase(args[0]))) {
      VeilApp.start(args);
      return;
    }
    System.exit(VeilCommand.run(args));
  }

  private static boolean looksLikeCase(String arg) {
    return !arg.startsWith("-")
        && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg, "case.db"));
  }
}

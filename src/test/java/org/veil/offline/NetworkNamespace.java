package org.veil.offline;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether this machine lets us run a child without any network ({@code unshare --net}). */
final class NetworkNamespace {
  private static Boolean available;

  private NetworkNamespace() {}

  static synchronized boolean available() {
    if (available == null) {
      available = probe();
    }
    return available;
  }

  private static boolean probe() {
    if (!System.getProperty("os.name").startsWith("Linux")) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder("unshare", "--net", "--", "true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

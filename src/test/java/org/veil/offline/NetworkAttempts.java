package org.veil.offline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The record every network guard writes to: one block per attempt (kind, target, stack) appended to
 * the file named by {@value #LOG_PROPERTY}. A file, not an exception, is the verdict, because code
 * under test may catch and swallow the exception the guard throws.
 */
public final class NetworkAttempts {
  /** Set only in the guarded child JVM; without it the guards stay out of the way. */
  public static final String LOG_PROPERTY = "veil.offline.log";

  /** The first line of each recorded attempt starts with this. */
  public static final String MARK = "NETWORK ATTEMPT ";

  private NetworkAttempts() {}

  public static boolean armed() {
    return System.getProperty(LOG_PROPERTY) != null;
  }

  /** Records the attempt and returns the exception the guard then throws. */
  public static SocketException refuse(String kind, String target) {
    SocketException refusal =
        new SocketException("Veil offline guard: " + kind + " " + target + " refused");
    StringWriter trace = new StringWriter();
    refusal.printStackTrace(new PrintWriter(trace));
    String entry = MARK + kind + " " + target + System.lineSeparator() + trace;
    String log = System.getProperty(LOG_PROPERTY);
    if (log != null) {
      synchronized (NetworkAttempts.class) {
        try {
          Files.writeString(
              Path.of(log),
              entry,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new IllegalStateException("cannot record a network attempt in " + log, e);
        }
      }
    }
    return refusal;
  }
}

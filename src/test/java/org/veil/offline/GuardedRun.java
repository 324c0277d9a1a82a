package org.veil.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link OfflineWorkload} in a child JVM with every network guard armed, inside a
 * network namespace of its own when {@code unshare -n} works (root on Linux), so that even an
 * attempt the guards missed could not leave the machine.
 */
public record GuardedRun(int exit, String stdout, String stderr, String attempts, boolean netns) {
  private static final long TIMEOUT_SECONDS = 300;

  public static GuardedRun of(String mode, Path temp) throws IOException, InterruptedException {
    Path work = Files.createDirectories(temp.resolve(mode));
    Path home = Files.createDirectories(temp.resolve(mode + "-home"));
    Path tmp = Files.createDirectories(temp.resolve(mode + "-tmp"));
    Path log = temp.resolve(mode + "-attempts.log");
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>();
    boolean netns = NetworkNamespace.available();
    if (netns) {
      command.addAll(List.of("unshare", "--net", "--"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "-D" + NetworkAttempts.LOG_PROPERTY + "=" + log,
            "-Djava.nio.channels.spi.SelectorProvider=" + RefusingSelectorProvider.class.getName(),
            "-Djava.nio.channels.spi.AsynchronousChannelProvider="
                + RefusingAsyncChannelProvider.class.getName(),
            "-Djava.awt.headless=true",
            "-Duser.home=" + home,
            "-Dveil.home=" + home.resolve(".veil"),
            "-Djava.io.tmpdir=" + tmp,
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx1g",
            OfflineWorkload.class.getName(),
            mode,
            work.toString()));
    Path out = temp.resolve(mode + "-stdout.txt");
    Path err = temp.resolve(mode + "-stderr.txt");
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new AssertionError(mode + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new GuardedRun(
        child.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "",
        netns);
  }

  /** The workload itself succeeded (exit 0), whatever the network verdict. */
  public void assertFinished() {
    if (exit != 0) {
      throw new AssertionError("exit " + exit + "\n" + stdout + "\n" + stderr);
    }
  }

  /** Fails with every recorded attempt and its stack when there was at least one. */
  public void assertNoNetwork() {
    if (!attempts.isBlank()) {
      throw new AssertionError("the network was reached for:\n" + attempts);
    }
  }

  public List<String> attemptKinds() {
    return attempts
        .lines()
        .filter(l -> l.startsWith(NetworkAttempts.MARK))
        .map(l -> l.substring(NetworkAttempts.MARK.length()))
        .toList();
  }
}

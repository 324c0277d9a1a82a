package org.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.offline.GuardedRun;

/**
 * Veil never reaches for the network: a whole case (ingest, chat import, search, duplicates, hash
 * sets, export, audit) runs through the real commands in a child JVM where every way of opening a
 * connection or resolving a name is recorded and refused, and the record must stay empty. The other
 * tests prove the guard sees what it claims to see.
 */
class OfflineGuaranteeTest {
  @TempDir Path temp;

  @Test
  void ingestChatImportAndSearchNeverTouchTheNetwork() throws Exception {
    GuardedRun run = GuardedRun.of("work", temp);
    run.assertFinished();
    run.assertNoNetwork();
    assertTrue(run.stdout().contains("WORKLOAD OK"), run.stdout());
  }

  @Test
  void theGuardRefusesAndRecordsEveryWayOut() throws Exception {
    GuardedRun run = GuardedRun.of("probe", temp);
    run.assertFinished();
    List<String> probes = run.stdout().lines().filter(l -> l.contains(": ")).toList();
    assertEquals(9, probes.size(), run.stdout());
    for (String probe : probes) {
      assertTrue(probe.contains(": refused"), "not refused: " + probe + "\n" + run.stdout());
    }
    List<String> kinds = run.attemptKinds();
    for (String expected :
        List.of(
            "dns-lookup veil-offline-probe.invalid",
            "socket tcp",
            "server-socket tcp",
            "datagram-socket create",
            "nio socket channel",
            "nio selector",
            "async socket channel",
            "url-connection http://127.0.0.1:9/")) {
      assertTrue(
          kinds.stream().anyMatch(k -> k.startsWith(expected)),
          "no record of " + expected + " in " + kinds);
    }
    assertThrows(AssertionError.class, run::assertNoNetwork);
  }

  @Test
  void anAttemptThatTheCodeSwallowsStillFails() throws Exception {
    GuardedRun run = GuardedRun.of("swallowed", temp);
    run.assertFinished();
    assertTrue(run.stdout().contains("swallowed"));
    AssertionError verdict = assertThrows(AssertionError.class, run::assertNoNetwork);
    assertTrue(verdict.getMessage().contains("OfflineWorkload.swallowed"), verdict.getMessage());
  }
}

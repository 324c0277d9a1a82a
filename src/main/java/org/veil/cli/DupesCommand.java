package org.veil.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.dupes.ExactDuplicates;
import org.veil.dupes.NearDuplicates;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemPdq;
import org.veil.model.ItemSha256;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil dupes DIR [--exact | --near [--distance D]] [--json]}: a case's duplicate groups,
 * largest first; exact groups (same SHA-256) before near groups (PDQ) unless one kind is chosen.
 */
@Command(
    name = "dupes",
    mixinStandardHelpOptions = true,
    description =
        "List duplicate groups: exact (same SHA-256) and near (PDQ within a Hamming distance).")
public final class DupesCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @ArgGroup(exclusive = true)
  Kind kind;

  static final class Kind {
    @Option(names = "--exact", description = "Only exact groups.")
    boolean exact;

    @Option(names = "--near", description = "Only near groups.")
    boolean near;
  }

  @Option(
      names = "--distance",
      defaultValue = "" + NearDuplicates.DEFAULT_DISTANCE,
      description =
          "Largest PDQ Hamming distance for near groups, 0-63 (default: ${DEFAULT-VALUE}).")
  int distance;

  @Option(
      names = "--json",
      description = "JSON Lines: {group, kind, members: [{item, path, distance}]}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws CaseException {
    if (distance < 0 || distance > NearDuplicates.MAX_DISTANCE) {
      throw new CliFailure(
          "--distance must be 0-" + NearDuplicates.MAX_DISTANCE + ", was " + distance);
    }
    boolean exact = kind == null || kind.exact;
    boolean near = kind == null || kind.near;
    List<ItemSha256> digests = new ArrayList<>();
    List<ItemPdq> hashes = new ArrayList<>();
    Map<Long, String> paths = new HashMap<>();
    try (CaseFolder folder = CaseFolder.open(dir)) {
      new ItemStore(folder.db())
          .forEach(
              item -> {
                paths.put(item.id(), item.path());
                if (item.hashes() != null && item.hashes().sha256() != null) {
                  digests.add(new ItemSha256(item.id(), item.hashes().sha256()));
                }
                if (item.pdq() != null) {
                  hashes.add(new ItemPdq(item.id(), item.pdq()));
                }
              });
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    if (exact) {
      groups.addAll(ExactDuplicates.group(digests));
    }
    if (near) {
      groups.addAll(NearDuplicates.group(hashes, distance));
    }
    PrintWriter out = spec.commandLine().getOut();
    int number = 0;
    for (DuplicateGroup group : groups) {
      number++;
      if (json) {
        writeJson(out, number, group, paths);
      } else {
        out.printf("group %d: %s, %d items%n", number, group.kind().label(), group.size());
        for (DuplicateMember member : group.members()) {
          out.printf(
              "  %8d  %3d  %s%n", member.itemId(), member.distance(), paths.get(member.itemId()));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void writeJson(
      PrintWriter out, int number, DuplicateGroup group, Map<Long, String> paths) {
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("group", number);
      g.writeStringField("kind", group.kind().label());
      g.writeArrayFieldStart("members");
      for (DuplicateMember member : group.members()) {
        g.writeStartObject();
        g.writeNumberField("item", member.itemId());
        g.writeStringField("path", paths.get(member.itemId()));
        g.writeNumberField("distance", member.distance());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.close();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

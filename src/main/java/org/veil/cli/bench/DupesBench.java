package org.veil.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.veil.dupes.NearDuplicates;
import org.veil.dupes.NearPairs;
import org.veil.dupes.PdqBits;
import org.veil.media.ImageDecoder;
import org.veil.media.MediaException;
import org.veil.media.Pdq;
import org.veil.model.DecodedImage;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemPdq;
import org.veil.model.PdqHash;
import org.veil.synth.SyntheticImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench dupes --hashes N}: near-duplicate grouping of N synthetic PDQ hashes with
 * planted clusters, through the index and by a linear scan in the same run, the recall of the
 * planted pairs, and PDQ hashing time against decode time on synthetic 1280x960 JPEGs.
 */
@Command(
    name = "dupes",
    mixinStandardHelpOptions = true,
    description =
        "Near-duplicate grouping: index vs linear scan, recall of planted pairs, PDQ vs decode"
            + " time. Prints a table, then one JSON line.")
public final class DupesBench implements Callable<Integer> {
  @Option(names = "--hashes", defaultValue = "1000000", description = "Hashes to group.")
  int hashes;

  @Option(
      names = "--distance",
      defaultValue = "31",
      description = "Grouping distance (default: ${DEFAULT-VALUE}).")
  int distance;

  @Option(
      names = "--planted",
      defaultValue = "0.1",
      description = "Share of hashes that are near copies of another (default: ${DEFAULT-VALUE}).")
  double planted;

  @Option(
      names = "--linear-sample",
      defaultValue = "2000",
      description = "Queries scanned linearly when N is too large for a full scan.")
  int linearSample;

  @Option(
      names = "--full-linear-max",
      defaultValue = "50000",
      description = "Up to this N the linear scan runs in full.")
  int fullLinearMax;

  @Option(
      names = "--bk-tree-queries",
      defaultValue = "200",
      description = "Queries timed on a BK-tree over all hashes, for comparison (0: skip).")
  int bkTreeQueries;

  @Option(names = "--images", defaultValue = "8", description = "JPEGs for PDQ vs decode time.")
  int images;

  @Option(names = "--threads", description = "Workers (default: one per core).")
  Integer threads;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (hashes < 2 || planted < 0 || planted >= 1 || distance < 0) {
      spec.commandLine().getErr().println("veil bench dupes: --hashes >= 2, 0 <= --planted < 1");
      return 2;
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;

    Corpus corpus = Corpus.generate(hashes, planted, distance, seed);
    out.printf(
        "dupes bench: %,d hashes, %,d planted near copies (1-%d bits flipped), %d workers%n",
        hashes, corpus.plantedPairs.length / 2, distance, workers);
    out.flush();

    long t0 = System.nanoTime();
    List<DuplicateGroup> groups =
        NearDuplicates.group(corpus.items, distance, NearDuplicates.MIN_QUALITY, workers);
    double indexSeconds = seconds(t0);

    long t1 = System.nanoTime();
    long[] pairs = NearPairs.within(corpus.words, distance, workers);
    double pairSeconds = seconds(t1);

    double recall = recall(corpus, groups);

    Linear linear = linear(corpus, pairs);

    BkTreeTiming bk = bkTreeQueries > 0 ? bkTree(corpus.words, bkTreeQueries) : null;

    double[] pdqVsDecode = pdqVsDecode(images, seed);

    out.printf("%-44s %12s%n", "measure", "value");
    row(out, "grouping through the index (parse + group), s", "%.2f", indexSeconds);
    row(out, "  of which pair search alone (rerun), s", "%.2f", pairSeconds);
    row(out, "near pairs found", "%,d", pairs.length);
    row(out, "groups", "%,d", groups.size());
    row(
        out,
        "linear all-pairs scan, s" + (linear.extrapolated ? " (extrapolated)" : ""),
        "%.1f",
        linear.seconds);
    if (linear.extrapolated) {
      row(out, "  measured: queries x all hashes", "%,d", (long) linear.queries);
      row(out, "  measured time, s", "%.2f", linear.measuredSeconds);
    }
    row(out, "linear pairs missing from the index", "%,d", (long) linear.missedByIndex);
    row(out, "speed-up index vs linear", "%.0fx", linear.seconds / indexSeconds);
    row(out, "recall of planted pairs", "%.4f", recall);
    if (bk != null) {
      row(out, "BK-tree: build over all hashes, s", "%.2f", bk.buildSeconds);
      row(out, "BK-tree: nodes visited per query, share", "%.3f", bk.visitedShare);
      row(out, "BK-tree: all queries, s (extrapolated)", "%.1f", bk.extrapolatedSeconds);
    }
    row(out, "PDQ per 1280x960 image (ingest decode), ms", "%.2f", pdqVsDecode[0]);
    row(out, "decode per 1280x960 JPEG (ingest), ms", "%.2f", pdqVsDecode[1]);
    row(out, "PDQ per 1280x960 image at full size, ms", "%.2f", pdqVsDecode[2]);

    StringWriter json = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
      g.writeStartObject();
      g.writeStringField("bench", "dupes");
      g.writeNumberField("hashes", hashes);
      g.writeNumberField("distance", distance);
      g.writeNumberField("threads", workers);
      g.writeNumberField("index_s", round(indexSeconds, 3));
      g.writeNumberField("pair_search_s", round(pairSeconds, 3));
      g.writeNumberField("linear_s", round(linear.seconds, 3));
      g.writeBooleanField("linear_extrapolated", linear.extrapolated);
      g.writeNumberField("linear_missed_by_index", linear.missedByIndex);
      g.writeNumberField("planted_pairs", corpus.plantedPairs.length / 2);
      g.writeNumberField("recall", round(recall, 6));
      g.writeNumberField("groups", groups.size());
      if (bk != null) {
        g.writeNumberField("bktree_s", round(bk.buildSeconds + bk.extrapolatedSeconds, 3));
        g.writeBooleanField("bktree_extrapolated", true);
        g.writeNumberField("bktree_visited_share", round(bk.visitedShare, 4));
      }
      g.writeNumberField("pdq_ms_per_image", round(pdqVsDecode[0], 3));
      g.writeNumberField("decode_ms_per_image", round(pdqVsDecode[1], 3));
      g.writeNumberField("pdq_full_resolution_ms_per_image", round(pdqVsDecode[2], 3));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(json);
    out.flush();
    return recall == 1.0 && linear.missedByIndex == 0 ? 0 : 1;
  }

  /** Random hashes, some of them near copies (1..distance distinct bits flipped) of another. */
  record Corpus(List<ItemPdq> items, long[] words, int[] plantedPairs) {
    static Corpus generate(int n, double share, int distance, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      long[] words = new long[4 * n];
      int[] planted = new int[2 * (int) Math.ceil(n * share + 1)];
      int plantedCount = 0;
      for (int i = 0; i < n; i++) {
        if (i > 0 && random.nextDouble() < share) {
          int source = random.nextInt(i);
          System.arraycopy(words, 4 * source, words, 4 * i, 4);
          int bits = 1 + random.nextInt(Math.max(1, distance));
          long[] flipped = new long[4];
          int done = 0;
          while (done < bits) {
            int bit = random.nextInt(256);
            if ((flipped[bit >> 6] & (1L << (bit & 63))) == 0) {
              flipped[bit >> 6] |= 1L << (bit & 63);
              done++;
            }
          }
          for (int k = 0; k < 4; k++) {
            words[4 * i + k] ^= flipped[k];
          }
          planted[plantedCount++] = source;
          planted[plantedCount++] = i;
        } else {
          for (int k = 0; k < 4; k++) {
            words[4 * i + k] = random.nextLong();
          }
        }
      }
      List<ItemPdq> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(new ItemPdq(i, new PdqHash(PdqBits.hex(words, 4 * i), 100)));
      }
      return new Corpus(items, words, java.util.Arrays.copyOf(planted, plantedCount));
    }
  }

  private static double recall(Corpus corpus, List<DuplicateGroup> groups) {
    Map<Long, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (DuplicateMember member : groups.get(g).members()) {
        groupOf.put(member.itemId(), g);
      }
    }
    int pairs = corpus.plantedPairs.length / 2;
    if (pairs == 0) {
      return 1.0;
    }
    int found = 0;
    for (int p = 0; p < pairs; p++) {
      Integer a = groupOf.get((long) corpus.plantedPairs[2 * p]);
      Integer b = groupOf.get((long) corpus.plantedPairs[2 * p + 1]);
      if (a != null && a.equals(b)) {
        found++;
      }
    }
    return (double) found / pairs;
  }

  record Linear(
      double seconds,
      boolean extrapolated,
      int queries,
      double measuredSeconds,
      int missedByIndex) {}

  /**
   * Compares every hash with every other (or, for large N, a sample of queries with all hashes,
   * scaled to N(N-1)/2 comparisons) and checks that the index found every pair the scan found.
   */
  private Linear linear(Corpus corpus, long[] indexPairs) {
    long[] words = corpus.words;
    int n = words.length / 4;
    boolean full = n <= fullLinearMax;
    int queries = full ? n : Math.min(n, linearSample);
    SplittableRandom random = new SplittableRandom(seed + 7);
    java.util.Set<Long> indexSet = new java.util.HashSet<>();
    for (long pair : indexPairs) {
      indexSet.add(pair);
    }
    int missed = 0;
    long sink = 0;
    long start = System.nanoTime();
    for (int q = 0; q < queries; q++) {
      int i = full ? q : random.nextInt(n);
      int from = full ? i + 1 : 0;
      for (int j = from; j < n; j++) {
        if (j != i && PdqBits.distance(words, 4 * i, words, 4 * j) <= distance) {
          sink++;
          long pair = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
          if (!indexSet.contains(pair)) {
            missed++;
          }
        }
      }
    }
    double measured = seconds(start);
    if (sink < 0) {
      throw new IllegalStateException(); // keeps the loop from being optimised away
    }
    double total =
        full ? measured : measured * ((double) n * (n - 1) / 2) / ((double) queries * (n - 1));
    return new Linear(total, !full, queries, measured, missed);
  }

  record BkTreeTiming(double buildSeconds, double extrapolatedSeconds, double visitedShare) {}

  /** Builds a BK-tree over all hashes, times a sample of radius queries, scales to N queries. */
  private BkTreeTiming bkTree(long[] words, int queries) {
    int n = words.length / 4;
    long start = System.nanoTime();
    BkTree tree = new BkTree(words);
    for (int i = 0; i < n; i++) {
      tree.add(i);
    }
    double build = seconds(start);
    SplittableRandom random = new SplittableRandom(seed + 13);
    long visited = 0;
    long t0 = System.nanoTime();
    for (int q = 0; q < queries; q++) {
      visited += tree.query(random.nextInt(n), distance)[1];
    }
    double measured = seconds(t0);
    return new BkTreeTiming(build, measured * n / queries, (double) visited / queries / n);
  }

  /**
   * Milliseconds per image: {PDQ of the ingest decode, the ingest decode itself, PDQ of a full
   * resolution decode}.
   */
  static double[] pdqVsDecode(int count, long seed) {
    List<byte[]> jpegs = new ArrayList<>();
    for (int i = 0; i < Math.max(1, count); i++) {
      jpegs.add(SyntheticImages.jpeg(SyntheticImages.draw(1280, 960, seed + i), 0.85f));
    }
    try {
      for (byte[] jpeg : jpegs) { // warm-up: JIT and ImageIO registry
        Pdq.hash(ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE).image());
      }
      long decodeNanos = 0;
      long pdqNanos = 0;
      long pdqFullNanos = 0;
      int rounds = 3;
      for (int round = 0; round < rounds; round++) {
        for (byte[] jpeg : jpegs) {
          long t0 = System.nanoTime();
          DecodedImage decoded = ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE);
          long t1 = System.nanoTime();
          Pdq.hash(decoded.image());
          long t2 = System.nanoTime();
          decodeNanos += t1 - t0;
          pdqNanos += t2 - t1;
          DecodedImage full = ImageDecoder.decode(jpeg, 0);
          long t3 = System.nanoTime();
          Pdq.hash(full.image());
          pdqFullNanos += System.nanoTime() - t3;
        }
      }
      double n = rounds * jpegs.size();
      return new double[] {pdqNanos / n / 1e6, decodeNanos / n / 1e6, pdqFullNanos / n / 1e6};
    } catch (MediaException e) {
      throw new IllegalStateException("synthetic JPEG failed to decode: " + e.getMessage(), e);
    }
  }

  private static void row(PrintWriter out, String label, String format, Object value) {
    out.printf("%-44s %12s%n", label, String.format(format, value));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}

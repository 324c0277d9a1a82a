package org.veil.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.veil.bench.GalleryPainter;
import org.veil.bench.GalleryPainter.Timings;
import org.veil.media.Blur;
import org.veil.media.Thumbnailer;
import org.veil.media.VeilSeed;
import org.veil.model.CaseInfo;
import org.veil.model.EvidenceSource;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemFilter;
import org.veil.model.ItemOrder;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.store.CaseFolder;
import org.veil.store.ItemQuery;
import org.veil.store.ItemStore;
import org.veil.store.ItemStore.ItemResult;
import org.veil.store.ItemStore.PendingEntry;
import org.veil.store.SourceStore;
import org.veil.store.ThumbnailStore;
import org.veil.store.ThumbnailStore.Thumbnail;
import org.veil.synth.SyntheticImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench gallery --items N}: a case of N items (rows and 256 px thumbnails written
 * straight through the stores), opened in the workstation's gallery on JavaFX's headless platform:
 * time to the first painted page of 200 thumbnails, a Page Down, and the heap in use.
 */
@Command(
    name = "gallery",
    mixinStandardHelpOptions = true,
    description =
        "Open a case of N items in the gallery: first page of thumbnails, page down, heap."
            + " Prints a table, then one JSON line.")
public final class GalleryBench implements Callable<Integer> {
  private static final int DISTINCT_THUMBNAILS = 97;
  private static final int BATCH = 5_000;

  @Option(names = "--items", defaultValue = "100000", description = "Items in the case.")
  int items;

  @Option(names = "--page", defaultValue = "200", description = "Thumbnails on the first page.")
  int page;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Opens timed after the first (cold) one; figures are their medians.")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Opens after the cold one and before the timed ones, not measured.")
  int warmup;

  @Option(names = "--dir", description = "Where to build the case (default: a temporary folder).")
  Path dir;

  @Option(names = "--keep", description = "Keep the built case (and reuse it with --dir).")
  boolean keep;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (items < 1 || page < 1 || runs < 1 || warmup < 0) {
      spec.commandLine()
          .getErr()
          .println("veil bench gallery: --items, --page and --runs must be >= 1");
      return 2;
    }
    GalleryPainter painter = ServiceLoader.load(GalleryPainter.class).findFirst().orElse(null);
    if (painter == null) {
      spec.commandLine()
          .getErr()
          .println("veil bench gallery: no gallery painter on the class path");
      return 2;
    }
    Path base = dir == null ? Files.createTempDirectory("veil-gallery-bench") : dir;
    Path caseDir = base.resolve("Gallery" + items + CaseFolder.EXTENSION);
    try {
      double buildSeconds = 0;
      long thumbBytes = 0;
      if (!CaseFolder.isCase(caseDir)) {
        out.printf("gallery bench: building a case of %,d items in %s%n", items, caseDir);
        out.flush();
        long t0 = System.nanoTime();
        thumbBytes = build(caseDir, items);
        buildSeconds = (System.nanoTime() - t0) / 1e9;
      }
      out.printf(
          "gallery bench: opening it in the gallery (headless JavaFX, software rendering)%n");
      out.flush();
      BlurBaseline baseline = blurBaseline(caseDir, page);
      GalleryPainter.Timings cold = painter.paint(caseDir, page, false);
      // Later opens in the same process: what an analyst sees once Veil has been running a
      // while. Warm-up opens let the JIT compile the paths first (as JMH does); the figures are
      // medians of several opens, as one open on a 2-core machine moves with whatever else runs.
      for (int run = 0; run < warmup; run++) {
        painter.paint(caseDir, page, false);
      }
      List<GalleryPainter.Timings> warm = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        warm.add(painter.paint(caseDir, page, run == runs - 1));
      }
      GalleryPainter.Timings t = median(warm);
      out.printf(
          "%-44s %12s%n",
          "measure (median of " + runs + " opens after " + warmup + " warm-up)", "value");
      row(out, "items in the case", "%,d", t.items());
      if (buildSeconds > 0) {
        row(out, "case build (rows + thumbnails), s", "%.1f", buildSeconds);
        row(out, "thumbnail bytes, average", "%,d", thumbBytes);
      }
      row(out, "cold start: first page painted, ms", "%,d", cold.firstPageMillis());
      row(out, "cold start: page down painted, ms", "%,d", cold.pageDownMillis());
      row(out, "open + list ids, ms", "%,d", t.openMillis());
      row(out, "first page loaded and blurred (from open), ms", "%,d", t.firstPageLoadedMillis());
      row(out, "first page painted (from open), ms", "%,d", t.firstPageMillis());
      row(out, "  fastest / slowest open, ms", "%s", range(warm, Timings::firstPageMillis));
      row(out, "  thumbnails on it", "%,d", t.painted());
      row(out, "page down painted, ms", "%,d", t.pageDownMillis());
      row(out, "  fastest / slowest, ms", "%s", range(warm, Timings::pageDownMillis));
      row(out, "  thumbnails on it", "%,d", t.pageDownPainted());
      row(
          out,
          "  CPU: FX + render / picture loaders, ms",
          "%s",
          t.firstPageFxCpuMillis() + " / " + t.firstPageLoaderCpuMillis());
      row(
          out,
          "page down CPU: FX + render / loaders, ms",
          "%s",
          t.pageDownFxCpuMillis() + " / " + t.pageDownLoaderCpuMillis());
      long heap = warm.getLast().heapBytes();
      row(out, "heap in use after page down, MB", "%,d", heap >> 20);
      row(out, "blur a page from stored seeds, ms", "%.1f", baseline.seedMillis());
      row(out, "  baseline: from the JPEG thumbnails, ms", "%.1f", baseline.jpegMillis());
      row(out, "  ratio seeds / baseline", "%.2f", baseline.ratio());
      row(
          out,
          "system load average (cores: " + Runtime.getRuntime().availableProcessors() + ")",
          "%.2f",
          loadAverage());
      StringWriter json = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
        g.writeStartObject();
        g.writeStringField("bench", "gallery");
        g.writeNumberField("items", t.items());
        g.writeNumberField("cold_first_page_ms", cold.firstPageMillis());
        g.writeNumberField("cold_page_down_ms", cold.pageDownMillis());
        g.writeNumberField("open_ms", t.openMillis());
        g.writeNumberField("first_page_loaded_ms", t.firstPageLoadedMillis());
        g.writeNumberField("first_page_ms", t.firstPageMillis());
        g.writeNumberField("first_page_thumbnails", t.painted());
        g.writeNumberField("page_down_ms", t.pageDownMillis());
        g.writeNumberField("page_down_thumbnails", t.pageDownPainted());
        g.writeNumberField("heap_mb", heap >> 20);
        g.writeNumberField(
            "blur_page_from_seeds_ms", Math.round(baseline.seedMillis() * 10) / 10.0);
        g.writeNumberField("blur_page_from_jpeg_ms", Math.round(baseline.jpegMillis() * 10) / 10.0);
        g.writeNumberField("blur_seed_over_jpeg", Math.round(baseline.ratio() * 100) / 100.0);
        g.writeNumberField("runs", runs);
        g.writeNumberField("warmup", warmup);
        g.writeNumberField("first_page_fastest_ms", min(warm, Timings::firstPageMillis));
        g.writeNumberField("first_page_slowest_ms", max(warm, Timings::firstPageMillis));
        g.writeNumberField("page_down_fastest_ms", min(warm, Timings::pageDownMillis));
        g.writeNumberField("page_down_slowest_ms", max(warm, Timings::pageDownMillis));
        g.writeBooleanField("first_page_under_200ms", t.firstPageMillis() < 200);
        g.writeBooleanField("page_down_under_100ms", t.pageDownMillis() < 100);
        g.writeBooleanField("heap_under_1gb", heap < (1L << 30));
        g.writeNumberField("first_page_fx_cpu_ms", t.firstPageFxCpuMillis());
        g.writeNumberField("first_page_loader_cpu_ms", t.firstPageLoaderCpuMillis());
        g.writeNumberField("page_down_fx_cpu_ms", t.pageDownFxCpuMillis());
        g.writeNumberField("page_down_loader_cpu_ms", t.pageDownLoaderCpuMillis());
        g.writeNumberField("build_s", Math.round(buildSeconds * 10) / 10.0);
        g.writeNumberField("load_average", loadAverage());
        g.writeEndObject();
      }
      out.println(json);
      out.flush();
      return 0;
    } finally {
      if (!keep) {
        deleteTree(dir == null ? base : caseDir);
      }
    }
  }

  /**
   * Blurring one page of pictures on one thread, from the seeds stored at ingest and, as the
   * baseline in the same run, from the JPEG thumbnails (how older cases are blurred): best of a few
   * passes each, in milliseconds.
   */
  record BlurBaseline(double seedMillis, double jpegMillis) {
    double ratio() {
      return seedMillis / jpegMillis;
    }
  }

  static BlurBaseline blurBaseline(Path caseDir, int count) throws Exception {
    try (CaseFolder folder = CaseFolder.open(caseDir)) {
      ThumbnailStore thumbs = new ThumbnailStore(folder.thumbsDb());
      long[] ids = new ItemQuery(folder.db()).ids(ItemFilter.ALL, ItemOrder.DEFAULT);
      int n = Math.min(count, ids.length);
      double seeds = Double.MAX_VALUE;
      double jpegs = Double.MAX_VALUE;
      for (int pass = 0; pass < 5; pass++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          byte[] seed = thumbs.veil(ids[i]).orElseThrow();
          Blur.blurredWithin(VeilSeed.decode(seed).image(), Blur.DEFAULT_STRENGTH, Blur.SHOWN_SIDE);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          byte[] jpeg = thumbs.get(ids[i]).orElseThrow().jpeg();
          Blur.blurredWithin(
              Thumbnailer.readThumbnailForBlur(jpeg), Blur.DEFAULT_STRENGTH, Blur.SHOWN_SIDE);
        }
        long t2 = System.nanoTime();
        seeds = Math.min(seeds, (t1 - t0) / 1e6);
        jpegs = Math.min(jpegs, (t2 - t1) / 1e6);
      }
      return new BlurBaseline(seeds, jpegs);
    }
  }

  /** Each figure's median over the runs (figure by figure, so not one run's numbers). */
  static Timings median(List<Timings> runs) {
    return new Timings(
        runs.getLast().items(),
        median(runs, Timings::openMillis),
        median(runs, Timings::firstPageMillis),
        median(runs, Timings::firstPageLoadedMillis),
        median(runs, Timings::pageDownMillis),
        (int) median(runs, Timings::painted),
        (int) median(runs, Timings::pageDownPainted),
        runs.getLast().heapBytes(),
        median(runs, Timings::firstPageFxCpuMillis),
        median(runs, Timings::firstPageLoaderCpuMillis),
        median(runs, Timings::pageDownFxCpuMillis),
        median(runs, Timings::pageDownLoaderCpuMillis));
  }

  static long median(List<Timings> runs, ToLongFunction<Timings> figure) {
    long[] values = runs.stream().mapToLong(figure).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  private static long min(List<Timings> runs, ToLongFunction<Timings> figure) {
    return runs.stream().mapToLong(figure).min().orElse(0);
  }

  private static long max(List<Timings> runs, ToLongFunction<Timings> figure) {
    return runs.stream().mapToLong(figure).max().orElse(0);
  }

  private static String range(List<Timings> runs, ToLongFunction<Timings> figure) {
    return min(runs, figure) + " / " + max(runs, figure);
  }

  /** Writes the rows and thumbnails; returns the average thumbnail size in bytes. */
  static long build(Path caseDir, int count) throws Exception {
    CaseInfo info =
        new CaseInfo("Gallery bench", "BENCH", "Veil", "bench", Instant.now(), ZoneId.of("UTC"));
    try (CaseFolder folder = CaseFolder.create(caseDir, info)) {
      EvidenceSource source =
          new SourceStore(folder.db())
              .add(EvidenceSource.SourceKind.FOLDER, "/evidence/bench", "bench", Instant.now());
      // thumbnails as ingest makes them (JPEG and veil seed), a few reused for every row
      List<Thumbnailer.Made> made = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < DISTINCT_THUMBNAILS; i++) {
        Thumbnailer.Made thumbnail = Thumbnailer.make(SyntheticImages.draw(640, 480, i + 1), 1);
        made.add(thumbnail);
        total += thumbnail.jpeg().length;
      }
      ItemStore store = new ItemStore(folder.db());
      ThumbnailStore thumbs = new ThumbnailStore(folder.thumbsDb());
      for (int from = 0; from < count; from += BATCH) {
        int to = Math.min(count, from + BATCH);
        List<PendingEntry> pending = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          pending.add(new PendingEntry(path(i), 100_000 + i, null));
        }
        var registered = store.register(source.id(), pending);
        List<ItemResult> rows = new ArrayList<>(to - from);
        List<Thumbnail> pictures = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          long id = registered.get(i - from).id();
          ExifSummary summary =
              new ExifSummary(
                  "Camera" + (i % 7),
                  "Model " + (i % 13),
                  null,
                  null,
                  null,
                  "2024-01-01T10:00:00+09:00",
                  null,
                  null,
                  null,
                  1,
                  640,
                  480,
                  List.of());
          String hex = String.format("%064x", i);
          rows.add(
              new ItemResult(
                  new Item(
                      id,
                      source.id(),
                      path(i),
                      100_000 + i,
                      new Hashes(hex.substring(32), hex.substring(24), hex),
                      "image/jpeg",
                      MediaKind.IMAGE,
                      640,
                      480,
                      ItemState.DONE,
                      null,
                      Set.of(),
                      summary,
                      null),
                  List.of()));
          Thumbnailer.Made thumbnail = made.get(i % DISTINCT_THUMBNAILS);
          pictures.add(
              new Thumbnail(
                  id,
                  thumbnail.width(),
                  thumbnail.height(),
                  thumbnail.jpeg(),
                  thumbnail.seed().encode()));
        }
        thumbs.putAll(pictures);
        store.complete(rows);
      }
      return total / DISTINCT_THUMBNAILS;
    }
  }

  /** The machine's load while measuring: figures taken on a busy machine say so. */
  private static double loadAverage() {
    double load =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return Math.round(load * 100) / 100.0;
  }

  private static String path(int i) {
    return String.format("DCIM/%03d/IMG_%06d.jpg", i / 1000, i);
  }

  private static void row(PrintWriter out, String name, String format, Object value) {
    out.printf("%-44s %12s%n", name, String.format(format, value));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

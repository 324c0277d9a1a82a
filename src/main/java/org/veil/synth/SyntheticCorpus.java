package org.veil.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.veil.synth.CorpusSpec.Format;
import org.veil.synth.CorpusSpec.SizeShare;
import org.veil.task.NamedThreads;

/**
 * Writes a folder of benign synthetic pictures for tests, benchmarks and the demo case. File names
 * say what each file is: {@code IMG_00012.jpg} an original, {@code duplicates/IMG_00012-copy.jpg}
 * an exact copy, {@code near/IMG_00012-resized.jpg} a near duplicate, {@code ai/...} a clue sample.
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  /** One planned original picture. */
  private record Plan(Path relative, SizeShare size, long seed, int orientation) {}

  /**
   * Generates the corpus into {@code dir} (created if needed) on a few named worker threads and
   * returns the files written, originals first, in a stable order.
   */
  public static List<Path> generate(Path dir, CorpusSpec spec) throws IOException {
    Files.createDirectories(dir);
    List<Plan> plans = plan(spec);
    List<Path> written = new ArrayList<>(spec.count());
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), plans.size()));
    ExecutorService workers =
        Executors.newFixedThreadPool(threads, NamedThreads.factory("veil-synth"));
    try {
      List<Future<Path>> originals = new ArrayList<>();
      for (Plan plan : plans) {
        originals.add(workers.submit(() -> writeOriginal(dir, plan, spec.exif())));
      }
      List<Future<Path>> near = new ArrayList<>();
      for (int j = 0; j < spec.nearDuplicates(); j++) {
        Plan source = plans.get((j * 5 + 3) % plans.size());
        int variant = j;
        near.add(workers.submit(() -> writeNear(dir, source, variant)));
      }
      for (Future<Path> future : originals) {
        written.add(future.get());
      }
      for (int j = 0; j < spec.exactDuplicates(); j++) {
        Plan source = plans.get((j * 7 + 1) % plans.size());
        written.add(copy(dir, source));
      }
      for (Future<Path> future : near) {
        written.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("corpus generation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("corpus generation failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    if (spec.aiClues()) {
      Files.createDirectories(dir.resolve("ai"));
      for (AiClueSamples.Sample sample : AiClueSamples.all(spec.seed())) {
        Path file = dir.resolve("ai").resolve(sample.fileName());
        Files.write(file, sample.bytes());
        written.add(file);
      }
    }
    return List.copyOf(written);
  }

  /** Sizes dealt out in exact proportions, then shuffled by the seed. */
  private static List<Plan> plan(CorpusSpec spec) {
    int originals = spec.originals();
    double total = spec.sizes().stream().mapToDouble(SizeShare::share).sum();
    List<SizeShare> sizes = new ArrayList<>(originals);
    double cumulative = 0;
    int assigned = 0;
    for (SizeShare size : spec.sizes()) {
      cumulative += size.share() / total;
      int upTo = (int) Math.round(cumulative * originals);
      for (; assigned < upTo; assigned++) {
        sizes.add(size);
      }
    }
    while (sizes.size() < originals) {
      sizes.add(spec.sizes().getLast());
    }
    Random random = new Random(spec.seed());
    Collections.shuffle(sizes, random);
    List<Plan> plans = new ArrayList<>(originals);
    for (int i = 0; i < originals; i++) {
      SizeShare size = sizes.get(i);
      String name = "IMG_%05d.%s".formatted(i + 1, size.format().extension());
      Path relative =
          spec.subfolders() == 0
              ? Path.of(name)
              : Path.of("folder-%02d".formatted(i % spec.subfolders() + 1), name);
      int orientation = spec.orientations().get(i % spec.orientations().size());
      plans.add(new Plan(relative, size, random.nextLong(), orientation));
    }
    return plans;
  }

  private static Path writeOriginal(Path dir, Plan plan, boolean exif) throws IOException {
    SizeShare size = plan.size();
    byte[] bytes;
    if (size.format() == Format.PNG) {
      bytes = SyntheticImages.png(SyntheticImages.draw(size.width(), size.height(), plan.seed()));
    } else {
      ExifSpec spec = exif ? ExifSpec.camera(plan.seed(), plan.orientation()) : null;
      bytes = SyntheticImages.jpeg(size.width(), size.height(), plan.seed(), size.quality(), spec);
    }
    return write(dir.resolve(plan.relative()), bytes);
  }

  /** Drawn upright and sent without EXIF, as a messenger resizes and strips what it forwards. */
  private static Path writeNear(Path dir, Plan source, int variant) throws IOException {
    SizeShare size = source.size();
    BufferedImage upright = SyntheticImages.draw(size.width(), size.height(), source.seed());
    String stem = stem(source.relative());
    byte[] bytes;
    String suffix;
    switch (variant % 3) {
      case 0 -> {
        bytes =
            SyntheticImages.jpeg(
                SyntheticImages.resized(upright, size.width() / 2, size.height() / 2), 0.75f);
        suffix = "half";
      }
      case 1 -> {
        bytes = SyntheticImages.jpeg(upright, 0.6f);
        suffix = "recompressed";
      }
      default -> {
        double scale = 800.0 / Math.max(size.width(), size.height());
        bytes =
            SyntheticImages.jpeg(
                SyntheticImages.resized(
                    upright,
                    Math.max(8, (int) Math.round(size.width() * scale)),
                    Math.max(8, (int) Math.round(size.height() * scale))),
                0.8f);
        suffix = "chat";
      }
    }
    return write(
        dir.resolve("near").resolve("%s-%s-%d.jpg".formatted(stem, suffix, variant)), bytes);
  }

  private static Path copy(Path dir, Plan source) throws IOException {
    String name = source.relative().getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.'));
    Path target = dir.resolve("duplicates");
    Files.createDirectories(target);
    Path file = target.resolve(stem(source.relative()) + "-copy" + extension);
    for (int n = 2; Files.exists(file); n++) {
      file = target.resolve(stem(source.relative()) + "-copy" + n + extension);
    }
    return Files.copy(dir.resolve(source.relative()), file);
  }

  private static String stem(Path relative) {
    String name = relative.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.veil.synth;

import java.util.List;

/**
 * What {@link SyntheticCorpus} should write.
 *
 * @param count total files written, duplicates and AI samples included
 * @param seed the same seed gives the same files, byte for byte
 * @param sizes the mix of picture sizes; shares are normalised and rounded to whole files
 * @param orientations EXIF orientations given to the pictures in turn
 * @param exif write camera-like EXIF (make, model, serial, lens, date with offset, GPS)
 * @param exactDuplicates byte-identical copies of earlier files, under {@code duplicates/}
 * @param nearDuplicates resized or recompressed copies without EXIF, as a chat app sends them
 * @param aiClues add the {@link AiClueSamples} under {@code ai/}
 * @param subfolders spread pictures over this many folders (0: all in the top folder)
 */
public record CorpusSpec(
    int count,
    long seed,
    List<SizeShare> sizes,
    List<Integer> orientations,
    boolean exif,
    int exactDuplicates,
    int nearDuplicates,
    boolean aiClues,
    int subfolders) {

  /** A share of the corpus at one size, format and JPEG quality (ignored for PNG). */
  public record SizeShare(int width, int height, double share, Format format, float quality) {
    public SizeShare {
      if (width < 8 || height < 8 || share <= 0 || quality <= 0 || quality > 1) {
        throw new IllegalArgumentException("bad size share: " + width + "x" + height);
      }
    }

    public static SizeShare jpeg(int width, int height, double share, float quality) {
      return new SizeShare(width, height, share, Format.JPEG, quality);
    }

    public static SizeShare png(int width, int height, double share) {
      return new SizeShare(width, height, share, Format.PNG, 1f);
    }
  }

  public enum Format {
    JPEG("jpg"),
    PNG("png");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  public CorpusSpec {
    sizes = List.copyOf(sizes);
    orientations = List.copyOf(orientations);
    if (count < 0 || exactDuplicates < 0 || nearDuplicates < 0 || subfolders < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (sizes.isEmpty() || orientations.isEmpty()) {
      throw new IllegalArgumentException("need at least one size and one orientation");
    }
    for (int orientation : orientations) {
      if (orientation < 1 || orientation > 8) {
        throw new IllegalArgumentException("EXIF orientation must be 1-8: " + orientation);
      }
    }
    int originals = originals(count, exactDuplicates, nearDuplicates, aiClues);
    if (originals < 0 || (originals == 0 && exactDuplicates + nearDuplicates > 0)) {
      throw new IllegalArgumentException(
          "count " + count + " leaves no originals for the duplicates and samples asked for");
    }
  }

  static final int AI_SAMPLES = 5;

  /** Pictures that are neither duplicates nor AI samples. */
  public int originals() {
    return originals(count, exactDuplicates, nearDuplicates, aiClues);
  }

  private static int originals(int count, int exact, int near, boolean aiClues) {
    return count - exact - near - (aiClues ? AI_SAMPLES : 0);
  }

  /** The ingest benchmark's mix: 70% 1280x960 chat-media JPEGs, 30% 4000x3000 camera JPEGs. */
  public static CorpusSpec ingestBenchmark(int files, long seed) {
    return builder(files, seed)
        .sizes(
            List.of(SizeShare.jpeg(1280, 960, 0.7, 0.82f), SizeShare.jpeg(4000, 3000, 0.3, 0.92f)))
        .exif(true)
        .build();
  }

  public static Builder builder(int count, long seed) {
    return new Builder(count, seed);
  }

  /** Defaults: 640x480 JPEGs at quality 0.85, orientation 1, EXIF on, nothing else. */
  public static final class Builder {
    private final int count;
    private final long seed;
    private List<SizeShare> sizes = List.of(SizeShare.jpeg(640, 480, 1, 0.85f));
    private List<Integer> orientations = List.of(1);
    private boolean exif = true;
    private int exactDuplicates;
    private int nearDuplicates;
    private boolean aiClues;
    private int subfolders;

    private Builder(int count, long seed) {
      this.count = count;
      this.seed = seed;
    }

    public Builder sizes(List<SizeShare> value) {
      sizes = value;
      return this;
    }

    public Builder orientations(List<Integer> value) {
      orientations = value;
      return this;
    }

    public Builder exif(boolean value) {
      exif = value;
      return this;
    }

    public Builder exactDuplicates(int value) {
      exactDuplicates = value;
      return this;
    }

    public Builder nearDuplicates(int value) {
      nearDuplicates = value;
      return this;
    }

    public Builder aiClues(boolean value) {
      aiClues = value;
      return this;
    }

    public Builder subfolders(int value) {
      subfolders = value;
      return this;
    }

    public CorpusSpec build() {
      return new CorpusSpec(
          count,
          seed,
          sizes,
          orientations,
          exif,
          exactDuplicates,
          nearDuplicates,
          aiClues,
          subfolders);
    }
  }
}

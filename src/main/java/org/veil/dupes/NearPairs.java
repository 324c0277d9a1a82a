package org.veil.dupes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.veil.task.NamedThreads;

/**
 * Finds every pair of 256-bit hashes within a Hamming distance without comparing all pairs:
 * multi-index hashing (Norouzi et al.) run as a join. The hash is cut into 16 chunks of 16 bits;
 * two hashes within distance D differ in some chunk by at most {@code floor(D / 16)} bits
 * (pigeonhole), so for each chunk the hashes are bucketed by that chunk's value and only hashes in
 * the same or neighbouring buckets are compared. Buckets are laid out contiguously, one chunk at a
 * time, so every comparison reads memory already in cache.
 */
public final class NearPairs {
  public static final int CHUNKS = 16;
  private static final int BUCKETS = 1 << 16;
  // Work units per chunk: enough to balance the workers, few enough to keep overhead low.
  private static final int SLICES = 256;

  private NearPairs() {}

  /**
   * All pairs {@code (i, j)}, {@code i < j}, of hashes within {@code distance}, as {@code (long) i
   * << 32 | j}, sorted and without repeats.
   *
   * @param words four longs per hash ({@link PdqBits#parse})
   * @param threads workers to use (named {@code veil-dupes-N})
   */
  public static long[] within(long[] words, int distance, int threads) {
    int n = words.length / 4;
    if (distance < 0) {
      throw new IllegalArgumentException("distance must not be negative: " + distance);
    }
    if (n < 2) {
      return new long[0];
    }
    int[] masks = neighbourMasks(distance / CHUNKS);
    int[] start = new int[BUCKETS + 1];
    int[] order = new int[n];
    long[] sorted = new long[4 * n];
    List<PairList> found = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, threads), NamedThreads.factory("veil-dupes"));
    try {
      for (int chunk = 0; chunk < CHUNKS; chunk++) {
        bucketByChunk(words, n, chunk, start, order, sorted);
        AtomicInteger nextSlice = new AtomicInteger();
        List<Future<PairList>> futures = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
          futures.add(
              pool.submit(
                  () -> {
                    PairList pairs = new PairList();
                    for (int slice = nextSlice.getAndIncrement();
                        slice < SLICES;
                        slice = nextSlice.getAndIncrement()) {
                      int from = slice * (BUCKETS / SLICES);
                      int to = from + BUCKETS / SLICES;
                      compareBuckets(from, to, start, order, sorted, masks, distance, pairs);
                    }
                    return pairs;
                  }));
        }
        for (Future<PairList> future : futures) {
          found.add(future.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("near-duplicate search interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("near-duplicate search failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return sortedUnique(found);
  }

  /** The 16-bit masks of Hamming weight 1..radius: the neighbouring buckets to visit. */
  static int[] neighbourMasks(int radius) {
    return java.util.stream.IntStream.range(1, BUCKETS)
        .filter(m -> Integer.bitCount(m) <= radius)
        .toArray();
  }

  static int chunk(long[] words, int offset, int chunk) {
    long word = words[offset + (chunk >> 2)];
    return (int) ((word >>> (48 - 16 * (chunk & 3))) & 0xffff);
  }

  // Counting sort by the chunk's value: bucket b holds sorted[4*start[b] .. 4*start[b+1]).
  private static void bucketByChunk(
      long[] words, int n, int chunk, int[] start, int[] order, long[] sorted) {
    Arrays.fill(start, 0);
    for (int i = 0; i < n; i++) {
      start[chunk(words, 4 * i, chunk) + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, BUCKETS);
    for (int i = 0; i < n; i++) {
      int position = next[chunk(words, 4 * i, chunk)]++;
      order[position] = i;
      System.arraycopy(words, 4 * i, sorted, 4 * position, 4);
    }
  }

  private static void compareBuckets(
      int from,
      int to,
      int[] start,
      int[] order,
      long[] sorted,
      int[] masks,
      int distance,
      PairList pairs) {
    for (int b = from; b < to; b++) {
      int begin = start[b];
      int end = start[b + 1];
      if (begin == end) {
        continue;
      }
      for (int x = begin; x < end; x++) {
        for (int y = x + 1; y < end; y++) {
          check(x, y, order, sorted, distance, pairs);
        }
      }
      for (int mask : masks) {
        int other = b ^ mask;
        if (other < b) {
          continue; // that pair of buckets is visited from the other side
        }
        int otherBegin = start[other];
        int otherEnd = start[other + 1];
        for (int x = begin; x < end; x++) {
          for (int y = otherBegin; y < otherEnd; y++) {
            check(x, y, order, sorted, distance, pairs);
          }
        }
      }
    }
  }

  private static void check(
      int x, int y, int[] order, long[] sorted, int distance, PairList pairs) {
    if (PdqBits.distance(sorted, 4 * x, sorted, 4 * y) <= distance) {
      int i = order[x];
      int j = order[y];
      pairs.add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
    }
  }

  private static long[] sortedUnique(List<PairList> lists) {
    int total = 0;
    for (PairList list : lists) {
      total += list.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (PairList list : lists) {
      System.arraycopy(list.values, 0, all, at, list.size);
      at += list.size;
    }
    Arrays.sort(all);
    int unique = 0;
    for (int k = 0; k < all.length; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        all[unique++] = all[k];
      }
    }
    return Arrays.copyOf(all, unique);
  }

  private static final class PairList {
    long[] values = new long[64];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}

package org.veil.cli.bench;

import java.util.Arrays;
import org.veil.dupes.PdqBits;

/**
 * A Burkhard-Keller tree over 256-bit hashes, kept only so the benchmark can show why Veil's
 * near-duplicate index is multi-index hashing (ADR 0122): at radius 31 the triangle inequality
 * prunes little, because random PDQ hashes sit 128 +/- 8 bits apart.
 */
final class BkTree {
  private final long[] words;
  private int[] firstChild;
  private int[] nextSibling;
  private int[] key; // distance to the parent
  private int root = -1;

  BkTree(long[] words) {
    this.words = words;
    int n = words.length / 4;
    firstChild = new int[n];
    nextSibling = new int[n];
    key = new int[n];
    Arrays.fill(firstChild, -1);
    Arrays.fill(nextSibling, -1);
  }

  void add(int item) {
    if (root < 0) {
      root = item;
      return;
    }
    int node = root;
    while (true) {
      int d = PdqBits.distance(words, 4 * node, words, 4 * item);
      int child = firstChild[node];
      while (child >= 0 && key[child] != d) {
        child = nextSibling[child];
      }
      if (child < 0) {
        key[item] = d;
        nextSibling[item] = firstChild[node];
        firstChild[node] = item;
        return;
      }
      node = child;
    }
  }

  /** Items within {@code radius} of {@code item}, and how many nodes the search visited. */
  long[] query(int item, int radius) {
    long found = 0;
    long visited = 0;
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = root;
    while (top > 0) {
      int node = stack[--top];
      visited++;
      int d = PdqBits.distance(words, 4 * node, words, 4 * item);
      if (d <= radius && node != item) {
        found++;
      }
      for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
        if (Math.abs(key[child] - d) <= radius) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = child;
        }
      }
    }
    return new long[] {found, visited};
  }
}

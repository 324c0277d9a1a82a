package org.veil.dupes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearPairsTest {
  @Test
  void findsExactlyThePairsAnAllPairsScanFinds() {
    Random random = new Random(11);
    int n = 3000;
    long[] words = new long[4 * n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && random.nextInt(3) == 0) {
        // a copy of an earlier hash with 0..50 bits flipped: spans every chunk radius tested
        int source = random.nextInt(i);
        System.arraycopy(words, 4 * source, words, 4 * i, 4);
        flipDistinct(words, i, random.nextInt(51), random);
      } else {
        for (int k = 0; k < 4; k++) {
          words[4 * i + k] = random.nextLong();
        }
      }
    }
    for (int distance : new int[] {0, 10, 15, 16, 31, 32, 47, 48}) {
      long[] expected = allPairs(words, distance);
      long[] found = NearPairs.within(words, distance, 2);
      assertArrayEquals(expected, found, "distance " + distance);
      if (distance == 31) {
        assertEquals(true, expected.length > 300, "the test plants many pairs: " + expected.length);
      }
    }
  }

  @Test
  void pairsAtTheThresholdAreInAndOneBitFurtherOut() {
    Random random = new Random(5);
    long[] words = new long[4 * 3];
    for (int k = 0; k < 4; k++) {
      words[k] = random.nextLong();
    }
    System.arraycopy(words, 0, words, 4, 4);
    System.arraycopy(words, 0, words, 8, 4);
    // Spread the flips so that no chunk matches exactly: the worst case for the pigeonhole.
    for (int bit = 0; bit < 31; bit++) {
      flip(words, 1, (bit * 8) % 256);
    }
    for (int bit = 0; bit < 32; bit++) {
      flip(words, 2, (bit * 8 + 1) % 256);
    }
    assertEquals(31, PdqBits.distance(words, 0, words, 4));
    assertEquals(32, PdqBits.distance(words, 0, words, 8));
    long[] pairs = NearPairs.within(words, 31, 1);
    assertArrayEquals(new long[] {1L}, pairs, Arrays.toString(pairs)); // (0, 1) only
  }

  @Test
  void negativeDistanceIsRefusedAndTinyInputsHaveNoPairs() {
    assertThrows(IllegalArgumentException.class, () -> NearPairs.within(new long[8], -1, 1));
    assertEquals(0, NearPairs.within(new long[4], 31, 1).length);
    assertEquals(17, NearPairs.neighbourMasks(1).length + 1);
    assertEquals(136, NearPairs.neighbourMasks(2).length);
  }

  @Test
  void hexRoundTripsAndRejectsGarbage() {
    String hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    assertEquals(hex, PdqBits.hex(PdqBits.parse(hex), 0));
    assertEquals(0, PdqBits.distance(hex, hex.toUpperCase()));
    assertThrows(IllegalArgumentException.class, () -> PdqBits.parse(hex.substring(1)));
    assertThrows(IllegalArgumentException.class, () -> PdqBits.parse("z" + hex.substring(1)));
    assertThrows(IllegalArgumentException.class, () -> PdqBits.parse(null));
  }

  static long[] allPairs(long[] words, int distance) {
    int n = words.length / 4;
    long[] pairs = new long[16];
    int size = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (PdqBits.distance(words, 4 * i, words, 4 * j) <= distance) {
          if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
          }
          pairs[size++] = ((long) i << 32) | j;
        }
      }
    }
    return Arrays.copyOf(pairs, size);
  }

  static void flipDistinct(long[] words, int hash, int bits, Random random) {
    int[] positions = random.ints(0, 256).distinct().limit(bits).toArray();
    for (int position : positions) {
      flip(words, hash, position);
    }
  }

  static void flip(long[] words, int hash, int bit) {
    words[4 * hash + bit / 64] ^= 1L << (bit % 64);
  }
}

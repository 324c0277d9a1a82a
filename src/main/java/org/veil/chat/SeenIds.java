package org.veil.chat;

import java.util.HashSet;
import java.util.Set;

/**
 * Message ids seen so far in one chat, to collapse duplicates. Numeric ids (Discord snowflakes) are
 * kept in an open-addressing table of longs: about 16 bytes per message, no objects.
 */
final class SeenIds {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table = new long[1024];
  private int size;
  private boolean holdsEmptyMarker;
  private final Set<String> others = new HashSet<>();

  SeenIds() {
    java.util.Arrays.fill(table, EMPTY);
  }

  /** Adds the id; false when it was already there. */
  boolean add(String id) {
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return others.add(id);
    }
    if (value == EMPTY) {
      boolean added = !holdsEmptyMarker;
      holdsEmptyMarker = true;
      return added;
    }
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, value);
  }

  private boolean insert(long[] into, long value) {
    int mask = into.length - 1;
    int slot = (int) (mix(value) & mask);
    while (into[slot] != EMPTY) {
      if (into[slot] == value) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    into[slot] = value;
    if (into == table) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    java.util.Arrays.fill(table, EMPTY);
    size = 0;
    for (long value : old) {
      if (value != EMPTY) {
        insert(table, value);
      }
    }
  }

  private static long mix(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }
}

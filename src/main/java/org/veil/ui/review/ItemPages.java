package org.veil.ui.review;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.model.Item;
import org.veil.store.ItemQuery;

/**
 * Full item rows for a listing of ids, read a block at a time as cells ask for them and kept in a
 * small LRU of blocks, so a listing of 100 000 items holds only the few pages on screen.
 */
final class ItemPages {
  static final int BLOCK = 256;
  private static final int BLOCKS_KEPT = 48;

  private final ItemQuery query;
  private long[] ids = new long[0];
  private Map<Long, Integer> positions = new HashMap<>();
  private final Map<Integer, Map<Long, Item>> blocks =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Long, Item>> eldest) {
          return size() > BLOCKS_KEPT;
        }
      };

  ItemPages(ItemQuery query) {
    this.query = query;
  }

  void reset(long[] newIds) {
    ids = newIds;
    blocks.clear();
    positions = null; // built on first use: opening a large case should not wait for it
  }

  /** Where {@code id} is in the listing, or -1. */
  int indexOf(long id) {
    if (positions == null) {
      positions = new HashMap<>(ids.length * 2);
      for (int i = 0; i < ids.length; i++) {
        positions.put(ids[i], i);
      }
    }
    Integer at = positions.get(id);
    return at == null ? -1 : at;
  }

  /** Forgets loaded rows (after a change to items) but keeps the listing. */
  void invalidate() {
    blocks.clear();
  }

  int size() {
    return ids.length;
  }

  long id(int index) {
    return ids[index];
  }

  long[] ids() {
    return ids;
  }

  /** The item at {@code index} in the listing, or null out of range. */
  Item at(int index) {
    if (index < 0 || index >= ids.length) {
      return null;
    }
    int block = index / BLOCK;
    Map<Long, Item> rows = blocks.get(block);
    if (rows == null) {
      int from = block * BLOCK;
      int to = Math.min(ids.length, from + BLOCK);
      long[] slice = java.util.Arrays.copyOfRange(ids, from, to);
      List<Item> items = query.byIds(slice);
      rows = new HashMap<>(items.size() * 2);
      for (Item item : items) {
        rows.put(item.id(), item);
      }
      blocks.put(block, rows);
    }
    return rows.get(ids[index]);
  }
}

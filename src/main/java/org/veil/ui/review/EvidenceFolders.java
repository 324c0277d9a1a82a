package org.veil.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.veil.model.EvidenceSource;
import org.veil.ui.I18n;

/**
 * The evidence tree: each source, then its folders and archives (an archive is a folder whose
 * address ends in {@code !/}), with how many items sit below each.
 */
public final class EvidenceFolders {
  /** One node: a source (prefix empty), a folder or an archive. */
  public static final class Node {
    private final String label;
    private final long sourceId;
    private final String prefix;
    private final boolean archive;
    private final Map<String, Node> children = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private long count;

    Node(String label, long sourceId, String prefix, boolean archive) {
      this.label = label;
      this.sourceId = sourceId;
      this.prefix = prefix;
      this.archive = archive;
    }

    public String label() {
      return label;
    }

    public long sourceId() {
      return sourceId;
    }

    /** The path prefix inside the source; empty for the source itself. */
    public String prefix() {
      return prefix;
    }

    public boolean archive() {
      return archive;
    }

    public long count() {
      return count;
    }

    public List<Node> children() {
      return new ArrayList<>(children.values());
    }
  }

  private final Map<Long, Node> roots = new TreeMap<>();

  public EvidenceFolders(List<EvidenceSource> sources) {
    for (EvidenceSource source : sources) {
      String path = source.path();
      roots.put(source.id(), new Node(path, source.id(), "", false));
    }
  }

  /** Counts one item at {@code path} under its source, creating folder nodes on the way. */
  public void add(long sourceId, String path) {
    add(sourceId, path, 1);
  }

  /** Counts {@code items} items at {@code path} (a file, or a folder prefix ending in /). */
  public void add(long sourceId, String path, long items) {
    Node node =
        roots.computeIfAbsent(
            sourceId,
            id -> new Node(I18n.format("chip.source", String.valueOf(id)), id, "", false));
    node.count += items;
    int start = 0;
    while (true) {
      int slash = path.indexOf('/', start);
      if (slash < 0) {
        return;
      }
      boolean archive = slash > 0 && path.charAt(slash - 1) == '!';
      String prefix = path.substring(0, slash + 1);
      String label = archive ? path.substring(start, slash - 1) : path.substring(start, slash);
      Node parent = node;
      node = parent.children.computeIfAbsent(label, l -> new Node(l, sourceId, prefix, archive));
      node.count += items;
      start = slash + 1;
    }
  }

  public List<Node> sources() {
    return new ArrayList<>(roots.values());
  }
}

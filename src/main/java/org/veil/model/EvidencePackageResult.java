package org.veil.model;

import java.nio.file.Path;
import java.util.List;

/**
 * An evidence package as written and recorded.
 *
 * @param manifestSha256 SHA-256 of {@code manifest.json}
 * @param manifestCsvSha256 SHA-256 of {@code manifest.csv}
 * @param auditSeq the row of its {@code export.created} event
 */
public record EvidencePackageResult(
    Path dir,
    List<PackagedItem> items,
    String manifestSha256,
    String manifestCsvSha256,
    long auditSeq) {
  public EvidencePackageResult {
    items = List.copyOf(items);
  }

  public long copied() {
    return items.stream().filter(PackagedItem::copied).count();
  }

  public List<PackagedItem> failed() {
    return items.stream().filter(i -> !i.copied()).toList();
  }
}

package org.veil.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a prosecution report says, gathered once so the HTML and PDF renderings say the same.
 *
 * @param items items of interest (categorised, tagged, noted or bookmarked), by category in scheme
 *     order and then uncategorised, each group by item id
 */
public record CaseReport(
    CaseInfo info,
    Instant generatedAt,
    String generatedBy,
    String veilVersion,
    ReportOptions options,
    List<ReportedSource> sources,
    ReportCounts counts,
    CategoryScheme scheme,
    List<ReportedItem> items,
    List<ReportedMessage> messages,
    ReportAudit audit) {
  public CaseReport {
    sources = List.copyOf(sources);
    items = List.copyOf(items);
    messages = List.copyOf(messages);
  }
}

package org.veil.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the matches of a query spread over chats and senders (the facets of a search).
 *
 * @param byChat chat row id to number of matching messages, largest first
 * @param bySender sender platform id (the exported name when there is no id; empty for lines
 *     without a sender) to number of matching messages, largest first
 */
public record SearchCounts(long total, Map<Long, Long> byChat, Map<String, Long> bySender) {
  public SearchCounts {
    byChat = Collections.unmodifiableMap(new LinkedHashMap<>(byChat));
    bySender = Collections.unmodifiableMap(new LinkedHashMap<>(bySender));
  }
}

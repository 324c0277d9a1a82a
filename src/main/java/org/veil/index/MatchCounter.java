package org.veil.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.veil.model.SearchCounts;

/** Counts every match by chat and by sender from doc values (no stored fields read). */
final class MatchCounter implements CollectorManager<MatchCounter.Counting, SearchCounts> {

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public SearchCounts reduce(Collection<Counting> collectors) {
    long total = 0;
    Map<Long, Long> byChat = new HashMap<>();
    Map<String, Long> bySender = new HashMap<>();
    for (Counting counting : collectors) {
      total += counting.total;
      counting.byChat.forEach((chat, count) -> byChat.merge(chat, count[0], Long::sum));
      counting.bySender.forEach((sender, count) -> bySender.merge(sender, count, Long::sum));
    }
    return new SearchCounts(total, largestFirst(byChat), largestFirst(bySender));
  }

  private static <K extends Comparable<K>> Map<K, Long> largestFirst(Map<K, Long> counts) {
    Map<K, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<K, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }

  static final class Counting implements Collector {
    private long total;
    private final Map<Long, long[]> byChat = new HashMap<>();
    private final Map<String, Long> bySender = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedNumericDocValues chats =
          DocValues.getSortedNumeric(context.reader(), MessageFields.CHAT);
      SortedDocValues senders = DocValues.getSorted(context.reader(), MessageFields.SENDER_KEY);
      long[] perSender = new long[senders.getValueCount()];
      return new LeafCollector() {
        // Messages of one chat sit together in the index: skip the map lookup while it repeats.
        private long lastChat = Long.MIN_VALUE;
        private long[] lastCount;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (chats.advanceExact(doc)) {
            long chat = chats.nextValue();
            if (chat != lastChat || lastCount == null) {
              lastChat = chat;
              lastCount = byChat.computeIfAbsent(chat, key -> new long[1]);
            }
            lastCount[0]++;
          }
          if (senders.advanceExact(doc)) {
            perSender[senders.ordValue()]++;
          }
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < perSender.length; ord++) {
            if (perSender[ord] > 0) {
              bySender.merge(senders.lookupOrd(ord).utf8ToString(), perSender[ord], Long::sum);
            }
          }
        }
      };
    }
  }
}

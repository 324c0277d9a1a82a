package org.veil.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.veil.model.Snippet;

/**
 * Cuts a snippet around what matched. Offsets come from the postings of the three text fields (the
 * Matches API), so what is marked is exactly what the index matched, in any analyzer.
 */
final class SnippetMaker {
  /** Longer messages are cut to about this many chars around the first match. */
  static final int WINDOW = 200;

  private static final int LEAD = 60;

  private final Weight weight;
  private final List<LeafReaderContext> leaves;
  private final Set<String> mentions;

  /**
   * @param textQuery the words of the query, or null when it had none
   */
  SnippetMaker(IndexSearcher searcher, Query textQuery, Set<String> mentions) throws IOException {
    this.weight =
        textQuery == null
            ? null
            : searcher.createWeight(searcher.rewrite(textQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    this.leaves = searcher.getIndexReader().leaves();
    this.mentions = mentions;
  }

  Snippet snippet(int doc, String text) throws IOException {
    List<int[]> spans = new ArrayList<>();
    if (weight != null) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      Matches matches = weight.matches(leaf, doc - leaf.docBase);
      if (matches != null) {
        for (String field : MessageFields.TEXT_FIELDS) {
          MatchesIterator iterator = matches.getMatches(field);
          while (iterator != null && iterator.next()) {
            addSpan(spans, iterator.startOffset(), iterator.endOffset(), text.length());
          }
        }
      }
    }
    markMentions(text, spans);
    return cut(text, merge(spans));
  }

  private void markMentions(String text, List<int[]> spans) {
    if (mentions.isEmpty()) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      return; // offsets would not line up; mentions stay unmarked rather than mis-marked
    }
    for (String name : mentions) {
      String needle = "@" + name;
      for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        int end = at + needle.length();
        boolean wholeName = end == text.length() || !isNameChar(text.charAt(end));
        if (wholeName) {
          addSpan(spans, at, end, text.length());
        }
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static void addSpan(List<int[]> spans, int start, int end, int length) {
    if (start >= 0 && end > start && end <= length) {
      spans.add(new int[] {start, end});
    }
  }

  private static List<int[]> merge(List<int[]> spans) {
    spans.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && span[0] < last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(span.clone());
      }
    }
    return merged;
  }

  static Snippet cut(String text, List<int[]> spans) {
    int start = 0;
    int end = text.length();
    if (text.length() > WINDOW) {
      int first = spans.isEmpty() ? 0 : spans.getFirst()[0];
      start = Math.max(0, Math.min(first - LEAD, text.length() - WINDOW));
      end = Math.min(text.length(), start + WINDOW);
      start = avoidSplitPair(text, start);
      end = avoidSplitPair(text, end);
    }
    String prefix = start > 0 ? "…" : "";
    String suffix = end < text.length() ? "…" : "";
    List<Snippet.Mark> marks = new ArrayList<>();
    for (int[] span : spans) {
      int markStart = Math.max(span[0], start);
      int markEnd = Math.min(span[1], end);
      if (markStart < markEnd) {
        marks.add(
            new Snippet.Mark(
                markStart - start + prefix.length(), markEnd - start + prefix.length()));
      }
    }
    return new Snippet(prefix + text.substring(start, end) + suffix, marks);
  }

  // Never cut between the two halves of an emoji or other supplementary character.
  private static int avoidSplitPair(String text, int index) {
    if (index > 0
        && index < text.length()
        && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1))) {
      return index - 1;
    }
    return index;
  }
}

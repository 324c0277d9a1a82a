package org.veil.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The three ways message text is analysed, one field each. */
final class MessageAnalyzers {
  private MessageAnalyzers() {}

  static Analyzer perField() {
    // No stop words anywhere: "the" or "and" can be evidence in a quoted threat.
    Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    // Default stop tags drop particles (J*) and endings (E*): "사진을" is indexed as "사진".
    // DISCARD keeps only the parts of a compound, so a query for a part finds the whole.
    Analyzer korean =
        new KoreanAnalyzer(
            null,
            KoreanTokenizer.DecompoundMode.DISCARD,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS,
            false);
    Analyzer cjk = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(
        standard, Map.of(MessageFields.TEXT_KOREAN, korean, MessageFields.TEXT_CJK, cjk));
  }
}

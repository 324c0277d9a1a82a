package org.veil.index;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.veil.model.SearchQuery;

/** Turns a {@link SearchQuery} into a Lucene query. */
final class MessageQueries {
  // Exact words count most, then Korean morphemes, then bigrams (which can match across morphemes).
  private static final Map<String, Float> BOOSTS =
      Map.of(
          MessageFields.TEXT, 3f,
          MessageFields.TEXT_KOREAN, 2f,
          MessageFields.TEXT_CJK, 1f);

  private static final String[] STANDARD_ONLY = {MessageFields.TEXT};
  private static final String[] WORDS_AND_MORPHEMES = {
    MessageFields.TEXT, MessageFields.TEXT_KOREAN
  };

  private final Analyzer analyzer;

  MessageQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The parsed words of a query and the mentions they asked for (to mark in snippets). */
  record ParsedText(Query query, Set<String> mentions) {}

  /** The whole query: words (if any) must match; user, chat and dates filter. */
  Query build(SearchQuery search, ParsedText text) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(text == null ? new MatchAllDocsQuery() : text.query(), BooleanClause.Occur.MUST);
    if (search.user() != null) {
      builder.add(userQuery(search.user()), BooleanClause.Occur.FILTER);
    }
    if (search.chatId() != null) {
      builder.add(
          LongField.newExactQuery(MessageFields.CHAT, search.chatId()), BooleanClause.Occur.FILTER);
    }
    if (search.from() != null || search.to() != null) {
      long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochMilli();
      long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochMilli() - 1;
      builder.add(
          LongField.newRangeQuery(MessageFields.SENT, from, to), BooleanClause.Occur.FILTER);
    }
    return builder.build();
  }

  ParsedText parseText(String text) {
    TextParser parser = new TextParser(analyzer);
    Query query;
    try {
      query = parser.parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      throw new SearchSyntaxException(
          "cannot read the query "
              + quoteForMessage(text)
              + " (put text with : / ( ) [ ] or a lone quote inside \"double quotes\"): "
              + firstLine(e.getMessage()),
          e);
    } catch (RuntimeException e) {
      // Too many expanded wildcard terms and similar limits surface as runtime exceptions.
      throw new SearchSyntaxException(
          "cannot run the query " + quoteForMessage(text) + ": " + firstLine(e.getMessage()), e);
    }
    return new ParsedText(withPositiveClause(query), parser.mentions);
  }

  /** {@code --user}: the whole name, or a prefix when it ends with {@code *}. */
  static Query userQuery(String user) {
    String name = MessageFields.normalizeName(user);
    if (name.endsWith("*")) {
      String prefix = name.substring(0, name.length() - 1);
      if (prefix.isEmpty()) {
        throw new SearchSyntaxException("a user prefix needs at least one character before *");
      }
      return new PrefixQuery(new Term(MessageFields.USER, prefix));
    }
    if (name.isEmpty()) {
      throw new SearchSyntaxException("the user name is empty");
    }
    return new TermQuery(new Term(MessageFields.USER, name));
  }

  // "NOT spam" alone would match nothing in Lucene; analysts mean "everything but spam".
  private static Query withPositiveClause(Query query) {
    if (query instanceof BooleanQuery bool
        && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder();
      builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bool.clauses().forEach(builder::add);
      return builder.build();
    }
    return query;
  }

  private static String quoteForMessage(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "'" + shown + "'";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid syntax";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The classic Lucene syntax over the three text fields, plus {@code @name} for mentions and
   * {@code user:name} for senders. Not thread-safe: one per parse.
   */
  private static final class TextParser extends MultiFieldQueryParser {
    private final Set<String> mentions = new LinkedHashSet<>();

    TextParser(Analyzer analyzer) {
      super(MessageFields.TEXT_FIELDS, analyzer, BOOSTS);
      setDefaultOperator(QueryParser.Operator.AND);
      // Several tokens from one typed word (a bigram run, a split compound) must stay adjacent.
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
      setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field == null && !quoted && isMention(queryText)) {
        String name = MessageFields.normalizeName(queryText);
        mentions.add(name);
        return new TermQuery(new Term(MessageFields.MENTION, name));
      }
      if (MessageFields.USER.equals(field)) {
        return userQuery(queryText);
      }
      if (field != null && !isTextField(field)) {
        // "12:30" or "http:..." typed bare: search the text as written, not an unknown field.
        String asWritten = field + ":" + queryText;
        return inFieldsFor(asWritten, () -> super.getFieldQuery(null, asWritten, quoted));
      }
      if (field == null) {
        return inFieldsFor(queryText, () -> super.getFieldQuery(null, queryText, quoted));
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field == null) {
        return inFieldsFor(queryText, () -> super.getFieldQuery(null, queryText, slop));
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    /**
     * Words without CJK characters are analysed alike by all three analyzers, so only the standard
     * field is asked (a third of the work, the same matches); CJK words ask all three.
     */
    private Query inFieldsFor(String text, ParserStep step) throws ParseException {
      String[] all = fields;
      fields = hasCjk(text) ? MessageFields.TEXT_FIELDS : STANDARD_ONLY;
      try {
        return step.run();
      } finally {
        fields = all;
      }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      if (field == null && isMention(termStr)) {
        return new PrefixQuery(
            new Term(MessageFields.MENTION, MessageFields.normalizeName(termStr)));
      }
      if (MessageFields.USER.equals(field)) {
        return userQuery(termStr + "*");
      }
      requireKnown(field);
      if (field == null) {
        // A bigram field cannot answer a prefix; Korean prefixes go to words and morphemes.
        return inFields(
            hasCjk(termStr) ? WORDS_AND_MORPHEMES : STANDARD_ONLY,
            () -> super.getPrefixQuery(null, termStr));
      }
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      if ("*".equals(field) && "*".equals(termStr)) {
        return new MatchAllDocsQuery();
      }
      if (field == null && isMention(termStr)) {
        return new WildcardQuery(
            new Term(MessageFields.MENTION, MessageFields.normalizeName(termStr)));
      }
      if (MessageFields.USER.equals(field)) {
        return new WildcardQuery(
            new Term(MessageFields.USER, MessageFields.normalizeName(termStr)));
      }
      requireKnown(field);
      if (field == null) {
        return inFields(
            hasCjk(termStr) ? WORDS_AND_MORPHEMES : STANDARD_ONLY,
            () -> super.getWildcardQuery(null, termStr));
      }
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      requireKnown(field);
      if (field == null) {
        return inFields(
            hasCjk(termStr) ? WORDS_AND_MORPHEMES : STANDARD_ONLY,
            () -> super.getFuzzyQuery(null, termStr, minSimilarity));
      }
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      requireKnown(field);
      return super.getRegexpQuery(field, termStr);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      requireKnown(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private Query inFields(String[] chosen, ParserStep step) throws ParseException {
      String[] all = fields;
      fields = chosen;
      try {
        return step.run();
      } finally {
        fields = all;
      }
    }

    static boolean hasCjk(String text) {
      return MessageFields.hasCjk(text);
    }

    @FunctionalInterface
    private interface ParserStep {
      Query run() throws ParseException;
    }

    private static boolean isMention(String text) {
      return text.length() > 1 && text.charAt(0) == '@';
    }

    private static boolean isTextField(String field) {
      return Arrays.asList(MessageFields.TEXT_FIELDS).contains(field);
    }

    private static void requireKnown(String field) throws ParseException {
      if (field != null && !isTextField(field)) {
        throw new ParseException("unknown field '" + field + ":' (only user: is a field)");
      }
    }
  }
}

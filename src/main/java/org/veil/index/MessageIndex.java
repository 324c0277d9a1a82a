package org.veil.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.veil.model.SearchCounts;
import org.veil.model.SearchQuery;
import org.veil.model.SearchResults;
import org.veil.model.SearchableMessage;

/**
 * Full-text search over a case's chat messages. The embedded implementation is Lucene in the case
 * folder ({@link LuceneMessageIndex}); callers see only this interface so a shared server backend
 * (OpenSearch, Solr) can replace it. Thread-safe: feed and search from any thread.
 */
public interface MessageIndex extends AutoCloseable {

  /** Opens (or creates) the Lucene index in {@code directory}; one writer per directory. */
  static MessageIndex open(Path directory) throws IOException {
    return LuceneMessageIndex.open(directory);
  }

  /**
   * True when the index was created empty on open (new, written by another {@link IndexVersion} or
   * unreadable): the caller must re-feed every stored message, then {@link #commit()}.
   */
  boolean needsRebuild();

  /** Adds messages, replacing any already indexed under the same id. */
  void put(Collection<SearchableMessage> messages) throws IOException;

  /**
   * Adds messages whose ids are not indexed yet (rows just inserted), skipping the replace lookup
   * {@link #put} does. A message added twice is found twice: use {@code put} when unsure.
   */
  void add(Collection<SearchableMessage> messages) throws IOException;

  void delete(long messageId) throws IOException;

  /** Removes every message (before a full re-feed). */
  void clear() throws IOException;

  /** Makes what was fed durable; searches see it before that already. */
  void commit() throws IOException;

  /** The number of messages indexed, committed or not. */
  long size() throws IOException;

  /** Bytes the index takes on disk. */
  long sizeOnDisk() throws IOException;

  /**
   * The best {@code query.limit()} hits with snippets: by relevance when the query has text, oldest
   * first otherwise.
   *
   * @throws SearchSyntaxException when the query text cannot be parsed
   */
  SearchResults search(SearchQuery query) throws IOException;

  /** Exact per-chat and per-sender counts of every message the query matches (limit ignored). */
  SearchCounts counts(SearchQuery query) throws IOException;

  /** Commits what is pending and releases the index. */
  @Override
  void close() throws IOException;
}

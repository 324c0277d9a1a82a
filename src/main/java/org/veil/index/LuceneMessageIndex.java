package org.veil.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.veil.model.SearchCounts;
import org.veil.model.SearchHit;
import org.veil.model.SearchQuery;
import org.veil.model.SearchResults;
import org.veil.model.SearchableMessage;
import org.veil.model.Snippet;

/**
 * The message index as a Lucene index in one directory: one {@link IndexWriter} (Lucene's write
 * lock refuses a second), near-real-time searchers from a {@link SearcherManager}.
 *
 * <p>Commit policy: the feeder commits (after each import); {@link #close()} commits what is left.
 * Refresh policy: a search after a change refreshes first, so it sees every message fed.
 */
public final class LuceneMessageIndex implements MessageIndex {
  /** Ranking counts exactly up to this many hits; beyond, the total is a lower bound. */
  private static final int EXACT_TOTAL_UP_TO = 1000;

  // Lucene announces its vector support at INFO on stderr, which the CLI keeps for errors; the
  // field holds the logger so the level is not lost when the logger would be collected.
  private static final Logger VECTOR_LOG = quietVectorLog();

  private static final Set<String> HIT_FIELDS =
      Set.of(
          MessageFields.CHAT,
          MessageFields.SENDER,
          MessageFields.SENDER_ID,
          MessageFields.SENT,
          MessageFields.TEXT);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final MessageQueries queries;
  private final boolean needsRebuild;
  private final int version;
  private final AtomicBoolean changedSinceRefresh = new AtomicBoolean();

  private LuceneMessageIndex(
      Directory directory, IndexWriter writer, Analyzer analyzer, boolean needsRebuild, int version)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.queries = new MessageQueries(analyzer);
    this.needsRebuild = needsRebuild;
    this.version = version;
  }

  public static LuceneMessageIndex open(Path path) throws IOException {
    return open(path, IndexVersion.CURRENT);
  }

  /** Opens with an explicit version number (tests of the rebuild trigger). */
  static LuceneMessageIndex open(Path path, int version) throws IOException {
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    try {
      boolean rebuild;
      if (!DirectoryReader.indexExists(directory)) {
        rebuild = true;
      } else {
        Boolean sameVersion = isVersion(directory, version);
        if (sameVersion == null) {
          wipe(directory, path);
        }
        rebuild = sameVersion == null || !sameVersion;
      }
      Analyzer analyzer = MessageAnalyzers.perField();
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(
                  rebuild
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(128)
              .setCommitOnClose(false);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IndexBusyException(
            "the message index in " + path + " is open elsewhere (another Veil window or command)",
            e);
      }
      LuceneMessageIndex index =
          new LuceneMessageIndex(directory, writer, analyzer, rebuild, version);
      if (rebuild) {
        index.commit(); // records the version so an empty case is not rebuilt on every open
      }
      return index;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether the last commit has this version; null when it cannot be read at all. */
  private static Logger quietVectorLog() {
    Logger logger = Logger.getLogger("org.apache.lucene.internal.vectorization");
    logger.setLevel(Level.SEVERE); // its one notice (vector module not enabled) is not for analysts
    return logger;
  }

  private static Boolean isVersion(Directory directory, int version) throws IOException {
    try {
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      return Integer.toString(version).equals(data.get(IndexVersion.COMMIT_KEY));
    } catch (IndexFormatTooOldException
        | IndexFormatTooNewException
        | CorruptIndexException
        | java.io.EOFException e) {
      return null;
    }
  }

  // Another Lucene wrote it, or it is damaged: even a new writer would trip over its files. The
  // directory is the index's own and the messages are in the case database, so start afresh.
  private static void wipe(Directory directory, Path path) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : directory.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(file);
        }
      }
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(
          "the message index in " + path + " is open elsewhere (another Veil window or command)",
          e);
    }
  }

  @Override
  public boolean needsRebuild() {
    return needsRebuild;
  }

  @Override
  public void put(Collection<SearchableMessage> messages) throws IOException {
    for (SearchableMessage message : messages) {
      writer.updateDocument(
          new Term(MessageFields.ID, Long.toString(message.id())), MessageFields.document(message));
    }
    changedSinceRefresh.set(true);
  }

  @Override
  public void add(Collection<SearchableMessage> messages) throws IOException {
    for (SearchableMessage message : messages) {
      writer.addDocument(MessageFields.document(message));
    }
    changedSinceRefresh.set(true);
  }

  @Override
  public void delete(long messageId) throws IOException {
    writer.deleteDocuments(new Term(MessageFields.ID, Long.toString(messageId)));
    changedSinceRefresh.set(true);
  }

  @Override
  public void clear() throws IOException {
    writer.deleteAll();
    changedSinceRefresh.set(true);
  }

  @Override
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IndexVersion.COMMIT_KEY, Integer.toString(version)).entrySet());
    writer.commit();
  }

  @Override
  public long size() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public long sizeOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (java.nio.file.NoSuchFileException e) {
        // merged away while we listed
      }
    }
    return bytes;
  }

  @Override
  public SearchResults search(SearchQuery search) throws IOException {
    MessageQueries.ParsedText text = search.hasText() ? queries.parseText(search.text()) : null;
    Query query = queries.build(search, text);
    IndexSearcher searcher = acquire();
    try {
      TopDocs top;
      if (text != null) {
        top =
            searcher.search(
                query, new TopScoreDocCollectorManager(search.limit(), EXACT_TOTAL_UP_TO));
      } else {
        top = searcher.search(query, search.limit(), oldestFirst());
      }
      SnippetMaker snippets =
          new SnippetMaker(
              searcher,
              text == null ? null : text.query(),
              text == null ? Set.of() : text.mentions());
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      MessageIds ids = new MessageIds(searcher);
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        hits.add(
            hit(
                ids.of(scoreDoc.doc),
                stored.document(scoreDoc.doc, HIT_FIELDS),
                scoreDoc,
                text != null,
                snippets));
      }
      boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
      return new SearchResults(top.totalHits.value(), exact, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public SearchCounts counts(SearchQuery search) throws IOException {
    MessageQueries.ParsedText text = search.hasText() ? queries.parseText(search.text()) : null;
    Query query = queries.build(search, text);
    IndexSearcher searcher = acquire();
    try {
      return searcher.search(query, new MatchCounter());
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer;
        searchers) {
      if (writer.isOpen() && writer.hasUncommittedChanges()) {
        commit();
      }
    }
  }

  private IndexSearcher acquire() throws IOException {
    if (changedSinceRefresh.getAndSet(false)) {
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  /** Message row ids from the ID_ORDER doc values, for hits in any order. */
  private static final class MessageIds {
    private final List<LeafReaderContext> leaves;

    MessageIds(IndexSearcher searcher) {
      this.leaves = searcher.getIndexReader().leaves();
    }

    long of(int doc) throws IOException {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      NumericDocValues ids = DocValues.getNumeric(leaf.reader(), MessageFields.ID_ORDER);
      if (!ids.advanceExact(doc - leaf.docBase)) {
        throw new IOException("index document without a message id: rebuild the index");
      }
      return ids.longValue();
    }
  }

  private static Sort oldestFirst() {
    return new Sort(
        LongField.newSortField(
            MessageFields.SENT, false, SortedNumericSelector.Type.MIN, Long.MIN_VALUE),
        new SortField(MessageFields.ID_ORDER, SortField.Type.LONG));
  }

  private static SearchHit hit(
      long messageId, Document doc, ScoreDoc scoreDoc, boolean ranked, SnippetMaker snippets)
      throws IOException {
    String text = doc.get(MessageFields.TEXT);
    Snippet snippet = snippets.snippet(scoreDoc.doc, text == null ? "" : text);
    IndexableField sent = doc.getField(MessageFields.SENT);
    return new SearchHit(
        messageId,
        doc.getField(MessageFields.CHAT).numericValue().longValue(),
        doc.get(MessageFields.SENDER),
        doc.get(MessageFields.SENDER_ID),
        sent == null ? null : Instant.ofEpochMilli(sent.numericValue().longValue()),
        ranked ? scoreDoc.score : 0f,
        snippet);
  }
}

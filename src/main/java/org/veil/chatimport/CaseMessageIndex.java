package org.veil.chatimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.veil.index.MessageIndex;
import org.veil.model.SearchableMessage;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;

/**
 * Opens a case's message index and makes sure it holds exactly the stored messages: a new, outdated
 * or damaged index, or one that a crash left out of step with the database, is rebuilt from the
 * database before use.
 */
public final class CaseMessageIndex {
  private static final int FEED_BATCH = 5_000;

  private CaseMessageIndex() {}

  public static MessageIndex open(CaseFolder folder) throws IOException {
    MessageIndex index = MessageIndex.open(folder.indexDir().resolve("messages"));
    try {
      ChatStore store = new ChatStore(folder.db());
      if (index.needsRebuild() || index.size() != store.messageCount()) {
        rebuild(index, store);
      }
      return index;
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Empties the index and feeds it every stored message; returns how many. */
  public static long rebuild(MessageIndex index, ChatStore store) throws IOException {
    index.clear();
    long fed = inBatches(store::forEachSearchable, index::add);
    index.commit();
    return fed;
  }

  /** Where a batch of messages goes: added to, or put into (replacing), an index. */
  @FunctionalInterface
  interface BatchWriter {
    void write(List<SearchableMessage> batch) throws IOException;
  }

  /**
   * Streams the messages {@code source} gives to {@code writer} a batch at a time, never holding
   * more than one batch; returns how many.
   */
  static long inBatches(
      java.util.function.Consumer<java.util.function.Consumer<SearchableMessage>> source,
      BatchWriter writer)
      throws IOException {
    long[] fed = {0};
    List<SearchableMessage> batch = new ArrayList<>(FEED_BATCH);
    IOException[] failure = {null};
    source.accept(
        message -> {
          if (failure[0] != null) {
            return;
          }
          batch.add(message);
          if (batch.size() == FEED_BATCH) {
            try {
              writer.write(batch);
            } catch (IOException e) {
              failure[0] = e;
            }
            fed[0] += batch.size();
            batch.clear();
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    writer.write(batch);
    return fed[0] + batch.size();
  }
}

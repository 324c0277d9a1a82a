package org.veil.ui.chats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.index.SearchSyntaxException;
import org.veil.model.ChatImportReport;
import org.veil.model.ChatSummary;
import org.veil.model.Participant;
import org.veil.model.SearchCounts;
import org.veil.model.SearchHit;
import org.veil.model.SearchQuery;
import org.veil.model.SearchResults;
import org.veil.store.ChatStore;
import org.veil.store.ParticipantStore;
import org.veil.task.BackgroundTask;
import org.veil.task.TaskHandle;
import org.veil.ui.OpenCase;

/**
 * The Chats screen: the case's chats, a search with filters, facets and keyword lists, and the
 * detail panes a hit opens (conversation, person, where a file was posted). Holds state as JavaFX
 * properties, calls the core through the case's task runner, and works without a window.
 */
public final class ChatsViewModel implements AutoCloseable {
  /** Hits shown for one search; the counts and facets are always exact. */
  public static final int HIT_LIMIT = 500;

  /** Which detail pane is in front. */
  public enum Detail {
    NONE,
    CONVERSATION,
    PERSON,
    PROVENANCE
  }

  /** One hit as the list shows it. */
  public record HitRow(SearchHit hit, String chatName, String time) {}

  /** One facet value: a chat (key = its id) or a sender (key = the id search matches). */
  public record Facet(String key, String label, long count) {}

  /** One keyword's result; {@code error} set (and hits -1) when the term is not a valid query. */
  public record KeywordResult(String term, long hits, String error) {}

  private final OpenCase opened;
  private final ChatMedia media;
  private final LongConsumer showItem;
  private final ChatStore store;
  private final CaseTimes times;
  private final ConversationViewModel conversation;
  private final PersonViewModel person;
  private final ProvenanceViewModel provenance;
  private final ObservableList<ChatSummary> chats = FXCollections.observableArrayList();
  private final ObservableList<HitRow> hits = FXCollections.observableArrayList();
  private final ObservableList<Facet> chatFacets = FXCollections.observableArrayList();
  private final ObservableList<Facet> senderFacets = FXCollections.observableArrayList();
  private final ObservableList<KeywordResult> keywords = FXCollections.observableArrayList();
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final ObjectProperty<ChatSummary> chat = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper keywordListName = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(Detail.NONE);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
  private List<String> keywordTerms = List.of();
  private Map<String, String> senderNames = Map.of();
  private Map<Long, String> chatNames = Map.of();
  private MessageIndex index;
  private TaskHandle<ChatImportReport> importTask;
  private boolean closed;

  /**
   * @param showItem shows an evidence item in the review (from a posting back to its item)
   */
  public ChatsViewModel(OpenCase opened, ChatMedia media, LongConsumer showItem) {
    this.opened = opened;
    this.media = media;
    this.showItem = showItem;
    this.store = new ChatStore(opened.folder().db());
    this.times = new CaseTimes(opened.folder().timeZone());
    this.conversation = new ConversationViewModel(this);
    this.person = new PersonViewModel(this);
    this.provenance = new ProvenanceViewModel(this);
  }

  // ---- loading

  /** Opens the message index (rebuilding it when it is out of step) and lists the chats. */
  public void load() {
    busy.set(true);
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "chats-open",
                    context -> {
                      MessageIndex opening = index == null ? CaseMessageIndex.open(folder()) : null;
                      return new Object[] {opening, listing()};
                    })
                .onSuccess(
                    result -> {
                      busy.set(false);
                      if (result[0] != null) {
                        if (closed) {
                          closeQuietly((MessageIndex) result[0]);
                          return;
                        }
                        index = (MessageIndex) result[0];
                      }
                      showListing((Listing) result[1]);
                    })
                .onFailure(
                    failure -> {
                      busy.set(false);
                      notice.set("Cannot open the message index: " + failure.getMessage());
                    }));
  }

  private record Listing(List<ChatSummary> chats, List<Participant> participants) {}

  private Listing listing() {
    return new Listing(store.chats(), new ParticipantStore(opened.folder().db()).all());
  }

  private void showListing(Listing listing) {
    Map<Long, String> names = new HashMap<>();
    for (ChatSummary c : listing.chats()) {
      names.put(c.id(), c.name());
    }
    Map<String, String> people = new HashMap<>();
    for (Participant p : listing.participants()) {
      String name = p.displayName() != null ? p.displayName() : p.username();
      people.putIfAbsent(p.platformId(), name == null ? p.platformId() : name);
    }
    chatNames = names;
    senderNames = people;
    ChatSummary selected = chat.get();
    chats.setAll(listing.chats());
    if (selected != null) {
      chat.set(
          listing.chats().stream().filter(c -> c.id() == selected.id()).findFirst().orElse(null));
    }
    summary.set(
        listing.chats().isEmpty()
            ? "No chats in this case yet. Import a chat export to search it."
            : listing.chats().size() + " chats · " + totalMessages(listing.chats()) + " messages");
  }

  private static long totalMessages(List<ChatSummary> list) {
    return list.stream().mapToLong(ChatSummary::messageCount).sum();
  }

  // ---- search

  /** The query the bar and filters describe now. */
  public SearchQuery query() {
    ChatSummary c = chat.get();
    return new SearchQuery(
        text.get(),
        user.get(),
        c == null ? null : c.id(),
        times.startOf(from.get()),
        times.endOf(to.get()),
        HIT_LIMIT);
  }

  /** Runs the query: hits, exact total and facets; an unreadable query is shown, never thrown. */
  public void search() {
    error.set("");
    SearchQuery query;
    try {
      query = query();
    } catch (IllegalArgumentException e) {
      error.set("The dates are the wrong way round: 'from' is after 'to'.");
      return;
    }
    if (index == null) {
      error.set("The message index is not open yet.");
      return;
    }
    MessageIndex searching = index;
    busy.set(true);
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "chat-search",
                    context -> new Found(searching.search(query), searching.counts(query)))
                .onSuccess(
                    found -> {
                      busy.set(false);
                      showFound(query, found);
                    })
                .onFailure(
                    failure -> {
                      busy.set(false);
                      hits.clear();
                      chatFacets.clear();
                      senderFacets.clear();
                      error.set(
                          failure instanceof SearchSyntaxException
                              ? "Cannot read this query: " + failure.getMessage()
                              : "Search failed: " + failure.getMessage());
                    }));
  }

  private record Found(SearchResults results, SearchCounts counts) {}

  private void showFound(SearchQuery query, Found found) {
    List<HitRow> rows = new ArrayList<>(found.results().hits().size());
    for (SearchHit hit : found.results().hits()) {
      rows.add(new HitRow(hit, chatName(hit.chatId()), times.format(hit.sentAt())));
    }
    hits.setAll(rows);
    List<Facet> byChat = new ArrayList<>();
    found
        .counts()
        .byChat()
        .forEach((id, n) -> byChat.add(new Facet(id.toString(), chatName(id), n)));
    chatFacets.setAll(byChat);
    List<Facet> bySender = new ArrayList<>();
    found
        .counts()
        .bySender()
        .forEach(
            (id, n) -> {
              if (!id.isEmpty()) {
                bySender.add(new Facet(id, senderLabel(id), n));
              }
            });
    senderFacets.setAll(bySender);
    long total = found.counts().total();
    summary.set(
        total
            + (total == 1 ? " message" : " messages")
            + (total > rows.size() ? " · showing the first " + rows.size() : "")
            + (query.hasText() ? " · by relevance" : " · oldest first"));
  }

  String chatName(long chatId) {
    return chatNames.getOrDefault(chatId, "chat " + chatId);
  }

  String senderLabel(String senderId) {
    String name = senderNames.get(senderId);
    return name == null || name.equals(senderId) ? senderId : name + " (" + senderId + ")";
  }

  /** Narrows the search to one chat of the facet and runs it again. */
  public void narrowToChat(Facet facet) {
    long id = Long.parseLong(facet.key());
    chat.set(chats.stream().filter(c -> c.id() == id).findFirst().orElse(null));
    search();
  }

  /** Narrows the search to one sender of the facet and runs it again. */
  public void narrowToSender(Facet facet) {
    user.set(facet.key());
    search();
  }

  /** Clears the words and every filter, and shows the chat list's totals again. */
  public void clear() {
    text.set("");
    user.set("");
    chat.set(null);
    from.set(null);
    to.set(null);
    error.set("");
    hits.clear();
    chatFacets.clear();
    senderFacets.clear();
    summary.set(chats.size() + " chats · " + totalMessages(chats) + " messages");
  }

  // ---- keyword lists

  /** Loads a keyword list file (one term a line); the terms run at once. */
  public void loadKeywords(Path file) {
    List<String> terms;
    try {
      terms = KeywordList.read(file);
    } catch (IOException e) {
      notice.set("Cannot read the keyword list: " + e.getMessage());
      return;
    }
    keywordListName.set(file.getFileName() + " · " + terms.size() + " terms");
    setKeywords(terms);
  }

  public void setKeywords(List<String> terms) {
    keywordTerms = List.copyOf(terms);
    runKeywords();
  }

  /** Counts every term's hits with the current filters (user, chat, dates). */
  public void runKeywords() {
    if (index == null || keywordTerms.isEmpty()) {
      keywords.clear();
      return;
    }
    SearchQuery base;
    try {
      base = query();
    } catch (IllegalArgumentException e) {
      error.set("The dates are the wrong way round: 'from' is after 'to'.");
      return;
    }
    List<String> terms = keywordTerms;
    MessageIndex searching = index;
    busy.set(true);
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "keyword-list",
                    context -> {
                      List<KeywordResult> out = new ArrayList<>(terms.size());
                      for (String term : terms) {
                        if (context.isCancelled()) {
                          break;
                        }
                        try {
                          out.add(
                              new KeywordResult(
                                  term, searching.counts(base.withText(term)).total(), null));
                        } catch (SearchSyntaxException e) {
                          out.add(new KeywordResult(term, -1, e.getMessage()));
                        }
                      }
                      return out;
                    })
                .onSuccess(
                    results -> {
                      busy.set(false);
                      keywords.setAll(results);
                    })
                .onFailure(
                    failure -> {
                      busy.set(false);
                      notice.set("Keyword list failed: " + failure.getMessage());
                    }));
  }

  /** Shows one keyword's hits (with the current filters). */
  public void showKeyword(KeywordResult result) {
    text.set(result.term());
    search();
  }

  // ---- detail panes

  /** Opens the conversation around a hit, the hit highlighted. */
  public void openHit(HitRow row) {
    openMessage(row.hit().messageId());
  }

  public void openMessage(long messageId) {
    detail.set(Detail.CONVERSATION);
    conversation.open(messageId);
  }

  /** Opens the person view of a user (an id, username or display name). */
  public void openPerson(String who) {
    detail.set(Detail.PERSON);
    person.open(who);
  }

  /** "Where was this posted?": every message that carried a file with this item's SHA-256. */
  public void whereWasItemPosted(long itemId) {
    detail.set(Detail.PROVENANCE);
    provenance.ofItem(itemId);
  }

  public void whereWasFilePosted(String sha256) {
    detail.set(Detail.PROVENANCE);
    provenance.ofSha256(sha256);
  }

  /** From a posting back to the evidence item in the review. */
  public void showItem(long itemId) {
    showItem.accept(itemId);
  }

  // ---- import

  /** Imports a chat export (format detected); the chats and the index follow. */
  public void importExport(Path export) {
    if (importing.get() || index == null) {
      notice.set(index == null ? "The message index is not open yet." : "An import is running.");
      return;
    }
    importing.set(true);
    notice.set("Importing " + export.getFileName() + "…");
    MessageIndex target = index;
    importTask =
        opened
            .tasks()
            .submit(
                BackgroundTask.of(
                        "chat-import",
                        context ->
                            new ChatImporter(folder(), target, opened.audit())
                                .importExport(export, null, opened.examiner(), context))
                    .onSuccess(
                        report -> {
                          importing.set(false);
                          importTask = null;
                          notice.set(
                              "Imported "
                                  + report.format()
                                  + ": "
                                  + report.chats()
                                  + " chats, "
                                  + report.messagesAdded()
                                  + " new messages, "
                                  + report.duplicates()
                                  + " already there, "
                                  + report.skipped()
                                  + " skipped, "
                                  + report.mediaIngested()
                                  + " media files");
                          if (!closed) {
                            load();
                          }
                        })
                    .onCancelled(
                        () -> {
                          importing.set(false);
                          importTask = null;
                          notice.set("Import cancelled; what was read is kept.");
                        })
                    .onFailure(
                        failure -> {
                          importing.set(false);
                          importTask = null;
                          notice.set("Import failed: " + failure.getMessage());
                          if (!closed) {
                            load();
                          }
                        }));
  }

  public void cancelImport() {
    if (importTask != null) {
      importTask.cancel();
    }
  }

  // ---- state

  public ObservableList<ChatSummary> chats() {
    return chats;
  }

  public ObservableList<HitRow> hits() {
    return hits;
  }

  public ObservableList<Facet> chatFacets() {
    return chatFacets;
  }

  public ObservableList<Facet> senderFacets() {
    return senderFacets;
  }

  public ObservableList<KeywordResult> keywords() {
    return keywords;
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty userProperty() {
    return user;
  }

  public ObjectProperty<ChatSummary> chatProperty() {
    return chat;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** What the list shows: the chats' totals, or the hits' count and order. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Why the last search could not run (an unreadable query, dates reversed), or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Short messages about the last action. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty keywordListNameProperty() {
    return keywordListName.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Detail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty importingProperty() {
    return importing.getReadOnlyProperty();
  }

  public boolean isReady() {
    return index != null;
  }

  public ConversationViewModel conversation() {
    return conversation;
  }

  public PersonViewModel person() {
    return person;
  }

  public ProvenanceViewModel provenance() {
    return provenance;
  }

  public ChatMedia media() {
    return media;
  }

  public CaseTimes times() {
    return times;
  }

  OpenCase openCase() {
    return opened;
  }

  ChatStore store() {
    return store;
  }

  MessageIndex index() {
    return index;
  }

  void say(String message) {
    notice.set(message);
  }

  private org.veil.store.CaseFolder folder() {
    return opened.folder();
  }

  private static void closeQuietly(MessageIndex index) {
    try {
      index.close();
    } catch (IOException | RuntimeException e) {
      // closing after the window went: nothing left to tell
    }
  }

  /** Closes the index (the case itself belongs to the workstation). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (importTask != null) {
      importTask.cancel();
      importTask.result().handle((v, e) -> null).join();
    }
    if (index != null) {
      closeQuietly(index);
      index = null;
    }
  }
}

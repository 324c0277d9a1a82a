package org.veil.chatimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.veil.audit.AuditLog;
import org.veil.chat.ChatFormat;
import org.veil.chat.ChatFormats;
import org.veil.chat.ChatParseException;
import org.veil.chat.ChatSink;
import org.veil.index.MessageIndex;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.IngestReport;
import org.veil.model.Chat;
import org.veil.model.ChatImportReport;
import org.veil.model.EvidenceSource;
import org.veil.model.Message;
import org.veil.model.Participant;
import org.veil.store.CaseFolder;
import org.veil.store.ChatImportSession;
import org.veil.store.ChatStore;
import org.veil.store.SourceStore;
import org.veil.task.NamedThreads;
import org.veil.task.ProgressMeter;
import org.veil.task.TaskContext;

/**
 * Imports a chat export into a case: parse (streaming) -> store (batches through the single writer)
 * -> index (on indexing threads), then the export's files are ingested as evidence and each
 * attachment is linked to its item. Importing the same export again adds nothing.
 */
public final class ChatImporter {
  private static final int BATCH = 5_000;
  private static final int IN_FLIGHT = 4;

  /**
   * Ingests the export's folder (or zip) as an evidence source; {@code include} picks the files by
   * their path in it.
   */
  @FunctionalInterface
  public interface MediaIngest {
    IngestReport run(Path source, Predicate<String> include, String examiner, TaskContext context)
        throws IOException;
  }

  private final CaseFolder folder;
  private final MessageIndex index;
  private final AuditLog audit;
  private final MediaIngest media;
  private final int indexThreads;

  public ChatImporter(CaseFolder folder, MessageIndex index, AuditLog audit) {
    this(
        folder,
        index,
        audit,
        (source, include, examiner, context) ->
            new IngestPipeline(folder, audit).run(List.of(source), include, examiner, context),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public ChatImporter(
      CaseFolder folder, MessageIndex index, AuditLog audit, MediaIngest media, int indexThreads) {
    this.folder = folder;
    this.index = index;
    this.audit = audit;
    this.media = media;
    this.indexThreads = Math.max(1, indexThreads);
  }

  /**
   * Imports one export (a folder, a {@code .json}, {@code .html}, {@code .txt} or {@code .zip}).
   *
   * @param format null to detect it
   * @throws ChatParseException when the export is not recognised or broken beyond recovery;
   *     messages read before the break are stored and indexed
   */
  public ChatImportReport importExport(
      Path export, ChatFormat format, String examiner, TaskContext context)
      throws IOException, ChatParseException {
    long started = System.nanoTime();
    Path path = export.toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IOException("chat export not found: " + export);
    }
    ChatFormat chosen = format;
    if (chosen == null) {
      chosen =
          ChatFormats.detect(path)
              .orElseThrow(
                  () ->
                      new ChatParseException(
                          "not a chat export Veil recognises (Telegram JSON or HTML, WhatsApp"
                              + " .txt or .zip, DiscordChatExporter JSON): "
                              + export
                              + "; name the format with --format if it is one"));
    }
    Root root = Root.of(path);
    EvidenceSource source = addSource(root.source(), examiner);
    ChatStore store = new ChatStore(folder.db());
    ChatImportSession session = store.session(source.id(), root.mediaPrefix());
    StoringSink sink = new StoringSink(session, chosen.platform(), context);

    ChatParseException parseFailure = null;
    try {
      ChatFormats.parser(chosen, folder.timeZone()).parse(path, sink);
    } catch (ChatParseException e) {
      parseFailure = e;
    } catch (Stop stop) {
      // cancelled: keep what was stored
    } catch (RuntimeException e) {
      // a parser's own slip on a hostile export: what was read is stored, finished and audited
      // as for any broken export (a storage failure thrown through it is rethrown below)
      parseFailure =
          new ChatParseException(
              "the export could not be read to its end ("
                  + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                  + ")",
              e);
    } finally {
      sink.close();
    }
    try {
      sink.rethrowFailure();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    Set<Long> renamed = session.finish();
    reindex(store, renamed);
    index.commit();

    IngestReport ingested = null;
    if (!sink.cancelled()) {
      ingested =
          media.run(root.source(), root.include(path, sink.attachmentPaths), examiner, context);
    }
    int linked = session.linkAttachments();

    ChatImportReport report =
        new ChatImportReport(
            path.toString(),
            chosen.cliName(),
            source.id(),
            sink.chats,
            sink.added.get(),
            sink.duplicates.get(),
            sink.skippedCount,
            sink.skips,
            ingested == null ? 0 : ingested.done() + ingested.skipped(),
            ingested == null ? 0 : ingested.failed(),
            linked,
            sink.cancelled() || (ingested != null && ingested.cancelled()),
            Duration.ofNanos(System.nanoTime() - started));
    audit.record(examiner, "chat.imported", "source:" + source.id(), details(report, parseFailure));
    if (parseFailure != null) {
      throw new ChatParseException(
          parseFailure.getMessage()
              + " (kept "
              + report.messagesAdded()
              + " messages read before it)",
          parseFailure);
    }
    return report;
  }

  private EvidenceSource addSource(Path root, String examiner) {
    SourceStore sources = new SourceStore(folder.db());
    String key = root.toString();
    return sources
        .byPath(key)
        .orElseGet(
            () -> {
              EvidenceSource added =
                  sources.add(
                      EvidenceSource.SourceKind.CHAT_EXPORT,
                      key,
                      examiner,
                      java.time.Instant.now());
              audit.record(
                  examiner,
                  "evidence.added",
                  "source:" + added.id(),
                  Map.of("path", key, "kind", added.kind().label()));
              return added;
            });
  }

  // A sender seen under a second name: index all their messages with every name.
  private void reindex(ChatStore store, Set<Long> renamed) throws IOException {
    CaseMessageIndex.inBatches(each -> store.forEachSearchableOf(renamed, each), index::put);
  }

  private static Map<String, Object> details(ChatImportReport report, ChatParseException failure) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("export", report.export());
    details.put("format", report.format());
    details.put("chats", report.chats());
    details.put("messages_added", report.messagesAdded());
    details.put("duplicates", report.duplicates());
    details.put("skipped", report.skipped());
    details.put("media_items", report.mediaIngested());
    details.put("media_failed", report.mediaFailed());
    details.put("attachments_linked", report.attachmentsLinked());
    details.put("cancelled", report.cancelled());
    if (failure != null) {
      details.put("error", failure.getMessage());
    }
    return details;
  }

  /** Where the export's files are as an evidence source, and how its paths map to item paths. */
  private record Root(Path source, String mediaPrefix) {
    /**
     * A folder or zip export is evidence as a whole; an export given as one file (a WhatsApp .txt,
     * a result.json) brings itself and the attachments it names, not its neighbours.
     */
    Predicate<String> include(Path export, Set<String> attachments) {
      if (!source.equals(export.getParent())) {
        return path -> true;
      }
      String self = export.getFileName().toString();
      return path -> path.equals(self) || attachments.contains(path);
    }

    static Root of(Path export) {
      if (Files.isDirectory(export)) {
        return new Root(export, "");
      }
      String name = export.getFileName().toString();
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return new Root(export, name + "!/");
      }
      // A single export file names its media relative to the folder it is in.
      return new Root(export.getParent(), "");
    }
  }

  /** Thrown through the parser to stop it when the import is cancelled. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super("cancelled", null, false, false);
    }
  }

  /** Batches what the parser reads and sends it to the store and the index. */
  private final class StoringSink implements ChatSink {
    private final ChatImportSession session;
    private final String defaultPlatform;
    private final TaskContext context;
    private final ProgressMeter meter = new ProgressMeter();
    private final ExecutorService indexing =
        Executors.newFixedThreadPool(indexThreads, NamedThreads.factory("veil-chat-index"));
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong added = new AtomicLong();
    private final Set<String> attachmentPaths = new java.util.HashSet<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final List<ChatImportReport.Skip> skips = new ArrayList<>();
    private List<Participant> participants = new ArrayList<>();
    private List<Message> messages = new ArrayList<>(BATCH);
    private CompletableFuture<Long> chatId;
    private String platform;
    private int chats;
    private long skippedCount;
    private boolean stopped;

    StoringSink(ChatImportSession session, String platform, TaskContext context) {
      this.session = session;
      this.defaultPlatform = platform;
      this.platform = platform;
      this.context = context;
    }

    @Override
    public void chat(Chat chat) {
      flush();
      platform = chat.platform() == null ? defaultPlatform : chat.platform();
      Chat named = chat.platform() == null ? withPlatform(chat) : chat;
      chatId = session.chatLater(named);
      chats++;
      meter.message("importing " + (chat.name() == null ? "chat" : chat.name()));
    }

    private Chat withPlatform(Chat chat) {
      return new Chat(chat.id(), defaultPlatform, chat.name(), chat.type(), chat.externalId());
    }

    @Override
    public void participant(Participant participant) {
      if (participant.platformId() == null || participant.platformId().isBlank()) {
        skipped("participant " + participant.displayName(), "no platform id: not stored");
        return;
      }
      participants.add(
          participant.platform() == null
              ? new Participant(
                  participant.id(),
                  defaultPlatform,
                  participant.platformId(),
                  participant.username(),
                  participant.displayName())
              : participant);
    }

    @Override
    public void message(Message message) {
      if (context.isCancelled()) {
        stopped = true;
        throw new Stop();
      }
      if (chatId == null) {
        skipped("message " + message.externalId(), "message before any chat: not stored");
        return;
      }
      if (message.externalId() == null || message.externalId().isBlank()) {
        skipped("message at " + message.localTime(), "message without an id: not stored");
        return;
      }
      messages.add(message);
      for (var attachment : message.attachments()) {
        if (attachment.path() != null) {
          attachmentPaths.add(attachment.path().replace('\\', '/'));
        }
      }
      if (messages.size() >= BATCH) {
        flush();
      }
    }

    @Override
    public void skipped(String where, String reason) {
      skippedCount++;
      if (skips.size() < ChatImportReport.MAX_LISTED) {
        skips.add(new ChatImportReport.Skip(where, reason));
      }
    }

    boolean cancelled() {
      return stopped || context.isCancelled();
    }

    private void flush() {
      rethrowFailure();
      if (messages.isEmpty() && participants.isEmpty()) {
        return;
      }
      List<Participant> people = participants;
      List<Message> batch = messages;
      participants = new ArrayList<>();
      messages = new ArrayList<>(BATCH);
      inFlight.acquireUninterruptibly();
      session
          .messages(
              chatId == null ? CompletableFuture.completedFuture(-1L) : chatId,
              platform,
              people,
              batch)
          .thenAcceptAsync(
              result -> {
                try {
                  index.add(result.added());
                } catch (IOException e) {
                  throw new CompletionException(e);
                }
                added.addAndGet(result.added().size());
                duplicates.addAndGet(result.duplicates());
                meter.add(batch.size(), 0);
                context.report(meter.snapshot());
              },
              indexing)
          .whenComplete(
              (ignored, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                }
                inFlight.release();
              });
    }

    /** Sends what is pending and waits until the store and the index have it all. */
    void close() {
      try {
        if (failure.get() == null && !stopped) {
          flush();
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
      inFlight.acquireUninterruptibly(IN_FLIGHT);
      inFlight.release(IN_FLIGHT);
      indexing.shutdown();
      try {
        indexing.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void rethrowFailure() {
      Throwable error = failure.get();
      if (error == null) {
        return;
      }
      while (error instanceof CompletionException && error.getCause() != null) {
        error = error.getCause();
      }
      if (error instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (error instanceof IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
      throw new IllegalStateException("storing messages failed: " + error.getMessage(), error);
    }
  }
}

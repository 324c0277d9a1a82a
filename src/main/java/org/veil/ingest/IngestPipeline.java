package org.veil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.veil.audit.AuditLog;
import org.veil.hashsets.HashSetMatcher;
import org.veil.model.EvidenceSource;
import org.veil.model.EvidenceSource.SourceKind;
import org.veil.model.ItemState;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.ItemStore.ItemResult;
import org.veil.store.ItemStore.PendingEntry;
import org.veil.store.ItemStore.Registered;
import org.veil.store.SourceStore;
import org.veil.store.ThumbnailStore;
import org.veil.store.ThumbnailStore.Thumbnail;
import org.veil.tagging.Tagging;
import org.veil.task.NamedThreads;
import org.veil.task.ProgressMeter;
import org.veil.task.TaskContext;

/**
 * walk -> register pending -> (workers) hash, identify, metadata, decode once -> one writer.
 *
 * <p>Items are registered as pending in batches before any work, and each result is written
 * thumbnail first, then the item row: a crash at any moment leaves every file as exactly one row
 * that is either done (with its thumbnail) or pending, and the next run completes the pending ones
 * and retries failed ones while skipping done ones.
 */
public final class IngestPipeline {
  private static final int REGISTER_BATCH = 128;
  private static final int WRITE_BATCH = 64;
  private static final long WRITE_LATENCY_MS = 250;

  /** Bytes of evidence held in memory at once across all workers, in MiB permits. */
  private static final int MEMORY_BUDGET_MIB = 768;

  private final CaseFolder folder;
  private final AuditLog audit;
  private final IngestLimits limits;
  private final EvidenceReader reader;
  private final int workers;
  private final Clock clock;

  public IngestPipeline(CaseFolder folder, AuditLog audit) {
    this(
        folder,
        audit,
        IngestLimits.DEFAULT,
        EvidenceReader.READ_ONLY,
        Runtime.getRuntime().availableProcessors(),
        Clock.systemUTC());
  }

  public IngestPipeline(
      CaseFolder folder,
      AuditLog audit,
      IngestLimits limits,
      EvidenceReader reader,
      int workers,
      Clock clock) {
    this.folder = folder;
    this.audit = audit;
    this.limits = limits;
    this.reader = reader;
    this.workers = Math.max(1, workers);
    this.clock = clock;
  }

  /** Ingests each source in turn; sources already ingested resume where they stopped. */
  public IngestReport run(List<Path> sources, String examiner, TaskContext context)
      throws IOException {
    return run(sources, path -> true, examiner, context);
  }

  /**
   * Ingests only the files of a folder source whose path inside it {@code include} accepts: a chat
   * export given as one file brings its attachments, not every file that shares its folder.
   */
  public IngestReport run(
      List<Path> sources, Predicate<String> include, String examiner, TaskContext context)
      throws IOException {
    long started = System.nanoTime();
    ProgressMeter meter = new ProgressMeter();
    removeStaleSpools();
    long files = 0;
    long bytes = 0;
    List<Path> roots = new ArrayList<>();
    for (Path source : sources) {
      Path root = source.toAbsolutePath().normalize();
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("evidence source not found: " + source);
      }
      Path caseDir = folder.dir().toRealPath();
      Path realRoot = root.toRealPath();
      if (caseDir.startsWith(realRoot) || realRoot.startsWith(caseDir)) {
        throw new IOException(
            "the case folder and the evidence source "
                + source
                + " overlap; keep the case outside the evidence so nothing is written beside it");
      }
      long[] totals = SourceWalker.measure(root);
      files += totals[0];
      bytes += totals[1];
      roots.add(root);
    }
    meter.totals(files, bytes);
    Run run = new Run(meter, context);
    SourceStore sourceStore = new SourceStore(folder.db());
    for (Path root : roots) {
      if (context.isCancelled()) {
        break;
      }
      EvidenceSource source = addSource(sourceStore, root, examiner);
      meter.message("ingesting " + root);
      audit.record(
          examiner, "ingest.started", "source:" + source.id(), Map.of("path", source.path()));
      IngestReport part = run.source(source, root, include);
      matchKnownHashes(examiner, run.takeDoneIds());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("path", source.path());
      details.put("done", part.done());
      details.put("failed", part.failed());
      details.put("skipped", part.skipped());
      details.put("bytes", part.bytes());
      details.put("cancelled", part.cancelled());
      audit.record(examiner, "ingest.finished", "source:" + source.id(), details);
    }
    return run.total(Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Spool files a killed ingest left behind (copies of archive members, no more), in ingest's own
   * folder of the cache, so a preview reading through a spool at the same time keeps its own.
   */
  private void removeStaleSpools() throws IOException {
    Path dir = folder.cacheDir().resolve(Spool.INGEST);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var stale = Files.newDirectoryStream(dir, Spool.GLOB)) {
      stale.forEach(Spool::deleteQuietly);
    } catch (IOException e) {
      // a stale spool is only disk space: never a reason not to ingest
    }
  }

  /**
   * Known-hash sets (VICS, NSRL, lists) are matched once per source rather than per batch: an NSRL
   * release without an index is scanned once instead of once a batch.
   */
  private void matchKnownHashes(String examiner, List<Long> itemIds) throws IOException {
    if (itemIds.isEmpty()) {
      return;
    }
    Tagging tagging = new Tagging(folder.db(), audit);
    new HashSetMatcher(folder.db(), tagging, audit).matchItems(examiner, itemIds);
  }

  private EvidenceSource addSource(SourceStore sources, Path root, String examiner) {
    String path = root.toString();
    return sources
        .byPath(path)
        .orElseGet(
            () -> {
              SourceKind kind =
                  Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                      ? SourceKind.FOLDER
                      : isArchiveName(root) ? SourceKind.ARCHIVE : SourceKind.FILE;
              EvidenceSource added = sources.add(kind, path, examiner, clock.instant());
              audit.record(
                  examiner,
                  "evidence.added",
                  "source:" + added.id(),
                  Map.of("path", path, "kind", kind.label()));
              return added;
            });
  }

  private static boolean isArchiveName(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".zip")
        || name.endsWith(".7z")
        || name.endsWith(".tar")
        || name.endsWith(".tar.gz")
        || name.endsWith(".tgz")
        || name.endsWith(".gz");
  }

  /** The state of one run across its sources. */
  private final class Run {
    private final ProgressMeter meter;
    private final TaskContext context;
    private final ItemStore items = new ItemStore(folder.db());
    private final ThumbnailStore thumbs = new ThumbnailStore(folder.thumbsDb());
    private final ItemAnalyzer analyzer = new ItemAnalyzer(reader, limits);
    private final AtomicLong done = new AtomicLong();
    private final List<Long> doneIds = new ArrayList<>();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final List<IngestReport.Failure> failures =
        java.util.Collections.synchronizedList(new ArrayList<>());
    private boolean cancelled;

    Run(ProgressMeter meter, TaskContext context) {
      this.meter = meter;
      this.context = context;
    }

    IngestReport source(EvidenceSource source, Path root, Predicate<String> include)
        throws IOException {
      long doneBefore = done.get();
      long failedBefore = failed.get();
      long skippedBefore = skipped.get();
      long bytesBefore = bytes.get();
      BlockingQueue<ItemAnalyzer.Analysis> results = new ArrayBlockingQueue<>(1024);
      AtomicReference<Throwable> writerError = new AtomicReference<>();
      Semaphore memory = new Semaphore(MEMORY_BUDGET_MIB);
      ExecutorService pool =
          Executors.newFixedThreadPool(workers, NamedThreads.factory("veil-ingest"));
      Thread writer =
          NamedThreads.start(
              "veil-ingest-writer", () -> writeResults(source, results, writerError));
      List<EvidenceEntry> batch = new ArrayList<>();
      long[] batchBytes = {0};
      try {
        SourceWalker walker =
            new SourceWalker(
                limits,
                reader,
                entry -> {
                  batch.add(entry);
                  batchBytes[0] += inMemory(entry);
                  if (batch.size() >= REGISTER_BATCH
                      || batchBytes[0] >= limits.maxInMemoryBytes()) {
                    dispatch(source, batch, pool, results, memory);
                    batch.clear();
                    batchBytes[0] = 0;
                  }
                },
                context.cancellation(),
                include,
                folder.cacheDir().resolve(Spool.INGEST));
        try {
          walker.walk(root);
        } catch (java.util.concurrent.CancellationException e) {
          // stop walking; what was dispatched still completes and is written
        }
        dispatch(source, batch, pool, results, memory);
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
        results.add(END);
        joinQuietly(writer);
      }
      if (writerError.get() != null) {
        throw new IOException(
            "writing results failed: " + writerError.get().getMessage(), writerError.get());
      }
      cancelled |= context.isCancelled();
      return new IngestReport(
          done.get() - doneBefore,
          failed.get() - failedBefore,
          skipped.get() - skippedBefore,
          bytes.get() - bytesBefore,
          Duration.ZERO,
          cancelled,
          List.of());
    }

    private void dispatch(
        EvidenceSource source,
        List<EvidenceEntry> batch,
        ExecutorService pool,
        BlockingQueue<ItemAnalyzer.Analysis> results,
        Semaphore memory) {
      if (batch.isEmpty()) {
        return;
      }
      List<PendingEntry> pending = new ArrayList<>(batch.size());
      for (EvidenceEntry entry : batch) {
        pending.add(new PendingEntry(entry.path(), Math.max(0, entry.size()), entry.modifiedAt()));
      }
      List<Registered> registered = items.register(source.id(), pending);
      for (int i = 0; i < batch.size(); i++) {
        EvidenceEntry entry = batch.get(i);
        Registered row = registered.get(i);
        boolean topLevel = entry.content() instanceof EvidenceEntry.OnDisk;
        if (row.state() == ItemState.DONE) {
          skipped.incrementAndGet();
          meter.add(1, topLevel ? entry.size() : 0);
          continue;
        }
        if (context.isCancelled()) {
          continue;
        }
        int permits = permits(entry);
        memory.acquireUninterruptibly(permits);
        pool.execute(
            () -> {
              try {
                if (context.isCancelled()) {
                  return; // stays pending; the next run picks it up
                }
                ItemAnalyzer.Analysis analysis = analyzer.analyze(row.id(), source.id(), entry);
                results.put(analysis);
                meter.add(0, topLevel ? entry.size() : 0);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                memory.release(permits);
              }
            });
      }
      context.report(meter.snapshot());
    }

    private int permits(EvidenceEntry entry) {
      long held =
          entry.content() instanceof EvidenceEntry.OnDisk
                  && entry.size() <= limits.maxInMemoryBytes()
              ? entry.size()
              : inMemory(entry);
      return (int) Math.min(MEMORY_BUDGET_MIB, Math.max(1, held >> 20));
    }

    private void writeResults(
        EvidenceSource source,
        BlockingQueue<ItemAnalyzer.Analysis> results,
        AtomicReference<Throwable> error) {
      List<ItemAnalyzer.Analysis> batch = new ArrayList<>();
      try {
        while (true) {
          ItemAnalyzer.Analysis next = results.poll(WRITE_LATENCY_MS, TimeUnit.MILLISECONDS);
          boolean end = next == END;
          if (next != null && !end) {
            batch.add(next);
          }
          if (end || batch.size() >= WRITE_BATCH || (next == null && !batch.isEmpty())) {
            flush(source, batch);
            batch.clear();
          }
          if (end) {
            return;
          }
        }
      } catch (Throwable e) {
        error.set(e);
        context.cancellation().cancel();
        // keep draining so workers never block on a full queue
        while (results.poll() != END) {
          Thread.onSpinWait();
        }
      }
    }

    private void flush(EvidenceSource source, List<ItemAnalyzer.Analysis> batch) {
      if (batch.isEmpty()) {
        return;
      }
      List<Thumbnail> thumbnails = new ArrayList<>();
      List<ItemResult> rows = new ArrayList<>();
      for (ItemAnalyzer.Analysis analysis : batch) {
        if (analysis.thumbnail() != null) {
          thumbnails.add(analysis.thumbnail());
        }
        rows.add(analysis.result());
      }
      thumbs.putAll(thumbnails); // before the rows: a done row always has its thumbnail
      items.complete(rows);
      recordDone(source, rows);
      meter.add(rows.size(), 0);
      context.report(meter.snapshot());
    }

    private synchronized void recordDone(EvidenceSource source, List<ItemResult> rows) {
      for (ItemResult row : rows) {
        var item = row.item();
        bytes.addAndGet(item.size());
        if (item.state() == ItemState.FAILED) {
          failed.incrementAndGet();
          failures.add(new IngestReport.Failure(source.path(), item.path(), item.error()));
        } else {
          done.incrementAndGet();
          doneIds.add(item.id());
        }
      }
    }

    /** Items done since the last call; only the writer thread adds to the list. */
    synchronized List<Long> takeDoneIds() {
      List<Long> out = List.copyOf(doneIds);
      doneIds.clear();
      return out;
    }

    IngestReport total(Duration elapsed) {
      return new IngestReport(
          done.get(),
          failed.get(),
          skipped.get(),
          bytes.get(),
          elapsed,
          cancelled || context.isCancelled(),
          new ArrayList<>(failures));
    }
  }

  private static long inMemory(EvidenceEntry entry) {
    return entry.content() instanceof EvidenceEntry.InMemory memory ? memory.bytes().length : 0;
  }

  private static final ItemAnalyzer.Analysis END = new ItemAnalyzer.Analysis(null, null);

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        Thread.onSpinWait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

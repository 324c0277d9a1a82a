package org.veil.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.veil.audit.AuditLog;
import org.veil.chat.ChatFormat;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.IngestReport;
import org.veil.model.CaseInfo;
import org.veil.model.ChatImportReport;
import org.veil.model.SearchQuery;
import org.veil.model.SearchableMessage;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.store.FullTextBaseline;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.task.Cancellation;
import org.veil.task.ProgressSnapshot;
import org.veil.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench search --messages N}: writes a synthetic Telegram export (mixed Korean and
 * English, N messages, 5 000 users, 50 rooms), imports it into a new case, and times keyword,
 * phrase and username queries through the case index, then the same queries by ripgrep over the raw
 * export and by SQLite FTS5 over the same messages.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Chat import and search: messages/s, index size, p50/p95 of keyword, phrase and username"
            + " queries against ripgrep and SQLite FTS5. Prints a table, then one JSON line.")
public final class SearchBench implements Callable<Integer> {
  private static final List<String> KOREAN_PHRASES =
      List.of("확인해 주세요", "다시 올려줘", "너무 많아요", "찾고 있어요");

  @Option(names = "--messages", defaultValue = "1000000", description = "Messages to generate.")
  long messages;

  @Option(names = "--users", defaultValue = "5000", description = "Distinct senders.")
  int users;

  @Option(names = "--rooms", defaultValue = "50", description = "Chats.")
  int rooms;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Timed rounds per query (Lucene, FTS5).")
  int rounds;

  @Option(names = "--user-queries", defaultValue = "40", description = "Username queries.")
  int userQueries;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description =
          "Hits per query, each with its snippet: a page of results (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--work",
      description =
          "Folder for the export, the case and the FTS5 database (default: a new temp folder, deleted after).")
  Path work;

  @Option(names = "--keep", description = "Keep the work folder.")
  boolean keep;

  @Option(
      names = "--warmup-messages",
      defaultValue = "200000",
      description =
          "Messages imported first into a throw-away case, so the timed import runs on compiled"
              + " code as in a running workstation; its rate is reported as the cold-JVM rate"
              + " (0: time the cold JVM itself; default ${DEFAULT-VALUE}).")
  long warmupMessages;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Spec CommandSpec spec;

  /** One timed query set: latencies in milliseconds. */
  record Timings(String engine, String set, double[] millis) {
    double p(double quantile) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(quantile * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }

  /** The queries of one set, in the forms each engine takes. */
  record Query(String lucene, String user, String rg, String fts) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (messages < rooms || users < 1 || rooms < 1 || rounds < 1 || limit < 1) {
      spec.commandLine().getErr().println("veil bench search: need --messages >= --rooms >= 1");
      return 2;
    }
    Path dir = work == null ? Files.createTempDirectory("veil-search-bench") : work;
    Files.createDirectories(dir);
    try {
      return run(out, dir);
    } finally {
      if (!keep) {
        deleteTree(dir);
      }
    }
  }

  /** The warm-up import in the fresh JVM: how many messages, how fast. */
  record ColdImport(long messages, double perSecond) {}

  /**
   * When an import's messages were half and all stored and indexed, from its progress reports; the
   * rest of the import (the final index commit, ingesting the export's files) comes after. Ingest
   * reports its own few items through the same context, so only a growing count is a message.
   */
  static final class ImportHalves {
    private final long messages;
    private long halfwayAt;
    private long halfwayCount;
    private long lastAt;
    private long lastCount;

    ImportHalves(long messages) {
      this.messages = messages;
    }

    synchronized void seen(ProgressSnapshot snapshot) {
      if (snapshot.items() <= lastCount) {
        return;
      }
      long now = System.nanoTime();
      if (halfwayAt == 0 && snapshot.items() >= messages / 2) {
        halfwayAt = now;
        halfwayCount = snapshot.items();
      }
      lastAt = now;
      lastCount = snapshot.items();
    }

    synchronized double firstHalfPerSecond(long startedAt) {
      return halfwayAt == 0 ? 0 : halfwayCount / ((halfwayAt - startedAt) / 1e9);
    }

    synchronized double secondHalfPerSecond(long added) {
      return halfwayAt == 0 || lastAt == halfwayAt
          ? 0
          : (added - halfwayCount) / ((lastAt - halfwayAt) / 1e9);
    }

    synchronized double secondsAfterTheLast(long endedAt) {
      return lastAt == 0 ? 0 : (endedAt - lastAt) / 1e9;
    }
  }

  /**
   * Imports a smaller export of other messages into a case that is then deleted. A fresh JVM spends
   * several CPU-seconds compiling the import's hot code (C2, on the same two cores): this rate is
   * what the first import after starting Veil gets; the timed import after it is what a running
   * workstation gets. Zeros when skipped.
   */
  private ColdImport warmUp(PrintWriter out, Path dir, int cores) throws Exception {
    if (warmupMessages <= 0) {
      return new ColdImport(0, 0);
    }
    Path warmDir = dir.resolve("warmup");
    try {
      SyntheticTelegramExport synthetic =
          new SyntheticTelegramExport(warmupMessages, users, rooms, seed + 1);
      Path export = warmDir.resolve("export");
      synthetic.writeTo(export);
      CaseInfo info =
          new CaseInfo("search bench warm-up", null, null, "bench", Instant.now(), ZoneOffset.UTC);
      try (CaseFolder folder = CaseFolder.create(warmDir.resolve("warmup.veil"), info);
          MessageIndex index = CaseMessageIndex.open(folder)) {
        AuditLog audit = new AuditLog(new AuditStore(folder.db()));
        ChatImporter importer =
            new ChatImporter(
                folder,
                index,
                audit,
                (source, include, examiner, context) ->
                    new IngestPipeline(folder, audit)
                        .run(List.of(source), include, examiner, context),
                cores);
        long t0 = System.nanoTime();
        ChatImportReport report =
            importer.importExport(
                export, ChatFormat.TELEGRAM_JSON, "bench", TaskContext.detached());
        double perSecond = report.messagesAdded() / seconds(t0);
        out.printf(
            Locale.ROOT,
            "warm-up: imported %,d other messages in a fresh JVM at %,.0f messages/s%n",
            report.messagesAdded(),
            perSecond);
        out.flush();
        return new ColdImport(report.messagesAdded(), perSecond);
      }
    } finally {
      deleteTree(warmDir);
    }
  }

  private int run(PrintWriter out, Path dir) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "search bench: %,d messages, %,d users, %d rooms, %d cores, work in %s%n",
        messages,
        users,
        rooms,
        cores,
        dir);
    out.flush();

    SyntheticTelegramExport synthetic = new SyntheticTelegramExport(messages, users, rooms, seed);
    long t0 = System.nanoTime();
    Path exportDir = dir.resolve("export");
    Path json = synthetic.writeTo(exportDir);
    double generateSeconds = seconds(t0);
    long exportBytes = Files.size(json);
    out.printf(
        Locale.ROOT,
        "generated %s (%.0f MB) in %.1f s%n",
        json,
        exportBytes / 1e6,
        generateSeconds);
    out.flush();

    ColdImport coldImport = warmUp(out, dir, cores);

    Path caseDir = dir.resolve("bench.veil");
    CaseInfo info =
        new CaseInfo("search bench", null, null, "bench", Instant.now(), ZoneOffset.UTC);
    Map<String, Object> result = new LinkedHashMap<>();
    List<Timings> timings = new ArrayList<>();
    try (CaseFolder folder = CaseFolder.create(caseDir, info);
        MessageIndex index = CaseMessageIndex.open(folder)) {
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      double[] ingestSeconds = {0};
      ChatImporter importer =
          new ChatImporter(
              folder,
              index,
              audit,
              (source, include, examiner, context) -> {
                long start = System.nanoTime();
                IngestReport report =
                    new IngestPipeline(folder, audit)
                        .run(List.of(source), include, examiner, context);
                ingestSeconds[0] = seconds(start);
                return report;
              },
              cores);
      ImportHalves halves = new ImportHalves(messages);
      long t1 = System.nanoTime();
      ChatImportReport report =
          importer.importExport(
              exportDir,
              ChatFormat.TELEGRAM_JSON,
              "bench",
              new TaskContext(new Cancellation(), halves::seen));
      long t2 = System.nanoTime();
      double importSeconds = (t2 - t1) / 1e9;
      double firstHalfPerSecond = halves.firstHalfPerSecond(t1);
      double secondHalfPerSecond = halves.secondHalfPerSecond(report.messagesAdded());
      double finishSeconds = halves.secondsAfterTheLast(t2);
      long indexBytes = index.sizeOnDisk();
      double perSecond = report.messagesAdded() / importSeconds;
      out.printf(
          Locale.ROOT,
          "imported %,d messages in %.1f s = %,.0f messages/s (of which ingesting the export file"
              + " as evidence %.1f s); %d skipped%n",
          report.messagesAdded(),
          importSeconds,
          perSecond,
          ingestSeconds[0],
          report.skipped());
      out.printf(
          Locale.ROOT,
          "  stored and indexed: first half %,.0f messages/s, second half"
              + " %,.0f messages/s; then commit and evidence ingest %.1f s%n",
          firstHalfPerSecond,
          secondHalfPerSecond,
          finishSeconds);
      out.printf(Locale.ROOT, "index: %.0f MB on disk%n", indexBytes / 1e6);
      out.flush();

      SplittableRandom random = new SplittableRandom(seed);
      Map<String, List<Query>> sets = querySets(synthetic, random);

      for (var set : sets.entrySet()) {
        timings.add(luceneTimes(index, set.getKey(), set.getValue()));
      }
      timings.addAll(rgTimes(json, sets, out));
      timings.addAll(ftsTimes(folder, dir.resolve("fts5.db"), sets, out, result));

      result.put("messages", report.messagesAdded());
      result.put("users", users);
      result.put("rooms", rooms);
      result.put("cores", cores);
      result.put("export_mb", round(exportBytes / 1e6));
      result.put("import_s", round(importSeconds));
      result.put("import_messages_per_s", Math.round(perSecond));
      result.put("warmup_messages", coldImport.messages());
      result.put("warmup_import_messages_per_s", Math.round(coldImport.perSecond()));
      result.put("import_first_half_messages_per_s", Math.round(firstHalfPerSecond));
      result.put("import_second_half_messages_per_s", Math.round(secondHalfPerSecond));
      result.put("import_finish_s", round(finishSeconds));
      result.put("import_ingest_s", round(ingestSeconds[0]));
      result.put("index_mb", round(indexBytes / 1e6));
      result.put("hits_per_query", limit);
    }

    out.printf("%n%-8s %-9s %7s %10s %10s%n", "engine", "queries", "count", "p50 ms", "p95 ms");
    for (Timings t : timings) {
      out.printf(
          Locale.ROOT,
          "%-8s %-9s %7d %10.2f %10.2f%n",
          t.engine(),
          t.set(),
          t.millis().length,
          t.p(0.5),
          t.p(0.95));
    }
    for (String engine : List.of("lucene", "rg", "fts5")) {
      Map<String, Object> figures = new LinkedHashMap<>();
      for (Timings t : timings) {
        if (t.engine().equals(engine)) {
          figures.put(t.set() + "_p50_ms", round(t.p(0.5)));
          figures.put(t.set() + "_p95_ms", round(t.p(0.95)));
        }
      }
      if (!figures.isEmpty()) {
        result.put(engine, figures);
      } else if (!result.containsKey(engine)) {
        result.put(engine, "skipped: " + engine + " not installed");
      }
    }
    double luceneP95 = worst(timings, "lucene", 0.95);
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("lucene_p95_under_50ms", luceneP95 < 50);
    Map<String, Object> speedups = new LinkedHashMap<>();
    double slowestSpeedup = Double.POSITIVE_INFINITY;
    for (Timings rgSet : timings) {
      if (!rgSet.engine().equals("rg")) {
        continue;
      }
      for (Timings luceneSet : timings) {
        if (luceneSet.engine().equals("lucene") && luceneSet.set().equals(rgSet.set())) {
          double speedup = rgSet.p(0.5) / Math.max(luceneSet.p(0.5), 1e-3);
          speedups.put(rgSet.set(), round(speedup));
          slowestSpeedup = Math.min(slowestSpeedup, speedup);
        }
      }
    }
    if (!speedups.isEmpty()) {
      result.put("speedup_vs_rg_p50", speedups);
      targets.put("at_least_20x_faster_than_rg", slowestSpeedup >= 20);
      out.printf(
          Locale.ROOT,
          "%nLucene vs rg (p50 over p50): %s; worst Lucene p95 %.2f ms%n",
          speedups,
          luceneP95);
    } else {
      out.printf(Locale.ROOT, "%nworst Lucene p95 %.2f ms%n", luceneP95);
    }
    targets.put(
        "import_at_least_50000_per_s",
        ((Number) result.get("import_messages_per_s")).longValue() >= 50_000);
    result.put("targets", targets);
    out.println(json(result));
    out.flush();
    return 0;
  }

  private Map<String, List<Query>> querySets(
      SyntheticTelegramExport synthetic, SplittableRandom random) {
    Map<String, List<Query>> sets = new LinkedHashMap<>();
    List<Query> keyword = new ArrayList<>();
    for (String noun : SyntheticTelegramExport.KOREAN_NOUNS) {
      // FTS5 has no Korean morphology: a prefix finds the noun with its particles (사진을).
      keyword.add(new Query(noun, null, noun, "\"" + noun + "\"*"));
    }
    for (String word : SyntheticTelegramExport.ENGLISH_WORDS) {
      keyword.add(new Query(word, null, word, "\"" + word + "\""));
    }
    sets.put("keyword", keyword);
    List<Query> phrase = new ArrayList<>();
    for (String word : SyntheticTelegramExport.ENGLISH_WORDS) {
      String text = "need the " + word;
      phrase.add(new Query("\"" + text + "\"", null, text, "\"" + text + "\""));
    }
    for (String text : KOREAN_PHRASES) {
      phrase.add(new Query("\"" + text + "\"", null, text, "\"" + text + "\""));
    }
    sets.put("phrase", phrase);
    List<Query> user = new ArrayList<>();
    for (int i = 0; i < userQueries; i++) {
      int who = random.nextInt(users);
      String name = i % 2 == 0 ? synthetic.displayName(who) : synthetic.userId(who);
      user.add(new Query(null, name, name, null));
    }
    sets.put("username", user);
    return sets;
  }

  private Timings luceneTimes(MessageIndex index, String set, List<Query> queries)
      throws IOException {
    for (Query query : queries) {
      index.search(luceneQuery(query)); // warm-up
    }
    double[] millis = new double[queries.size() * rounds];
    int k = 0;
    for (int round = 0; round < rounds; round++) {
      for (Query query : queries) {
        long start = System.nanoTime();
        index.search(luceneQuery(query));
        millis[k++] = (System.nanoTime() - start) / 1e6;
      }
    }
    return new Timings("lucene", set, millis);
  }

  private SearchQuery luceneQuery(Query query) {
    return new SearchQuery(query.lucene(), query.user(), null, null, null, limit);
  }

  private List<Timings> rgTimes(Path json, Map<String, List<Query>> sets, PrintWriter out)
      throws IOException, InterruptedException {
    String rg = onPath("rg");
    if (rg == null) {
      out.println("rg: skipped: rg not installed");
      return List.of();
    }
    runRg(rg, "warm-up", json); // the export into the page cache, as for the other engines
    List<Timings> timings = new ArrayList<>();
    for (var set : sets.entrySet()) {
      double[] millis = new double[set.getValue().size()];
      int k = 0;
      for (Query query : set.getValue()) {
        long start = System.nanoTime();
        runRg(rg, query.rg(), json);
        millis[k++] = (System.nanoTime() - start) / 1e6;
      }
      timings.add(new Timings("rg", set.getKey(), millis));
    }
    return timings;
  }

  private static void runRg(String rg, String text, Path json)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(rg, "--fixed-strings", "--count", "--", text, json.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    if (exit > 1) {
      throw new IOException("rg failed with exit code " + exit);
    }
  }

  private List<Timings> ftsTimes(
      CaseFolder folder,
      Path file,
      Map<String, List<Query>> sets,
      PrintWriter out,
      Map<String, Object> result) {
    List<Timings> timings = new ArrayList<>();
    try (FullTextBaseline fts = FullTextBaseline.create(file)) {
      long start = System.nanoTime();
      List<SearchableMessage> batch = new ArrayList<>(10_000);
      new ChatStore(folder.db())
          .forEachSearchable(
              message -> {
                batch.add(message);
                if (batch.size() == 10_000) {
                  fts.add(batch);
                  batch.clear();
                }
              });
      fts.add(batch);
      fts.finishLoading();
      double load = seconds(start);
      result.put("fts5_load_s", round(load));
      out.printf(Locale.ROOT, "fts5: loaded in %.1f s%n", load);
      out.flush();
      for (var set : sets.entrySet()) {
        for (Query query : set.getValue()) {
          ftsQuery(fts, query); // warm-up
        }
        double[] millis = new double[set.getValue().size() * rounds];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
          for (Query query : set.getValue()) {
            long t = System.nanoTime();
            ftsQuery(fts, query);
            millis[k++] = (System.nanoTime() - t) / 1e6;
          }
        }
        timings.add(new Timings("fts5", set.getKey(), millis));
      }
    }
    return timings;
  }

  private void ftsQuery(FullTextBaseline fts, Query query) {
    if (query.user() != null) {
      fts.byUser(query.user(), limit);
    } else {
      fts.match(query.fts(), limit);
    }
  }

  private static double worst(List<Timings> timings, String engine, double quantile) {
    return timings.stream()
        .filter(t -> t.engine().equals(engine))
        .mapToDouble(t -> t.p(quantile))
        .max()
        .orElse(Double.NaN);
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String json(Map<String, Object> values) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      writeObject(g, values);
    }
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private static void writeObject(JsonGenerator g, Map<String, Object> values) throws IOException {
    g.writeStartObject();
    for (var entry : values.entrySet()) {
      g.writeFieldName(entry.getKey());
      switch (entry.getValue()) {
        case Map<?, ?> map -> writeObject(g, (Map<String, Object>) map);
        case Boolean b -> g.writeBoolean(b);
        case Integer i -> g.writeNumber(i);
        case Long l -> g.writeNumber(l);
        case Double d -> {
          if (d.isNaN()) {
            g.writeNull();
          } else {
            g.writeNumber(d);
          }
        }
        case null -> g.writeNull();
        default -> g.writeString(entry.getValue().toString());
      }
    }
    g.writeEndObject();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

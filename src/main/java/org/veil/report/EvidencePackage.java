package org.veil.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.veil.audit.AuditLog;
import org.veil.ingest.ItemStream;
import org.veil.ingest.MultiHasher;
import org.veil.model.AuditEvent;
import org.veil.model.Bookmark;
import org.veil.model.CaseInfo;
import org.veil.model.EvidencePackageResult;
import org.veil.model.EvidenceSource;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemSelection;
import org.veil.model.ItemState;
import org.veil.model.Note;
import org.veil.model.PackagedItem;
import org.veil.model.Tag;
import org.veil.model.TargetKind;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.SourceStore;
import org.veil.store.TagStore;

/**
 * Copies selected items byte for byte out of the evidence into a package folder, with a manifest in
 * JSON and CSV and a {@code SHA256SUMS} file. Each copy is hashed while it is read and compared
 * with the hashes ingest recorded; a file that changed on disk since ingest is reported and never
 * kept. Every kept copy is read back and verified before the package is declared done.
 */
public final class EvidencePackage {
  public static final String CREATED = "export.created";
  static final String FILES = "files";
  static final String MANIFEST_JSON = "manifest.json";
  static final String MANIFEST_CSV = "manifest.csv";
  static final String SUMS = "SHA256SUMS";
  private static final int MAX_NAME = 120;

  private final CaseFolder folder;
  private final AuditLog audit;
  private final ItemStream evidence;
  private final Clock clock;

  public EvidencePackage(CaseFolder folder, AuditLog audit) {
    this(folder, audit, new ItemStream(folder));
  }

  public EvidencePackage(CaseFolder folder, AuditLog audit, ItemStream evidence) {
    this.folder = folder;
    this.audit = audit;
    this.evidence = evidence;
    this.clock = audit.clock();
  }

  /** One row of the manifest: the item, what was decided about it and what became of it. */
  private record Entry(
      Item item,
      String sourcePath,
      ItemCategory category,
      String categoryLabel,
      List<Tag> tags,
      List<Note> notes,
      Bookmark bookmark,
      PackagedItem outcome) {}

  /**
   * Writes the package into {@code out}, which must not exist yet or be empty, and must not lie
   * inside an evidence source.
   */
  public EvidencePackageResult export(ItemSelection selection, Path out, String examiner)
      throws IOException {
    Path dir = prepare(out);
    TagStore tags = new TagStore(folder.db());
    ItemAnnotations annotations = ItemAnnotations.load(folder);
    List<Long> ids = select(tags, annotations, selection);
    ItemStore items = new ItemStore(folder.db());
    Path files = Files.createDirectories(dir.resolve(FILES));
    List<Entry> entries = new ArrayList<>();
    for (long id : ids) {
      Optional<Item> found = items.get(id);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no item " + id + " in this case");
      }
      Item item = found.get();
      PackagedItem outcome = copy(item, files);
      entries.add(
          new Entry(
              item,
              annotations.sourcePaths().get(item.sourceId()),
              annotations.categories().get(id),
              annotations.categoryLabel(id),
              annotations.tagsOf(id),
              annotations.notesOf(id),
              annotations.bookmarks().get(id),
              outcome));
    }

    AuditEvent head = audit.store().head().orElse(null);
    String jsonSha256 = writeJson(dir.resolve(MANIFEST_JSON), entries, examiner, head);
    String csvSha256 = writeCsv(dir.resolve(MANIFEST_CSV), entries);
    String sumsSha256 = writeSums(dir, entries, jsonSha256, csvSha256);

    List<PackagedItem> outcomes = entries.stream().map(Entry::outcome).toList();
    List<PackagedItem> failed = outcomes.stream().filter(o -> !o.copied()).toList();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", "evidence-package");
    details.put("out", dir.toString());
    details.put("selected", outcomes.size());
    details.put("copied", outcomes.size() - failed.size());
    details.put("failed", failed.size());
    details.put("failed_items", failed.stream().map(PackagedItem::itemId).limit(1000).toList());
    details.put("manifest_json_sha256", jsonSha256);
    details.put("manifest_csv_sha256", csvSha256);
    details.put("sha256sums_sha256", sumsSha256);
    AuditEvent event = audit.record(examiner, CREATED, "case", details);
    return new EvidencePackageResult(dir, outcomes, jsonSha256, csvSha256, event.seq());
  }

  private Path prepare(Path out) throws IOException {
    Path dir = out.toAbsolutePath().normalize();
    for (EvidenceSource source : new SourceStore(folder.db()).all()) {
      Path root = Path.of(source.path()).toAbsolutePath().normalize();
      if (dir.startsWith(root)
          || (root.getParent() != null
              && dir.equals(root.getParent())
              && !Files.isDirectory(root))) {
        throw new IOException(
            "the package folder "
                + dir
                + " lies inside or beside evidence source "
                + root
                + "; evidence folders are never written to");
      }
    }
    if (dir.startsWith(folder.dir()) && !dir.startsWith(folder.exportsDir())) {
      throw new IOException("inside the case folder only exports/ may hold packages");
    }
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(dir + " exists and is not a folder");
      }
      try (var listing = Files.list(dir)) {
        if (listing.findAny().isPresent()) {
          throw new IOException(dir + " is not empty; a package goes into a new folder");
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static List<Long> select(
      TagStore tags, ItemAnnotations annotations, ItemSelection selection) {
    TreeSet<Long> ids = new TreeSet<>(selection.itemIds());
    if (selection.ofInterest()) {
      ids.addAll(annotations.ofInterest());
    }
    for (String name : selection.tagNames()) {
      Tag tag =
          tags.tagNamed(name)
              .orElseThrow(() -> new IllegalArgumentException("no tag named " + name));
      tags.taggedWith(tag.id()).stream()
          .filter(t -> t.kind() == TargetKind.ITEM)
          .forEach(t -> ids.add(t.id()));
    }
    return new ArrayList<>(ids);
  }

  /** Copies one item, checking it against its recorded hashes; never keeps a copy that differs. */
  private PackagedItem copy(Item item, Path files) {
    if (item.state() != ItemState.DONE || item.hashes() == null) {
      return new PackagedItem(
          item.id(),
          item.path(),
          null,
          "not ingested ("
              + item.state().label()
              + (item.error() == null ? "" : ": " + item.error())
              + ")");
    }
    String name = item.id() + "_" + safeName(item.name());
    Path target = files.resolve(name);
    Path partial = files.resolve(name + ".part");
    try {
      MultiHasher read = new MultiHasher();
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = evidence.open(item);
          OutputStream copy =
              Files.newOutputStream(
                  partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          read.update(buffer, 0, n);
          copy.write(buffer, 0, n);
        }
      }
      long size = read.length();
      Hashes now = read.finish();
      if (!now.equals(item.hashes()) || size != item.size()) {
        Files.deleteIfExists(partial);
        return new PackagedItem(
            item.id(),
            item.path(),
            null,
            "changed on disk since ingest: recorded SHA-256 "
                + item.hashes().sha256()
                + " ("
                + item.size()
                + " bytes), read "
                + now.sha256()
                + " ("
                + size
                + " bytes); not copied");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      Hashes copied;
      try (InputStream back = Files.newInputStream(target)) {
        copied = MultiHasher.of(back);
      }
      if (!copied.equals(item.hashes())) {
        Files.deleteIfExists(target);
        return new PackagedItem(
            item.id(), item.path(), null, "the copy does not verify against the recorded hashes");
      }
      target.toFile().setWritable(false, false);
      return new PackagedItem(item.id(), item.path(), FILES + "/" + name, null);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the reason below is what matters; a stray .part is listed nowhere
      }
      return new PackagedItem(
          item.id(), item.path(), null, "cannot read from evidence: " + e.getMessage());
    }
  }

  /** Letters and digits of any script, dot, dash and underscore; the rest becomes '_'. */
  static String safeName(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_'
                        ? cp
                        : '_'));
    String clean = out.toString().replaceAll("^\\.+", "_");
    if (clean.isEmpty()) {
      clean = "item";
    }
    return clean.length() > MAX_NAME ? clean.substring(clean.length() - MAX_NAME) : clean;
  }

  private String writeJson(Path file, List<Entry> entries, String examiner, AuditEvent head)
      throws IOException {
    CaseInfo info = folder.info();
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("manifest_version", 1);
      json.writeStringField("generator", "Veil " + ReportCollector.version());
      json.writeStringField("created_at", clock.instant().toString());
      json.writeStringField("examiner", examiner);
      json.writeObjectFieldStart("case");
      json.writeStringField("name", info.name());
      nullable(json, "number", info.number());
      nullable(json, "agency", info.agency());
      nullable(json, "examiner", info.examiner());
      json.writeEndObject();
      json.writeObjectFieldStart("audit_head");
      json.writeNumberField("seq", head == null ? 0 : head.seq());
      json.writeStringField("hash", head == null ? "" : head.hash());
      json.writeEndObject();
      long copied = entries.stream().filter(e -> e.outcome().copied()).count();
      json.writeNumberField("selected", entries.size());
      json.writeNumberField("copied", copied);
      json.writeNumberField("failed", entries.size() - copied);
      json.writeArrayFieldStart("items");
      for (Entry e : entries) {
        Item item = e.item();
        json.writeStartObject();
        json.writeNumberField("item_id", item.id());
        json.writeStringField("status", e.outcome().copied() ? "copied" : "failed");
        nullable(json, "reason", e.outcome().reason());
        nullable(json, "package_path", e.outcome().packagePath());
        nullable(json, "source", e.sourcePath());
        json.writeStringField("path_in_source", item.path());
        json.writeNumberField("size", item.size());
        nullable(json, "md5", item.hashes() == null ? null : item.hashes().md5());
        nullable(json, "sha1", item.hashes() == null ? null : item.hashes().sha1());
        nullable(json, "sha256", item.hashes() == null ? null : item.hashes().sha256());
        nullable(json, "mime", item.mime());
        nullable(json, "category", e.category() == null ? null : e.category().value());
        nullable(json, "category_scheme", e.category() == null ? null : e.category().scheme());
        nullable(json, "category_label", e.categoryLabel());
        nullable(
            json, "category_provenance", e.category() == null ? null : e.category().provenance());
        json.writeArrayFieldStart("tags");
        for (Tag tag : e.tags()) {
          json.writeString(tag.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (Note note : e.notes()) {
          json.writeStartObject();
          json.writeStringField("text", note.text());
          json.writeStringField("by", note.writtenBy());
          json.writeStringField("at", note.writtenAt().toString());
          json.writeEndObject();
        }
        json.writeEndArray();
        nullable(json, "bookmark", e.bookmark() == null ? null : e.bookmark().label());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return Sha256.of(file);
  }

  private static void nullable(JsonGenerator json, String name, String value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }

  static final List<String> CSV_COLUMNS =
      List.of(
          "item_id",
          "status",
          "reason",
          "package_path",
          "source",
          "path_in_source",
          "size",
          "md5",
          "sha1",
          "sha256",
          "mime",
          "category",
          "category_label",
          "category_provenance",
          "tags",
          "notes",
          "bookmark");

  private static String writeCsv(Path file, List<Entry> entries) throws IOException {
    try (Writer out =
        new OutputStreamWriter(
            Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8)) {
      out.write(Csv.BYTE_ORDER_MARK);
      Csv csv = new Csv(out);
      csv.row(CSV_COLUMNS);
      for (Entry e : entries) {
        Item item = e.item();
        Hashes h = item.hashes();
        csv.row(
            java.util.Arrays.asList(
                item.id(),
                e.outcome().copied() ? "copied" : "failed",
                e.outcome().reason(),
                e.outcome().packagePath(),
                e.sourcePath(),
                item.path(),
                item.size(),
                h == null ? null : h.md5(),
                h == null ? null : h.sha1(),
                h == null ? null : h.sha256(),
                item.mime(),
                e.category() == null ? null : e.category().value(),
                e.categoryLabel(),
                e.category() == null ? null : e.category().provenance(),
                e.tags().stream().map(Tag::name).collect(Collectors.joining("; ")),
                e.notes().stream().map(Note::text).collect(Collectors.joining(" | ")),
                e.bookmark() == null ? null : e.bookmark().label()));
      }
    }
    return Sha256.of(file);
  }

  /** {@code sha256sum -c SHA256SUMS} checks every copy and both manifests. */
  private static String writeSums(Path dir, List<Entry> entries, String json, String csv)
      throws IOException {
    TreeMap<String, String> lines = new TreeMap<>();
    for (Entry e : entries) {
      if (e.outcome().copied()) {
        lines.put(e.outcome().packagePath(), e.item().hashes().sha256());
      }
    }
    lines.put(MANIFEST_CSV, csv);
    lines.put(MANIFEST_JSON, json);
    StringBuilder text = new StringBuilder();
    lines.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    Path file = dir.resolve(SUMS);
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return Sha256.of(file);
  }
}

package org.veil.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditVerifier;
import org.veil.ingest.EvidenceReader;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.ItemStream;
import org.veil.model.AuditEvent;
import org.veil.model.EvidencePackageResult;
import org.veil.model.Item;
import org.veil.model.ItemSelection;
import org.veil.model.PackagedItem;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;
import org.veil.tagging.Tagging;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;
import org.veil.testing.TreeSnapshot;

/** Packages are byte-exact, verified, and never carry a file that changed since ingest. */
class EvidencePackageTest {
  @TempDir Path temp;
  private Path evidence;
  private CaseFolder folder;
  private AuditLog audit;
  private Map<String, Item> items;

  @BeforeEach
  void taggedCase() throws Exception {
    evidence = Files.createDirectories(temp.resolve("evidence"));
    Files.write(
        evidence.resolve("a.jpg"), SyntheticImages.jpeg(300, 200, 1, 0.9f, ExifSpec.camera(1, 1)));
    Files.write(evidence.resolve("b b.png"), SyntheticImages.png(SyntheticImages.draw(50, 40, 2)));
    Files.write(
        evidence.resolve("untagged.jpg"),
        SyntheticImages.jpeg(SyntheticImages.draw(40, 40, 3), 0.8f));
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(evidence.resolve("z.zip")))) {
      zip.putNextEntry(new ZipEntry("in/사진.jpg"));
      zip.write(SyntheticImages.jpeg(SyntheticImages.draw(60, 30, 4), 0.8f));
      zip.closeEntry();
    }
    folder = TestCases.create(temp, "Package");
    audit = new AuditLog(new AuditStore(folder.db()));
    new IngestPipeline(folder, audit).run(List.of(evidence), "examiner-a", TaskContext.detached());
    items = new HashMap<>();
    new ItemStore(folder.db()).all().forEach(i -> items.put(i.path(), i));
    Tagging tagging = new Tagging(folder.db(), audit);
    tagging.setCategory("examiner-a", List.of(items.get("a.jpg").id()), "1");
    Tag exhibit = tagging.createTag("examiner-a", "exhibit", "#aa0000");
    tagging.addTag(
        "examiner-a",
        List.of(
            Target.item(items.get("b b.png").id()),
            Target.item(items.get("z.zip!/in/사진.jpg").id())),
        exhibit.id());
    tagging.addNote("examiner-a", Target.item(items.get("a.jpg").id()), "피해자 확인");
  }

  @AfterEach
  void close() {
    folder.close();
  }

  @Test
  void taggedItemsAreCopiedByteExactWithVerifyingManifests() throws Exception {
    var before = TreeSnapshot.of(evidence);
    Path out = temp.resolve("package");
    EvidencePackageResult result =
        new EvidencePackage(folder, audit).export(ItemSelection.tagged(), out, "examiner-b");

    assertEquals(3, result.items().size());
    assertEquals(3, result.copied());
    assertTrue(result.failed().isEmpty());
    assertArrayEquals(
        Files.readAllBytes(evidence.resolve("a.jpg")),
        Files.readAllBytes(out.resolve(packagePath(result, "a.jpg"))));
    Item member = items.get("z.zip!/in/사진.jpg");
    Path memberCopy = out.resolve(packagePath(result, member.path()));
    assertTrue(memberCopy.getFileName().toString().endsWith("_사진.jpg"), memberCopy.toString());
    assertEquals(member.hashes().sha256(), Sha256.of(memberCopy));
    assertFalse(
        Files.getPosixFilePermissions(memberCopy)
            .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
        "copies are made read-only");
    assertTrue(packagePath(result, "b b.png").endsWith("_b_b.png"));

    // manifest.json lists each item with its hashes, category, tags and notes
    Map<Long, Map<String, String>> rows = manifestRows(out.resolve("manifest.json"));
    Map<String, String> a = rows.get(items.get("a.jpg").id());
    assertEquals("copied", a.get("status"));
    assertEquals(items.get("a.jpg").hashes().sha256(), a.get("sha256"));
    assertEquals(items.get("a.jpg").hashes().md5(), a.get("md5"));
    assertEquals("1", a.get("category"));
    assertEquals("a.jpg", a.get("path_in_source"));
    assertTrue(a.get("notes").contains("피해자 확인"));
    assertTrue(rows.get(member.id()).get("tags").contains("exhibit"));

    String csv = Files.readString(out.resolve("manifest.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF\"item_id\",\"status\""), csv.substring(0, 40));
    assertEquals(4, csv.split("\r\n").length, "header and three rows");
    assertTrue(csv.contains("\"" + member.hashes().sha256() + "\""));

    // SHA256SUMS covers every copy and both manifests, and each line holds
    List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"));
    assertEquals(5, sums.size());
    for (String line : sums) {
      String[] parts = line.split("  ", 2);
      assertEquals(parts[0], Sha256.of(out.resolve(parts[1])), line);
    }

    // the audit log records the package with the manifest's hash
    AuditEvent event = audit.store().head().orElseThrow();
    assertEquals(EvidencePackage.CREATED, event.action());
    assertEquals(result.auditSeq(), event.seq());
    assertEquals("examiner-b", event.examiner());
    assertEquals(Sha256.of(out.resolve("manifest.json")), result.manifestSha256());
    assertTrue(
        event.details().contains("\"manifest_json_sha256\":\"" + result.manifestSha256() + "\""));
    assertTrue(event.details().contains("\"copied\":3"));
    assertTrue(AuditVerifier.verify(audit.store()).intact());
    assertEquals(before, TreeSnapshot.of(evidence), "evidence untouched");
  }

  @Test
  void aFileChangedOnDiskSinceIngestIsReportedAndNeverCopied() throws Exception {
    Path a = evidence.resolve("a.jpg");
    byte[] bytes = Files.readAllBytes(a);
    bytes[bytes.length / 2] ^= 0x01; // same size, one bit different
    Files.write(a, bytes);
    Path out = temp.resolve("package");
    EvidencePackageResult result =
        new EvidencePackage(folder, audit).export(ItemSelection.tagged(), out, "examiner-b");

    assertEquals(2, result.copied());
    PackagedItem changed = result.failed().getFirst();
    assertEquals(items.get("a.jpg").id(), changed.itemId());
    assertNull(changed.packagePath());
    assertTrue(changed.reason().contains("changed on disk since ingest"), changed.reason());
    assertTrue(changed.reason().contains(items.get("a.jpg").hashes().sha256()));
    try (var files = Files.list(out.resolve("files"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertEquals(2, names.size(), names.toString());
      assertTrue(
          names.stream().noneMatch(n -> n.contains("a.jpg") || n.endsWith(".part")),
          names.toString());
    }
    Map<String, String> row = manifestRows(out.resolve("manifest.json")).get(changed.itemId());
    assertEquals("failed", row.get("status"));
    assertTrue(row.get("reason").contains("changed on disk"));
    assertFalse(Files.readString(out.resolve("SHA256SUMS")).contains("a.jpg"));
    AuditEvent event = audit.store().head().orElseThrow();
    assertTrue(event.details().contains("\"failed\":1"));
    assertTrue(event.details().contains("\"failed_items\":[" + changed.itemId() + "]"));
  }

  @Test
  void aFileThatChangesWhileItIsBeingReadIsCaughtToo() throws Exception {
    // the reader flips a byte in the middle of the stream, as a write during the copy would
    EvidenceReader changing =
        new EvidenceReader() {
          @Override
          public InputStream open(Path file) throws IOException {
            return new FilterInputStream(EvidenceReader.READ_ONLY.open(file)) {
              private long position;

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, Math.min(len, 512));
                if (n > 0 && position <= 1000 && position + n > 1000) {
                  b[off + (int) (1000 - position)] ^= 0x40;
                }
                position += Math.max(n, 0);
                return n;
              }
            };
          }

          @Override
          public SeekableByteChannel channel(Path file) throws IOException {
            return EvidenceReader.READ_ONLY.channel(file);
          }
        };
    EvidencePackageResult result =
        new EvidencePackage(folder, audit, new ItemStream(folder, changing, 1 << 20))
            .export(
                new ItemSelection(false, List.of(), List.of(items.get("a.jpg").id())),
                temp.resolve("p"),
                "examiner-b");
    assertEquals(0, result.copied());
    assertTrue(result.failed().getFirst().reason().contains("changed on disk"));
  }

  @Test
  void selectionByTagAndIdAndRefusals() throws Exception {
    EvidencePackageResult byTag =
        new EvidencePackage(folder, audit)
            .export(
                new ItemSelection(
                    false, List.of("EXHIBIT"), List.of(items.get("untagged.jpg").id())),
                temp.resolve("by-tag"),
                "examiner-b");
    assertEquals(
        List.of(
                items.get("b b.png").id(),
                items.get("untagged.jpg").id(),
                items.get("z.zip!/in/사진.jpg").id())
            .stream()
            .sorted()
            .toList(),
        byTag.items().stream().map(PackagedItem::itemId).toList());

    int events = audit.store().all().size();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EvidencePackage(folder, audit)
                .export(
                    new ItemSelection(false, List.of("nope"), List.of()), temp.resolve("x"), "e"));
    Path full = Files.createDirectories(temp.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "x");
    IOException notEmpty =
        assertThrows(
            IOException.class,
            () -> new EvidencePackage(folder, audit).export(ItemSelection.tagged(), full, "e"));
    assertTrue(notEmpty.getMessage().contains("not empty"));
    IOException inside =
        assertThrows(
            IOException.class,
            () ->
                new EvidencePackage(folder, audit)
                    .export(ItemSelection.tagged(), evidence.resolve("pkg"), "e"));
    assertTrue(inside.getMessage().contains("evidence"), inside.getMessage());
    assertFalse(Files.exists(evidence.resolve("pkg")));
    assertEquals(events, audit.store().all().size(), "refusals record nothing");
    assertThrows(
        IllegalArgumentException.class, () -> new ItemSelection(false, List.of(), List.of()));
  }

  private static String packagePath(EvidencePackageResult result, String itemPath) {
    return result.items().stream()
        .filter(i -> i.path().equals(itemPath))
        .findFirst()
        .orElseThrow()
        .packagePath();
  }

  /** item_id -> flattened fields (arrays joined) from manifest.json. */
  static Map<Long, Map<String, String>> manifestRows(Path manifest) throws IOException {
    Map<Long, Map<String, String>> rows = new HashMap<>();
    try (JsonParser json = new JsonFactory().createParser(manifest.toFile())) {
      while (json.nextToken() != null) {
        if (json.currentToken() == JsonToken.FIELD_NAME && "items".equals(json.currentName())) {
          json.nextToken();
          while (json.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> row = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
              String name = json.currentName();
              JsonToken value = json.nextToken();
              if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                List<String> parts = new ArrayList<>();
                int depth = 1;
                while (depth > 0) {
                  JsonToken t = json.nextToken();
                  if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    depth++;
                  } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    depth--;
                  } else if (t.isScalarValue()) {
                    parts.add(json.getText());
                  }
                }
                row.put(name, String.join("|", parts));
              } else {
                row.put(name, value == JsonToken.VALUE_NULL ? null : json.getText());
              }
            }
            rows.put(Long.parseLong(row.get("item_id")), row);
          }
        }
      }
    }
    return rows;
  }
}

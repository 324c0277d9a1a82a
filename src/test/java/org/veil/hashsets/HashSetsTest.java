package org.veil.hashsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditEvent;
import org.veil.model.HashRecord;
import org.veil.model.HashSetFormat;
import org.veil.model.HashSetKind;
import org.veil.model.HashSetMatchSummary;
import org.veil.model.Hashes;
import org.veil.model.ItemCategory;
import org.veil.model.KnownHashSet;
import org.veil.model.Target;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.HashSetStore;
import org.veil.store.NsrlFile;
import org.veil.store.TestCases;
import org.veil.tagging.Tagging;

class HashSetsTest {
  @TempDir Path temp;

  private CaseFolder folder;
  private AuditStore auditStore;
  private AuditLog audit;
  private Tagging tagging;
  private HashSetImporter importer;
  private HashSetMatcher matcher;
  private HashSetStore sets;
  private List<Long> ids;

  @BeforeEach
  void openCase() throws Exception {
    Files.createDirectories(temp.resolve("a"));
    folder = TestCases.create(temp.resolve("a"));
    wire();
    ids = TestCases.addItems(folder, List.of(h(1), h(2), h(3), h(4), h(5)));
  }

  private void wire() {
    auditStore = new AuditStore(folder.db());
    audit = new AuditLog(auditStore);
    tagging = new Tagging(folder.db(), audit);
    importer = new HashSetImporter(folder.db(), audit);
    matcher = new HashSetMatcher(folder.db(), tagging, audit);
    sets = new HashSetStore(folder.db());
  }

  @AfterEach
  void closeCase() {
    folder.close();
  }

  private static Hashes h(int n) {
    return TestCases.hashes(n);
  }

  private static String upper(String hex) {
    return hex.toUpperCase(Locale.ROOT);
  }

  private List<AuditEvent> events(String action) {
    return auditStore.all().stream().filter(e -> e.action().equals(action)).toList();
  }

  private void assertChainIntact() {
    var result = AuditVerifier.verify(auditStore);
    assertTrue(result.intact(), result.reason());
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Items 1 and 2 by MD5 and SHA-1 (string booleans), an unknown hash, one without hashes. */
  private Path vics13() throws IOException {
    return write(
        "vics13.json",
        """
        {"odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml/CUSTOMER/$metadata#Media",
         "value": [
          {"MediaID": 10, "Category": "1", "MD5": "%s", "SHA1": null, "MediaSize": "1000",
           "IsPrecategorized": "true", "VictimIdentified": "False", "Series": "", "Tags": "", "Comments": ""},
          {"MediaID": 11, "Category": 2, "MD5": null, "SHA1": "%s", "MediaSize": 1001,
           "IsPrecategorized": "false", "VictimIdentified": "true"},
          {"MediaID": 12, "Category": 1, "MD5": "%s"},
          {"MediaID": 13, "Category": 1}
         ]}
        """
            .formatted(upper(h(1).md5()), upper(h(2).sha1()), upper(h(99).md5())));
  }

  @Test
  void importsVics13AndRecordsWhereItCameFrom() throws Exception {
    Path file = vics13();
    KnownHashSet set =
        importer.importFile("alice", file, "vics-2024", HashSetImporter.Options.detect());

    assertEquals(HashSetFormat.VICS, set.format());
    assertEquals("1.3", set.version());
    assertEquals(HashSetKind.CATEGORIES, set.kind());
    assertEquals("vic-us", set.scheme());
    assertEquals(3, set.records());
    assertEquals(1, set.skipped());
    assertEquals(file.toAbsolutePath().normalize().toString(), set.sourcePath());
    assertEquals(HashSetImporter.sha256(file), set.sourceSha256());
    assertEquals(Files.size(file), set.sourceSize());
    assertEquals(set, sets.set("vics-2024").orElseThrow());

    AuditEvent imported = events("hashset.imported").get(0);
    assertEquals("alice", imported.examiner());
    assertEquals("hashset:" + set.id(), imported.target());
    assertTrue(imported.details().contains("\"source_sha256\":\"" + set.sourceSha256() + "\""));
    assertTrue(imported.details().contains("\"version\":\"1.3\""));

    List<HashRecord> stored = new ArrayList<>();
    sets.forEachEntry(set.id(), stored::add);
    assertEquals(h(1).md5(), stored.get(0).md5());
    assertEquals(Boolean.TRUE, stored.get(0).precategorized());
    assertEquals(Boolean.TRUE, stored.get(1).victimIdentified());
    assertChainIntact();
  }

  @Test
  void matchingCategorisesWithTheSetAsProvenance() throws Exception {
    tagging.setCategory("alice", List.of(ids.get(1)), "0"); // the examiner decided item 2 first
    importer.importFile("alice", vics13(), "vics-2024", HashSetImporter.Options.detect());

    List<HashSetMatchSummary> results = matcher.matchAll("bob");

    assertEquals(
        List.of(new HashSetMatchSummary("vics-2024", HashSetKind.CATEGORIES, 5, 2, 2, 1, 0)),
        results);
    ItemCategory first = tagging.categoryOf(ids.get(0)).orElseThrow();
    assertEquals("1", first.value());
    assertEquals("hashset:vics-2024", first.provenance());
    assertEquals("bob", first.setBy());
    assertEquals("0", tagging.categoryOf(ids.get(1)).orElseThrow().value(), "examiner wins");
    assertTrue(tagging.categoryOf(ids.get(2)).isEmpty());

    assertEquals("md5", sets.matchesOf(ids.get(0)).get(0).matchedOn());
    assertEquals("sha1", sets.matchesOf(ids.get(1)).get(0).matchedOn());
    AuditEvent categorised = events("category.set").getLast();
    assertEquals("item:" + ids.get(0), categorised.target());
    assertTrue(categorised.details().contains("\"provenance\":\"hashset:vics-2024\""));
    AuditEvent matched = events("hashset.matched").get(0);
    assertEquals("bob", matched.examiner());
    assertTrue(matched.details().contains("\"matched\":2"));
    assertTrue(matched.details().contains("\"new\":2"));

    // a second run finds the same, records nothing new and changes nothing
    HashSetMatchSummary again = matcher.matchAll("bob").get(0);
    assertEquals(0, again.newMatches());
    assertEquals(0, again.categorised());
    assertChainIntact();
  }

  @Test
  void ingestBatchesMatchOnlyTheirItemsAndLogOnlyFinds() throws Exception {
    importer.importFile("alice", vics13(), "vics-2024", HashSetImporter.Options.detect());
    int before = events("hashset.matched").size();

    matcher.matchItems("ingest", List.of(ids.get(2), ids.get(3)));
    assertEquals(before, events("hashset.matched").size(), "nothing found, nothing logged");
    assertTrue(tagging.categoryOf(ids.get(0)).isEmpty(), "item 1 was not in the batch");

    List<HashSetMatchSummary> found = matcher.matchItems("ingest", List.of(ids.get(0)));
    assertEquals(1, found.get(0).matched());
    assertEquals("1", tagging.categoryOf(ids.get(0)).orElseThrow().value());
  }

  @Test
  void vics20IsReadToo() throws Exception {
    Path file =
        write(
            "vics20.json",
            """
            {"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media",
             "value": [{"MediaID": 1, "Category": 3, "MD5": "%s", "SHA1": "%s",
                        "IsPrecategorized": "True", "VictimIdentified": "False"}]}
            """
                .formatted(upper(h(3).md5()), upper(h(3).sha1())));
    KnownHashSet set =
        importer.importFile(
            "alice", file, "v2", new HashSetImporter.Options(HashSetFormat.VICS, null, false));
    assertEquals("2.0", set.version());
    matcher.matchAll("alice");
    assertEquals("3", tagging.categoryOf(ids.get(2)).orElseThrow().value());
    assertEquals("sha1", sets.matchesOf(ids.get(2)).get(0).matchedOn(), "strongest hash wins");
  }

  @Test
  void aBrokenFileLeavesNoSetAndNoAuditRow() throws Exception {
    Path file =
        write(
            "broken.json",
            "{\"@odata.context\": \"x\", \"value\": [{\"MD5\": \"" + h(1).md5() + "\"}, {");
    int before = auditStore.all().size();
    assertThrows(
        Exception.class,
        () -> importer.importFile("a", file, "broken", HashSetImporter.Options.detect()));
    assertTrue(sets.sets().isEmpty());
    assertEquals(before, auditStore.all().size());

    importer.importFile("a", vics13(), "twice", HashSetImporter.Options.detect());
    assertThrows(
        IllegalArgumentException.class,
        () -> importer.importFile("a", vics13(), "twice", HashSetImporter.Options.detect()));
    assertThrows(
        IOException.class,
        () ->
            importer.importFile(
                "a", temp.resolve("missing"), "m", HashSetImporter.Options.detect()));
    assertThrows(
        IllegalArgumentException.class,
        () -> importer.importFile("a", vics13(), " ", HashSetImporter.Options.detect()));
  }

  @Test
  void nsrlMarksKnownFilesAndNeverTouchesTheRdsFile() throws Exception {
    for (boolean indexed : List.of(true, false)) {
      Path rds = temp.resolve("RDS_" + indexed + ".db");
      TestCases.nsrlFile(rds, List.of(h(4), h(5), h(77)), indexed);
      try (NsrlFile nsrl = NsrlFile.open(rds)) {
        // the indexed file is looked up row by row, the other scanned once
        assertEquals(indexed ? List.of("sha256") : List.of(), nsrl.indexedHashes());
      }
      String hashBefore = HashSetImporter.sha256(rds);
      FileTime timeBefore = Files.getLastModifiedTime(rds);

      KnownHashSet set =
          importer.importFile("alice", rds, "nsrl-" + indexed, HashSetImporter.Options.detect());
      assertEquals(HashSetFormat.NSRL, set.format());
      assertEquals(HashSetKind.KNOWN, set.kind());
      assertEquals("2024.12.1", set.version());
      assertEquals(3, set.records());
      assertEquals(hashBefore, set.sourceSha256());

      HashSetMatchSummary result = matcher.matchAll("alice", set.name());
      assertEquals(2, result.matched());
      assertEquals(2, result.known());
      assertEquals(List.of(ids.get(3), ids.get(4)), sets.knownItems());
      assertTrue(sets.isKnown(ids.get(4)));
      assertFalse(sets.isKnown(ids.get(0)));
      assertEquals("system1.dll", sets.matchesOf(ids.get(4)).getLast().detail());

      assertEquals(hashBefore, HashSetImporter.sha256(rds), "the RDS file is unchanged");
      assertEquals(timeBefore, Files.getLastModifiedTime(rds));
      try (var beside = Files.list(temp)) {
        assertTrue(
            beside.noneMatch(p -> p.getFileName().toString().startsWith(rds.getFileName() + "-")),
            "no journal, WAL or shm file beside the RDS");
      }
    }
    assertChainIntact();
  }

  @Test
  void anSqliteFileThatIsNotAnRdsIsRefused() throws Exception {
    Path other = temp.resolve("other.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
        var s = c.createStatement()) {
      s.execute("CREATE TABLE FILE (name TEXT)");
    }
    IOException error =
        assertThrows(
            IOException.class,
            () -> importer.importFile("a", other, "x", HashSetImporter.Options.detect()));
    assertTrue(error.getMessage().contains("not an NSRL RDSv3 file"), error.getMessage());
    assertThrows(
        IOException.class,
        () ->
            importer.importFile(
                "a", vics13(), "y", new HashSetImporter.Options(HashSetFormat.NSRL, null, false)));
  }

  @Test
  void nsrlMovedAfterImportIsAClearError() throws Exception {
    Path rds = temp.resolve("RDS.db");
    TestCases.nsrlFile(rds, List.of(h(4)), true);
    importer.importFile("alice", rds, "nsrl", HashSetImporter.Options.detect());
    Files.move(rds, temp.resolve("elsewhere.db"));
    IOException error = assertThrows(IOException.class, () -> matcher.matchAll("alice"));
    assertTrue(error.getMessage().contains("import it again"), error.getMessage());
  }

  @Test
  void duringIngestASetThatCannotBeReadIsAuditedAndTheOtherSetsStillMatch() throws Exception {
    Path rds = temp.resolve("RDS.db");
    TestCases.nsrlFile(rds, List.of(h(4)), true);
    importer.importFile("alice", rds, "nsrl", HashSetImporter.Options.detect());
    Path alert = write("alert.txt", h(1).sha256() + "\n");
    importer.importFile("alice", alert, "deepfakes", HashSetImporter.Options.detect());
    Files.move(rds, temp.resolve("elsewhere.db"));
    var summaries = matcher.matchItems("alice", ids);
    assertEquals(1, summaries.size(), "the readable set was matched");
    assertEquals(1, summaries.getFirst().matched());
    var failed =
        auditStore.all().stream().filter(e -> e.action().equals("hashset.match-failed")).toList();
    assertEquals(1, failed.size());
    assertTrue(
        failed.getFirst().details().contains("import it again"), failed.getFirst().details());
  }

  @Test
  void plainListsAlertOrMarkKnownAndCsvListsCategorise() throws Exception {
    Path alert = write("alert.txt", h(1).sha256() + "\n" + h(66).md5() + "\n");
    KnownHashSet alertSet =
        importer.importFile("alice", alert, "deepfakes", HashSetImporter.Options.detect());
    assertEquals(HashSetFormat.LIST, alertSet.format());
    assertEquals(HashSetKind.ALERT, alertSet.kind());

    Path known = write("known.txt", upper(h(2).sha1()) + "\n");
    KnownHashSet knownSet =
        importer.importFile(
            "alice", known, "os-files", new HashSetImporter.Options(null, null, true));
    assertEquals(HashSetKind.KNOWN, knownSet.kind());

    Path csv = write("caid.csv", "sha1,category\n" + h(3).sha1() + ",B\n" + h(4).sha1() + ",Z\n");
    KnownHashSet csvSet =
        importer.importFile(
            "alice", csv, "caid-list", new HashSetImporter.Options(null, "caid-uk", false));
    assertEquals(HashSetKind.CATEGORIES, csvSet.kind());
    assertEquals("caid-uk", csvSet.scheme());
    assertEquals(1, csvSet.skipped(), "Z is not a CAID category");

    matcher.matchAll("alice");
    assertEquals("sha256", sets.matchesOf(ids.get(0)).get(0).matchedOn());
    assertTrue(tagging.categoryOf(ids.get(0)).isEmpty(), "an alert list does not categorise");
    assertEquals(List.of(ids.get(1)), sets.knownItems());
    ItemCategory caid = tagging.categoryOf(ids.get(2), "caid-uk").orElseThrow();
    assertEquals("B", caid.value());
    assertEquals("hashset:caid-list", caid.provenance());
    assertChainIntact();
  }

  @Test
  void vicsExportRoundTripsIntoAnotherCase() throws Exception {
    tagging.setCategory("alice", List.of(ids.get(0)), "1");
    tagging.setCategory("alice", List.of(ids.get(2)), "4");
    var tag = tagging.createTag("alice", "Series X", "#aa0000");
    tagging.addTag("alice", List.of(Target.item(ids.get(0))), tag.id());
    tagging.addNote("alice", Target.item(ids.get(0)), "posted in room 3");
    tagging.setActiveScheme("alice", "caid-uk");
    tagging.setCategory("alice", List.of(ids.get(3)), "A"); // no VICS equivalent: left out

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(2, new VicsWriter(folder.db()).write(out));
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"@odata.context\""), json);
    assertTrue(json.contains(upper(h(1).md5())), json);

    List<HashRecord> read = new ArrayList<>();
    HashSetStore.Parsed parsed =
        VicsReader.read(new ByteArrayInputStream(out.toByteArray()), read::add);
    assertEquals("2.0", parsed.version());
    assertEquals(0, parsed.skipped());
    assertEquals(2, read.size());
    assertEquals("1", read.get(0).category());
    assertEquals(h(1).sha1(), read.get(0).sha1());
    assertEquals("Series X", read.get(0).tags());
    assertEquals("posted in room 3", read.get(0).comments());
    assertEquals(Boolean.FALSE, read.get(0).precategorized());
    assertEquals("4", read.get(1).category());
    assertEquals(String.valueOf(ids.get(2)), read.get(1).mediaId());

    // a second case holding the same files (in another order) learns the categories from it
    Path exported = temp.resolve("export.json");
    Files.write(exported, out.toByteArray());
    Files.createDirectories(temp.resolve("b"));
    try (CaseFolder other = TestCases.create(temp.resolve("b"))) {
      List<Long> otherIds = TestCases.addItems(other, List.of(h(9), h(3), h(1)));
      AuditLog otherAudit = new AuditLog(new AuditStore(other.db()));
      Tagging otherTagging = new Tagging(other.db(), otherAudit);
      new HashSetImporter(other.db(), otherAudit)
          .importFile("carol", exported, "from-case-a", HashSetImporter.Options.detect());
      new HashSetMatcher(other.db(), otherTagging, otherAudit).matchAll("carol");
      assertEquals("1", otherTagging.categoryOf(otherIds.get(2)).orElseThrow().value());
      assertEquals("4", otherTagging.categoryOf(otherIds.get(1)).orElseThrow().value());
      assertTrue(otherTagging.categoryOf(otherIds.get(0)).isEmpty());
      assertEquals(
          "hashset:from-case-a",
          otherTagging.categoryOf(otherIds.get(2)).orElseThrow().provenance());

      // and exporting again marks them precategorised
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      new VicsWriter(other.db()).write(again);
      List<HashRecord> second = new ArrayList<>();
      VicsReader.read(new ByteArrayInputStream(again.toByteArray()), second::add);
      assertEquals(Boolean.TRUE, second.get(0).precategorized());
      assertTrue(AuditVerifier.verify(new AuditStore(other.db())).intact());
    }
  }

  @Test
  void detectTellsFormatsApart() throws Exception {
    assertEquals(HashSetFormat.VICS, HashSetImporter.detect(vics13()));
    assertEquals(HashSetFormat.LIST, HashSetImporter.detect(write("l.txt", h(1).md5())));
    Path rds = temp.resolve("r.db");
    TestCases.nsrlFile(rds, List.of(), false);
    assertEquals(HashSetFormat.NSRL, HashSetImporter.detect(rds));
  }
}

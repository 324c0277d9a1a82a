package org.veil.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditEvent;
import org.veil.model.WrittenExport;

/**
 * CASE 1.x / UCO 1.x output checked against the SHACL shapes of the classes it uses (cardinalities
 * and node kinds as published in the UCO and CASE ontologies), and the CSV exports.
 */
class InterchangeTest {
  private static final Pattern UUID_END =
      Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final Set<String> HASH_METHODS =
      Set.of("MD5", "MD6", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "SSDEEP");

  @TempDir static Path temp;
  static ReportCase c;
  static Map<String, Object> document;
  static WrittenExport caseExport;

  @BeforeAll
  static void export() throws Exception {
    c = ReportCase.build(temp);
    caseExport =
        new CaseExports(c.folder, c.audit)
            .write("case", temp.resolve("case.jsonld"), false, "examiner-b");
    try (JsonParser parser = new JsonFactory().createParser(caseExport.path().toFile())) {
      parser.nextToken();
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) tree(parser);
      document = root;
    }
  }

  @AfterAll
  static void close() {
    c.folder.close();
  }

  static Object tree(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, tree(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(tree(p));
        }
        return list;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return p.getText();
      }
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> graph() {
    return (List<Map<String, Object>>) document.get("@graph");
  }

  @SuppressWarnings("unchecked")
  static List<Object> values(Map<String, Object> node, String property) {
    Object value = node.get(property);
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? (List<Object>) list : List.of(value);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> node, String property) {
    return values(node, property).stream().map(v -> (Map<String, Object>) v).toList();
  }

  static List<Map<String, Object>> ofType(String type) {
    List<Map<String, Object>> out = new ArrayList<>();
    collect(document.get("@graph"), type, out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, String type, List<Map<String, Object>> out) {
    if (value instanceof Map<?, ?> map) {
      if (type.equals(map.get("@type"))) {
        out.add((Map<String, Object>) map);
      }
      map.values().forEach(v -> collect(v, type, out));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, type, out));
    }
  }

  /** Every typed node anywhere (graph nodes, facets, hashes, dictionary entries). */
  static List<Map<String, Object>> typedNodes() {
    List<Map<String, Object>> out = new ArrayList<>();
    collectTyped(document.get("@graph"), out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void collectTyped(Object value, List<Map<String, Object>> out) {
    if (value instanceof Map<?, ?> map) {
      if (map.containsKey("@type") && !map.containsKey("@value")) {
        out.add((Map<String, Object>) map);
      }
      map.values().forEach(v -> collectTyped(v, out));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectTyped(v, out));
    }
  }

  static void assertIriRefs(Map<String, Object> node, String property, int min, int max) {
    List<Map<String, Object>> refs = objects(node, property);
    assertTrue(refs.size() >= min, property + " needs at least " + min + " in " + node.get("@id"));
    assertTrue(refs.size() <= max, property + " allows at most " + max + " in " + node.get("@id"));
    for (Map<String, Object> ref : refs) {
      String id = (String) ref.get("@id");
      assertNotNull(id, property + " must be an IRI");
      assertFalse(id.startsWith("_:"), "UcoThings are never blank nodes");
    }
  }

  @Test
  void contextNamesTheCaseAndUco1Namespaces() {
    @SuppressWarnings("unchecked")
    Map<String, Object> context = (Map<String, Object>) document.get("@context");
    assertEquals("https://ontology.unifiedcyberontology.org/uco/core/", context.get("uco-core"));
    assertEquals(
        "https://ontology.unifiedcyberontology.org/uco/observable/", context.get("uco-observable"));
    assertEquals(
        "https://ontology.caseontology.org/case/investigation/", context.get("case-investigation"));
    assertEquals("urn:uuid:", context.get("kb"));
  }

  @Test
  void everyUcoThingHasAUniqueIriEndingInAUuidAndEveryReferenceResolves() {
    Set<String> defined = new HashSet<>();
    for (Map<String, Object> node : typedNodes()) {
      String id = (String) node.get("@id");
      assertNotNull(id, "a UcoThing without an IRI: " + node);
      assertTrue(UUID_END.matcher(id).matches(), id);
      assertTrue(defined.add(id), "IRI used twice: " + id);
    }
    List<String> references = new ArrayList<>();
    collectRefs(document.get("@graph"), references);
    assertFalse(references.isEmpty());
    for (String ref : references) {
      assertTrue(defined.contains(ref), "dangling reference " + ref);
    }
  }

  private static void collectRefs(Object value, List<String> out) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.containsKey("@id")) {
        out.add((String) map.get("@id"));
      }
      map.values().forEach(v -> collectRefs(v, out));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectRefs(v, out));
    }
  }

  @Test
  void compilationsRelationshipsAndAnnotationsHaveTheirRequiredProperties() {
    List<Map<String, Object>> investigations = ofType("case-investigation:Investigation");
    assertEquals(1, investigations.size());
    assertIriRefs(investigations.getFirst(), "uco-core:object", 1, Integer.MAX_VALUE);
    assertTrue(values(investigations.getFirst(), "uco-core:name").size() <= 1);

    List<Map<String, Object>> records = ofType("case-investigation:ProvenanceRecord");
    assertEquals(2, records.size(), "one per evidence source");
    for (Map<String, Object> record : records) {
      assertIriRefs(record, "uco-core:object", 1, Integer.MAX_VALUE);
      assertTrue(values(record, "case-investigation:exhibitNumber").size() <= 1);
    }

    List<Map<String, Object>> relationships = ofType("uco-observable:ObservableRelationship");
    assertFalse(relationships.isEmpty());
    for (Map<String, Object> relationship : relationships) {
      assertIriRefs(relationship, "uco-core:source", 1, Integer.MAX_VALUE);
      assertIriRefs(relationship, "uco-core:target", 1, 1);
      assertEquals(1, values(relationship, "uco-core:isDirectional").size());
      assertTrue(relationship.get("uco-core:isDirectional") instanceof Boolean);
      assertTrue(values(relationship, "uco-core:kindOfRelationship").size() <= 1);
    }
    Set<Object> kinds = new HashSet<>();
    relationships.forEach(r -> kinds.add(r.get("uco-core:kindOfRelationship")));
    assertEquals(Set.of("Contained_Within", "Attachment_Of"), kinds);

    for (Map<String, Object> annotation : ofType("uco-core:Annotation")) {
      assertIriRefs(annotation, "uco-core:object", 1, Integer.MAX_VALUE);
    }
    for (Map<String, Object> action : ofType("case-investigation:InvestigativeAction")) {
      assertIriRefs(action, "uco-action:performer", 0, 1);
      assertTrue(values(action, "uco-action:startTime").size() <= 1);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void hashesDictionariesAndMessagesFollowTheirShapes() {
    List<Map<String, Object>> hashes = ofType("uco-types:Hash");
    assertFalse(hashes.isEmpty());
    for (Map<String, Object> hash : hashes) {
      List<Map<String, Object>> method = objects(hash, "uco-types:hashMethod");
      List<Map<String, Object>> value = objects(hash, "uco-types:hashValue");
      assertEquals(1, method.size());
      assertEquals(1, value.size());
      assertEquals("uco-vocabulary:HashNameVocab", method.getFirst().get("@type"));
      assertTrue(HASH_METHODS.contains(method.getFirst().get("@value")));
      assertEquals("xsd:hexBinary", value.getFirst().get("@type"));
      assertTrue(((String) value.getFirst().get("@value")).matches("([0-9A-F]{2})+"));
    }
    List<Map<String, Object>> dictionaries = ofType("uco-types:ControlledDictionary");
    assertFalse(dictionaries.isEmpty(), "EXIF facets present");
    for (Map<String, Object> dictionary : dictionaries) {
      List<Map<String, Object>> entries = objects(dictionary, "uco-types:entry");
      assertFalse(entries.isEmpty());
      Set<Object> keys = new HashSet<>();
      for (Map<String, Object> entry : entries) {
        assertEquals(1, values(entry, "uco-types:key").size());
        assertEquals(1, values(entry, "uco-types:value").size());
        assertTrue(keys.add(entry.get("uco-types:key")), "a key appears once");
      }
    }
    List<Map<String, Object>> messageFacets = ofType("uco-observable:MessageFacet");
    assertEquals(60, messageFacets.size(), "every stored message");
    for (Map<String, Object> facet : messageFacets) {
      assertTrue(values(facet, "uco-observable:from").size() <= 1);
      assertTrue(values(facet, "uco-observable:messageText").size() <= 1);
      for (Map<String, Object> sent : objects(facet, "uco-observable:sentTime")) {
        assertEquals("xsd:dateTime", sent.get("@type"));
        Instant.parse((String) sent.get("@value"));
      }
    }
    for (Map<String, Object> facet : ofType("uco-observable:MessageThreadFacet")) {
      assertTrue(values(facet, "uco-observable:messageThread").size() <= 1);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void filesCarryTheirHashesAndExifAndMessagesTheirAccounts() {
    Map<String, Object> camera =
        ofType("uco-observable:File").stream()
            .filter(
                f ->
                    objects(f, "uco-core:hasFacet").stream()
                        .anyMatch(x -> "camera.jpg".equals(x.get("uco-observable:filePath"))))
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> facets = objects(camera, "uco-core:hasFacet");
    Map<String, Object> content =
        facets.stream()
            .filter(f -> "uco-observable:ContentDataFacet".equals(f.get("@type")))
            .findFirst()
            .orElseThrow();
    Set<String> hashValues = new HashSet<>();
    objects(content, "uco-observable:hash")
        .forEach(
            h ->
                hashValues.add(
                    (String) ((Map<String, Object>) h.get("uco-types:hashValue")).get("@value")));
    assertTrue(hashValues.contains(c.camera.hashes().sha256().toUpperCase()));
    Map<String, Object> exif =
        facets.stream()
            .filter(f -> "uco-observable:EXIFFacet".equals(f.get("@type")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> data = (Map<String, Object>) exif.get("uco-observable:exifData");
    assertTrue(
        objects(data, "uco-types:entry").stream()
            .anyMatch(e -> c.camera.summary().make().equals(e.get("uco-types:value"))));

    String text = c.taggedMessage.message().text();
    assertTrue(
        ofType("uco-observable:MessageFacet").stream()
            .anyMatch(f -> text.equals(f.get("uco-observable:messageText"))));
    assertFalse(ofType("uco-observable:ApplicationAccount").isEmpty());
    assertTrue(
        ofType("uco-observable:AccountFacet").stream()
            .allMatch(f -> values(f, "uco-observable:accountIdentifier").size() == 1));
    assertEquals(2, ofType("uco-observable:MessageThread").size());
    assertTrue(
        ofType("uco-core:Annotation").stream()
            .anyMatch(a -> values(a, "uco-core:tag").contains("category:vic-us:1")));

    AuditEvent last =
        c.audit.store().all().stream()
            .filter(e -> e.seq() == caseExport.auditSeq())
            .findFirst()
            .orElseThrow();
    assertEquals("export.created", last.action());
    assertTrue(last.details().contains("\"kind\":\"case\""));
    assertTrue(last.details().contains("\"sha256\":\"" + caseExport.sha256() + "\""));
  }

  @Test
  void csvExportsListEveryItemAndMessageAndAreAudited() throws Exception {
    WrittenExport items =
        new CaseExports(c.folder, c.audit)
            .write("csv", temp.resolve("items.csv"), false, "examiner-b");
    String csv = Files.readString(items.path(), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertTrue(lines[0].startsWith("\uFEFF\"id\",\"source\",\"path\""));
    assertEquals(12, items.records());
    assertEquals(13, lines.length);
    assertTrue(csv.contains("\"" + c.camera.hashes().sha256() + "\""));
    assertTrue(csv.contains(ReportCase.KOREAN_NOTE));
    assertTrue(csv.contains("\"court-exhibit\""));

    WrittenExport messages =
        new CaseExports(c.folder, c.audit)
            .write("messages-csv", temp.resolve("messages.csv"), false, "examiner-b");
    assertEquals(60, messages.records());
    String messagesCsv = Files.readString(messages.path(), StandardCharsets.UTF_8);
    assertTrue(messagesCsv.contains("\"suspect-post\""));
    assertTrue(messagesCsv.contains(ReportCase.MESSAGE_NOTE));

    AuditEvent event = c.audit.store().head().orElseThrow();
    assertEquals("export.created", event.action());
    assertTrue(event.details().contains("\"sha256\":\"" + Sha256.of(messages.path()) + "\""));
    assertTrue(AuditVerifier.verify(c.audit.store()).intact());
  }
}

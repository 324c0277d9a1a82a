package org.veil.hashsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.HashRecord;
import org.veil.store.HashSetStore;

class VicsReaderTest {
  static final String MD5_A = "0123456789ABCDEF0123456789ABCDEF";
  static final String SHA1_B = "89ABCDEF0123456789ABCDEF0123456789ABCDEF";

  private static List<HashRecord> records = new ArrayList<>();

  private static HashSetStore.Parsed read(String json) throws IOException {
    records = new ArrayList<>();
    return VicsReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), records::add);
  }

  @Test
  void readsVersion13WithStringBooleansAndNumbers() throws IOException {
    HashSetStore.Parsed parsed =
        read(
            """
            {"odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml/CUSTOMER/$metadata#Media",
             "value": [
              {"MediaID": 1, "Category": 1, "MD5": "%s", "SHA1": null, "MediaSize": 2835,
               "IsPrecategorized": "True", "VictimIdentified": "false", "Series": "S-9",
               "Tags": "a,b", "Comments": "c"},
              {"MediaID": "2", "Category": "2", "SHA1": "%s", "MediaSize": "12",
               "IsPrecategorized": false, "VictimIdentified": true, "Tags": ["x", "y"]},
              {"MediaID": 3, "Category": 7, "MD5": "%s"},
              {"MediaID": 4, "Category": 1, "MD5": "not-a-hash"},
              {"MediaID": 5, "Category": 1},
              "stray"
             ]}
            """
                .formatted(MD5_A, SHA1_B, MD5_A.replace('0', '1')));

    assertEquals("1.3", parsed.version());
    assertEquals(3, parsed.skipped(), "no usable hash, and the stray string");
    assertEquals(3, records.size());
    HashRecord first = records.get(0);
    assertEquals(MD5_A.toLowerCase(), first.md5());
    assertNull(first.sha1());
    assertEquals("1", first.category());
    assertEquals(2835L, first.size());
    assertEquals(Boolean.TRUE, first.precategorized());
    assertEquals(Boolean.FALSE, first.victimIdentified());
    assertEquals("S-9", first.series());
    assertEquals("1", first.mediaId());
    HashRecord second = records.get(1);
    assertEquals(SHA1_B.toLowerCase(), second.sha1());
    assertEquals("2", second.category());
    assertEquals(12L, second.size());
    assertEquals(Boolean.TRUE, second.victimIdentified());
    assertEquals("x,y", second.tags());
    assertNull(records.get(2).category(), "7 is no VIC US category");
  }

  @Test
  void readsVersion20FlatAndGroupedByCase() throws IOException {
    HashSetStore.Parsed parsed =
        read(
            """
            {"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media",
             "value": [
              {"MediaID": 1, "Category": "3", "MD5": "%s", "IsPrecategorized": "1",
               "MediaFiles": [{"FileName": "a.jpg", "FilePath": "x/a.jpg"}]},
              {"CaseID": "c-1", "Media": [
                 {"MediaID": 2, "Category": 4, "SHA1": "%s"}
              ]}
             ]}
            """
                .formatted(MD5_A, SHA1_B));

    assertEquals("2.0", parsed.version());
    assertEquals(0, parsed.skipped());
    assertEquals(2, records.size());
    assertEquals("3", records.get(0).category());
    assertEquals(Boolean.TRUE, records.get(0).precategorized());
    assertEquals("4", records.get(1).category());
  }

  @Test
  void theRootKeyMayComeAfterTheRecords() throws IOException {
    HashSetStore.Parsed parsed =
        read(
            """
            {"value": [{"Category": 0, "MD5": "%s"}], "@odata.context": "something#Media"}
            """
                .formatted(MD5_A));
    assertEquals("2.0", parsed.version());
    assertEquals(1, records.size());
  }

  @Test
  void somethingElseIsRefusedWithAReason() {
    assertTrue(
        assertThrows(IOException.class, () -> read("not json at all"))
            .getMessage()
            .contains("VICS"));
    assertTrue(
        assertThrows(IOException.class, () -> read("[1, 2]")).getMessage().contains("object"));
    assertTrue(
        assertThrows(IOException.class, () -> read("{\"value\": []}"))
            .getMessage()
            .contains("odata"));
    assertTrue(
        assertThrows(IOException.class, () -> read("{\"@odata.context\": \"x\"}"))
            .getMessage()
            .contains("value"));
    assertThrows(
        IOException.class, () -> read("{\"@odata.context\": \"x\", \"value\": {\"a\": 1}}"));
    assertThrows(
        IOException.class,
        () -> read("{\"@odata.context\": \"x\", \"value\": [{\"MD5\": \"" + MD5_A + "\""));
  }

  @Test
  void booleansInTheirManySpellings() {
    assertEquals(Boolean.TRUE, VicsReader.bool("TRUE"));
    assertEquals(Boolean.TRUE, VicsReader.bool(" yes "));
    assertEquals(Boolean.FALSE, VicsReader.bool("0"));
    assertNull(VicsReader.bool("maybe"));
    assertNull(VicsReader.bool(null));
  }
}

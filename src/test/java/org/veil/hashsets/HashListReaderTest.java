package org.veil.hashsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.model.HashRecord;
import org.veil.store.HashSetStore;

class HashListReaderTest {
  static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
  static final String SHA1 = "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709";
  static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final List<HashRecord> records = new ArrayList<>();

  private HashSetStore.Parsed read(String text) throws IOException {
    return HashListReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Set.of("0", "1", "2", "3", "4"),
        records::add);
  }

  @Test
  void oneHashPerLineTellsTheKindByLength() throws IOException {
    HashSetStore.Parsed parsed =
        read("\uFEFF# made by a test\n" + MD5 + "\n\n" + SHA1 + "\r\n  " + SHA256 + "  \nzzz\n");
    assertEquals(1, parsed.skipped());
    assertEquals(3, records.size());
    assertEquals(MD5, records.get(0).md5());
    assertEquals(SHA1.toLowerCase(), records.get(1).sha1());
    assertEquals(SHA256, records.get(2).sha256());
    assertNull(records.get(0).category());
  }

  @Test
  void csvWithHashAndCategoryColumns() throws IOException {
    HashSetStore.Parsed parsed =
        read(
            "name,\"Category\",MD5\n"
                + "\"a, b.jpg\",1,"
                + MD5
                + "\n"
                + "c.jpg,,"
                + SHA1
                + "\n"
                + "d.jpg,9,"
                + SHA256
                + "\n"
                + "e.jpg,2,nothex\n"
                + "short\n");
    assertEquals(3, parsed.skipped(), "category 9, a bad hash, a short row");
    assertEquals(2, records.size());
    assertEquals("1", records.get(0).category());
    assertNull(records.get(1).category());
    assertEquals(SHA1.toLowerCase(), records.get(1).sha1());
  }

  @Test
  void semicolonCsvAndShapeDetection() throws IOException {
    String csv = "hash;category\n" + MD5 + ";0\n";
    assertTrue(
        HashListReader.shape(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
            .hasCategories());
    assertFalse(
        HashListReader.shape(new ByteArrayInputStream(MD5.getBytes(StandardCharsets.UTF_8))).csv());
    read(csv);
    assertEquals("0", records.get(0).category());
  }

  @Test
  void csvWithoutAHashColumnIsRefused() {
    IOException error = assertThrows(IOException.class, () -> read("name,category\na.jpg,1\n"));
    assertTrue(error.getMessage().contains("hash column"));
  }

  @Test
  void quotedCellsKeepSeparatorsAndQuotes() {
    assertEquals(
        List.of("a,b", "say \"hi\"", ""), HashListReader.cells("\"a,b\",\"say \"\"hi\"\"\",", ','));
  }
}

package org.veil.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExportMediaTest {
  @Test
  void attachmentPathsStayInsideTheExport() {
    assertEquals("photos/a.jpg", ExportMedia.normalise("photos/a.jpg"));
    assertEquals("photos/a.jpg", ExportMedia.normalise("photos\\a.jpg"));
    assertEquals("a.jpg", ExportMedia.normalise("photos/../a.jpg"));
    assertNull(ExportMedia.normalise("../a.jpg"));
    assertNull(ExportMedia.normalise("/etc/passwd"));
    assertNull(ExportMedia.normalise("C:\\Users\\a.jpg"));
    assertNull(ExportMedia.normalise("c:a.jpg"));
    assertNull(ExportMedia.normalise("a\0.jpg"));
    assertNull(ExportMedia.normalise(" "));
  }

  @Test
  void webAddressesAreRecognisedByTheirScheme() {
    assertTrue(ExportMedia.isWebAddress("https://example.org/a.jpg"));
    assertTrue(ExportMedia.isWebAddress("HTTP://EXAMPLE.ORG"));
    assertTrue(ExportMedia.isWebAddress("tg://resolve?domain=x"));
    assertTrue(ExportMedia.isWebAddress("mailto:a@example.org"));
    assertFalse(ExportMedia.isWebAddress("photos/a.jpg"));
    assertFalse(ExportMedia.isWebAddress("1photo:x"));
  }
}

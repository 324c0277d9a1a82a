package org.veil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExifSummaryTest {
  private static String camera(String make, String model) {
    return new ExifSummary(
            make, model, null, null, null, null, null, null, null, null, null, null, null)
        .camera();
  }

  @Test
  void namesTheMakeOnce() {
    assertEquals("Canon EOS R6", camera("Canon", "Canon EOS R6"));
    assertEquals("Apple iPhone 4", camera("Apple", "iPhone 4"));
    assertEquals("SONY ILCE-7M4", camera(" SONY ", "ILCE-7M4 "));
    // only a model that starts with the make counts as naming it
    assertEquals("NIKON CORPORATION NIKON D850", camera("NIKON CORPORATION", "NIKON D850"));
  }

  @Test
  void partsAndNothing() {
    assertEquals("iPhone 4", camera(null, "iPhone 4"));
    assertEquals("Canon", camera("Canon", "  "));
    assertNull(camera(null, null));
    assertNull(camera(" ", ""));
  }
}

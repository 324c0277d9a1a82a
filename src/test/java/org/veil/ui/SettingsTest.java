package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.media.Blur;

class SettingsTest {
  @TempDir Path home;

  @Test
  void defaultsAreDarkMediumAndTheDefaultBlur() {
    Settings settings = Settings.load(home);
    assertTrue(settings.darkTheme());
    assertEquals("M", settings.thumbnailSize());
    assertEquals(Blur.DEFAULT_STRENGTH, settings.blurStrength());
    assertTrue(settings.recentCases().isEmpty());
  }

  @Test
  void savesAndReloadsWithRecentCasesMostRecentFirst() throws Exception {
    Settings settings = Settings.load(home);
    for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
      settings.addRecent(home.resolve("case" + i + ".veil"));
    }
    settings.addRecent(home.resolve("case5.veil"));
    settings.darkTheme(false);
    settings.blurStrength(99);
    settings.save();
    Settings again = Settings.load(home);
    assertEquals(Settings.MAX_RECENT, again.recentCases().size());
    assertEquals(home.resolve("case5.veil"), again.recentCases().getFirst());
    assertEquals(1, again.recentCases().stream().filter(p -> p.endsWith("case5.veil")).count());
    assertFalse(again.darkTheme());
    assertEquals(Blur.MAX_STRENGTH, again.blurStrength());
  }

  @Test
  void aBrokenFileFallsBackToDefaults() throws Exception {
    Files.writeString(
        home.resolve("settings.properties"), "blur.strength=lots\ngallery.size=XXL\n\\u12");
    Settings settings = Settings.load(home);
    assertEquals(Blur.DEFAULT_STRENGTH, settings.blurStrength());
    assertEquals("M", settings.thumbnailSize());
  }
}

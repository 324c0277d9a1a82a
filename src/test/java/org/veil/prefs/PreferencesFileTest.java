package org.veil.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.media.Blur;
import org.veil.model.CategoryScheme;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;

class PreferencesFileTest {
  @TempDir Path home;

  @Test
  void aFirstStartGivesTheDefaultsInTheSystemsLanguage() {
    Preferences english = new PreferencesFile(home, Locale.US).load();
    assertEquals("", english.examinerName());
    assertEquals(CategoryScheme.VIC_US, english.categoryScheme());
    assertEquals(Blur.DEFAULT_STRENGTH, english.blurStrength());
    assertFalse(english.grayscale());
    assertEquals(ThumbnailSize.M, english.thumbnailSize());
    assertEquals(ColorTheme.DARK, english.theme());
    assertEquals(Language.ENGLISH, english.language());
    assertEquals(50, english.breakReminderMinutes());
    assertTrue(english.breakReminderOn());
    assertEquals(List.of(), english.recentCases());
    assertEquals(Language.KOREAN, new PreferencesFile(home, Locale.KOREA).load().language());
    assertEquals(Language.ENGLISH, new PreferencesFile(home, Locale.GERMANY).load().language());
    assertFalse(Files.exists(home.resolve(PreferencesFile.FILE_NAME)), "loading writes nothing");
  }

  @Test
  void theBlurBoundsAreTheMediaPackagesBounds() {
    assertEquals(Blur.MAX_STRENGTH, Preferences.MAX_BLUR);
    assertEquals(Blur.DEFAULT_STRENGTH, Preferences.DEFAULT_BLUR);
  }

  @Test
  void everyPreferenceSurvivesASaveAndALoad() throws Exception {
    PreferencesFile file = new PreferencesFile(home, Locale.US);
    Preferences chosen =
        file.load()
            .withExaminerName("  김지은 (Seoul Metropolitan Police)  ")
            .withCategoryScheme(CategoryScheme.CAID_UK)
            .withBlurStrength(9)
            .withGrayscale(true)
            .withThumbnailSize(ThumbnailSize.L)
            .withTheme(ColorTheme.LIGHT)
            .withLanguage(Language.KOREAN)
            .withBreakReminderMinutes(25)
            .withRecentCase(home.resolve("b.veil"))
            .withRecentCase(home.resolve("a.veil"));
    file.save(chosen);
    Preferences again = new PreferencesFile(home, Locale.US).load();
    assertEquals(chosen, again);
    assertEquals("김지은 (Seoul Metropolitan Police)", again.examinerName());
    assertEquals(List.of(home.resolve("a.veil"), home.resolve("b.veil")), again.recentCases());
    assertFalse(Files.exists(home.resolve(PreferencesFile.FILE_NAME + ".tmp")));
  }

  @Test
  void outOfRangeValuesAreBroughtIntoRange() {
    Preferences p = Preferences.defaults(Locale.US);
    assertEquals(Preferences.MAX_BLUR, p.withBlurStrength(99).blurStrength());
    assertEquals(0, p.withBlurStrength(-3).blurStrength());
    assertEquals(0, p.withBreakReminderMinutes(-10).breakReminderMinutes());
    assertFalse(p.withBreakReminderMinutes(0).breakReminderOn());
    assertEquals(
        Preferences.MAX_BREAK_MINUTES, p.withBreakReminderMinutes(100_000).breakReminderMinutes());
    assertEquals(CategoryScheme.VIC_US, p.withCategoryScheme(" ").categoryScheme());
  }

  @Test
  void theRecentListKeepsEachCaseOnceMostRecentFirstAndAtMostEight() {
    Preferences p = Preferences.defaults(Locale.US);
    for (int i = 0; i < Preferences.MAX_RECENT + 3; i++) {
      p = p.withRecentCase(home.resolve("case" + i + ".veil"));
    }
    p = p.withRecentCase(home.resolve("case5.veil"));
    assertEquals(Preferences.MAX_RECENT, p.recentCases().size());
    assertEquals(home.resolve("case5.veil"), p.recentCases().getFirst());
    assertEquals(1, p.recentCases().stream().filter(c -> c.endsWith("case5.veil")).count());
    assertEquals(home.resolve("case10.veil"), p.recentCases().get(1));
  }

  @Test
  void aHandBrokenFileFallsBackValueByValue() throws Exception {
    Files.writeString(
        home.resolve(PreferencesFile.FILE_NAME),
        """
        blur.strength=lots
        gallery.size=XXL
        theme=light
        language=fr
        break.minutes=twenty
        examiner.name=Kim
        """,
        StandardCharsets.ISO_8859_1);
    Preferences p = new PreferencesFile(home, Locale.KOREA).load();
    assertEquals(Blur.DEFAULT_STRENGTH, p.blurStrength());
    assertEquals(ThumbnailSize.M, p.thumbnailSize());
    assertEquals(ColorTheme.LIGHT, p.theme(), "what can be read is kept");
    assertEquals(Language.KOREAN, p.language(), "an unknown language falls back to the system's");
    assertEquals(Preferences.DEFAULT_BREAK_MINUTES, p.breakReminderMinutes());
    assertEquals("Kim", p.examinerName());
  }

  @Test
  void aTornFileGivesTheDefaults() throws Exception {
    Files.writeString(home.resolve(PreferencesFile.FILE_NAME), "blur.strength=3\n\\u12");
    Preferences p = new PreferencesFile(home, Locale.US).load();
    assertEquals(Preferences.defaults(Locale.US), p);
  }

  @Test
  void theFirstWorkstationSettingsFileStillReads() throws Exception {
    // written by the workstation's first settings class: same keys, fewer of them
    Files.writeString(
        home.resolve(PreferencesFile.FILE_NAME),
        "theme=dark\nblur.strength=8\nmedia.grayscale=true\ngallery.size=S\n"
            + "recent.0=/cases/b.veil\nrecent.1=/cases/a.veil\n");
    Preferences p = new PreferencesFile(home, Locale.US).load();
    assertEquals(8, p.blurStrength());
    assertTrue(p.grayscale());
    assertEquals(ThumbnailSize.S, p.thumbnailSize());
    assertEquals(List.of(Path.of("/cases/b.veil"), Path.of("/cases/a.veil")), p.recentCases());
    assertEquals(50, p.breakReminderMinutes());
  }

  @Test
  void theHomeFollowsVeilHome() {
    String before = System.getProperty("veil.home");
    try {
      System.setProperty("veil.home", home.toString());
      assertEquals(home, PreferencesFile.defaultHome());
      System.clearProperty("veil.home");
      assertEquals(
          Path.of(System.getProperty("user.home"), ".veil"), PreferencesFile.defaultHome());
    } finally {
      if (before != null) {
        System.setProperty("veil.home", before);
      }
    }
  }
}

package org.veil.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.CategoryScheme;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;
import org.veil.prefs.PreferencesFile;
import org.veil.ui.Settings;

class PreferencesViewModelTest {
  private final Preferences start =
      Preferences.defaults(Locale.ENGLISH).withRecentCase(Path.of("/cases/A.veil"));

  @Test
  void showsTheCurrentValues() {
    PreferencesViewModel model = new PreferencesViewModel(start.withExaminerName("Kim"));
    assertEquals("Kim", model.examinerNameProperty().get());
    assertEquals(CategoryScheme.VIC_US, model.schemeProperty().get().id());
    assertEquals(Preferences.DEFAULT_BLUR, model.blurStrengthProperty().get());
    assertEquals(ThumbnailSize.M, model.thumbnailSizeProperty().get());
    assertEquals(ColorTheme.DARK, model.themeProperty().get());
    assertTrue(model.breakReminderProperty().get());
    assertEquals("50", model.breakMinutesProperty().get());
    assertEquals(start, new PreferencesViewModel(start).result(), "unchanged in, unchanged out");
  }

  @Test
  void everyFieldReachesTheResultAndRecentCasesPassThrough() {
    PreferencesViewModel model = new PreferencesViewModel(start);
    model.examinerNameProperty().set("  Det. Park  ");
    model.schemeProperty().set(PreferencesViewModel.BUILT_IN_SCHEMES.get(1));
    model.blurStrengthProperty().set(9);
    model.grayscaleProperty().set(true);
    model.thumbnailSizeProperty().set(ThumbnailSize.L);
    model.themeProperty().set(ColorTheme.LIGHT);
    model.languageProperty().set(Language.KOREAN);
    model.breakMinutesProperty().set(" 25 ");
    assertTrue(model.languageChanged());
    Preferences result = model.result();
    assertEquals(
        new Preferences(
            "Det. Park",
            CategoryScheme.CAID_UK,
            9,
            true,
            ThumbnailSize.L,
            ColorTheme.LIGHT,
            Language.KOREAN,
            25,
            List.of(Path.of("/cases/A.veil").toAbsolutePath())),
        result);
  }

  @Test
  void theReminderTurnsOffAsZeroMinutesAndBackOnWithTheDefault() {
    PreferencesViewModel model = new PreferencesViewModel(start);
    model.breakReminderProperty().set(false);
    model.breakMinutesProperty().set("nonsense"); // ignored while off
    assertEquals("", model.problem());
    Preferences off = model.result();
    assertEquals(0, off.breakReminderMinutes());
    PreferencesViewModel again = new PreferencesViewModel(off);
    assertFalse(again.breakReminderProperty().get());
    assertEquals("50", again.breakMinutesProperty().get());
  }

  @Test
  void badMinutesAreRefusedWithAReason() {
    PreferencesViewModel model = new PreferencesViewModel(start);
    for (String bad : List.of("", "abc", "0", "-5", "241", "99999999999")) {
      model.breakMinutesProperty().set(bad);
      assertTrue(model.invalid().get(), bad);
      assertTrue(model.problem().contains("1 to 240"), bad);
      assertThrows(IllegalStateException.class, model::result, bad);
    }
    model.breakMinutesProperty().set("240");
    assertFalse(model.invalid().get());
  }

  @Test
  void anUnknownSchemeFromAHandEditedFileStaysChoosable() {
    PreferencesViewModel model = new PreferencesViewModel(start.withCategoryScheme("local-x"));
    assertEquals("local-x", model.schemeProperty().get().id());
    assertEquals(3, model.schemes().size());
    assertEquals("local-x", model.result().categoryScheme());
  }

  @Test
  void settingsKeepWhatTheDialogChoseInTheSameFile(@TempDir Path home) throws Exception {
    Settings settings = Settings.load(home);
    PreferencesViewModel model = new PreferencesViewModel(settings.preferences());
    model.examinerNameProperty().set("Lee");
    model.breakMinutesProperty().set("30");
    settings.preferences(model.result());
    settings.blurStrength(3); // a later change from the toolbar keeps the dialog's values
    settings.save();
    Preferences read = new PreferencesFile(home, Locale.ENGLISH).load();
    assertEquals("Lee", read.examinerName());
    assertEquals(30, read.breakReminderMinutes());
    assertEquals(3, read.blurStrength());
  }
}

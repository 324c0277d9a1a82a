package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.veil.model.Language;

/** English and Korean say the same things: every key in both, none empty, every pattern valid. */
class MessagesTest {
  private static ResourceBundle bundle(Locale locale) {
    return I18n.bundle(locale);
  }

  /** Keys defined in this very file, not inherited from the English root. */
  private static Set<String> own(ResourceBundle bundle) {
    String name = bundle.getLocale().getLanguage().isEmpty() ? "" : "_" + bundle.getLocale();
    Properties file = new Properties();
    try (var in = I18n.class.getResourceAsStream("messages" + name + ".properties")) {
      file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(file.stringPropertyNames());
  }

  @Test
  void koreanIsItsOwnBundle() {
    assertEquals(Locale.KOREAN, bundle(Language.KOREAN.locale()).getLocale());
  }

  @Test
  void everyEnglishKeyIsInKoreanAndBack() {
    Set<String> english = own(bundle(Language.ENGLISH.locale()));
    Set<String> korean = own(bundle(Language.KOREAN.locale()));
    Set<String> missingInKorean = new TreeSet<>(english);
    missingInKorean.removeAll(korean);
    Set<String> onlyInKorean = new TreeSet<>(korean);
    onlyInKorean.removeAll(english);
    assertEquals(Set.of(), missingInKorean, "keys missing in messages_ko.properties");
    assertEquals(Set.of(), onlyInKorean, "keys missing in messages.properties");
    assertTrue(english.size() > 20, "the bundle was not found");
  }

  @Test
  void noTextIsEmptyAndEveryPatternParses() {
    for (Language language : Language.values()) {
      ResourceBundle bundle = bundle(language.locale());
      for (String key : own(bundle)) {
        String text = bundle.getString(key);
        assertTrue(!text.isBlank(), language + " " + key + " is empty");
        new MessageFormat(text, language.locale()); // throws on a broken pattern
      }
    }
  }

  @Test
  void koreanTextIsKorean() {
    ResourceBundle korean = bundle(Language.KOREAN.locale());
    long hangul =
        own(korean).stream()
            .filter(k -> korean.getString(k).codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
            .count();
    // a few keys are symbols or proper names (Veil, SHA-256), the rest must be written in Hangul
    assertTrue(hangul > own(korean).size() * 0.8, hangul + " of " + own(korean).size());
  }

  @Test
  void thePreferenceChoosesAndThePropertyOverrides() {
    try {
      I18n.use(Language.KOREAN);
      assertEquals("데모 사건 열기", I18n.text("welcome.openDemo"));
      System.setProperty("veil.language", "en");
      I18n.use(Language.KOREAN);
      assertEquals("Open demo case", I18n.text("welcome.openDemo"));
      assertEquals("3 chats · 1,204 messages", I18n.format("chats.summary", 3, 1204));
    } finally {
      System.clearProperty("veil.language");
      I18n.use(Language.ENGLISH);
    }
  }

  @Test
  void builtInCategoriesHaveWordsOthersKeepTheirLabel() {
    var cam = new org.veil.model.Category("vic-us", "1", "Child abuse material", "", 1);
    var own = new org.veil.model.Category("unit-7", "X", "Unit 7 label", "", 0);
    try {
      I18n.use(Language.KOREAN);
      assertEquals("아동 성착취물", I18n.category(cam));
      assertEquals("Unit 7 label", I18n.category(own));
    } finally {
      I18n.use(Language.ENGLISH);
    }
    assertEquals("Child abuse material", I18n.category(cam));
  }

  @Test
  void aMissingKeyShowsTheKeyInsteadOfFailing() {
    assertEquals("no.such.key", I18n.text("no.such.key"));
  }
}

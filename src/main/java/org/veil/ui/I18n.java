package org.veil.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.veil.model.Category;
import org.veil.model.Language;

/**
 * The words on screen, from {@code org/veil/ui/messages*.properties}. The language is chosen once
 * at startup from the preferences; {@code -Dveil.language=ko} overrides it (tests, screenshots).
 * Audit actions, JSON fields and logs stay English: they are data, not UI.
 */
public final class I18n {
  public static final String BUNDLE = "org.veil.ui.messages";

  // no fallback to the JVM's locale: English chosen on a Korean system must stay English
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static volatile Locale locale = initial(Language.ENGLISH);
  private static volatile ResourceBundle bundle = load(locale);

  private I18n() {}

  /** Chooses the language: the {@code veil.language} property, when set, wins. */
  public static void use(Language language) {
    locale = initial(language);
    bundle = load(locale);
  }

  public static Locale locale() {
    return locale;
  }

  /** The bundle for {@code locale}, exactly (no fallback but the English root). */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), EXACT);
  }

  /** The text for {@code key}; the key itself when missing (MessagesTest keeps that away). */
  public static String text(String key) {
    return current().text(key);
  }

  /** {@link MessageFormat} with the chosen locale: {@code {0}}, {@code {1,number,integer}}, ... */
  public static String format(String key, Object... args) {
    return current().format(key, args);
  }

  /**
   * A category's name on screen: the built-in schemes' values have words in the bundle ({@code
   * category.vic-us.1}); a scheme's own label otherwise. The stored value never changes.
   */
  public static String category(Category category) {
    String key = "category." + category.scheme() + "." + category.value();
    return bundle.containsKey(key) ? bundle.getString(key) : category.label();
  }

  /** The words of the chosen language. */
  public static Words current() {
    return new Words(bundle);
  }

  /** English whatever the UI speaks: for text that is data, such as audit details. */
  public static Words english() {
    return new Words(bundle(Language.ENGLISH.locale()));
  }

  /** One language's words. */
  public record Words(ResourceBundle bundle) {
    public String text(String key) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }

    public String format(String key, Object... args) {
      return new MessageFormat(text(key), bundle.getLocale()).format(args);
    }
  }

  private static Locale initial(Language chosen) {
    String override = System.getProperty("veil.language", "");
    return Language.ofTag(override).orElse(chosen == null ? Language.ENGLISH : chosen).locale();
  }

  private static ResourceBundle load(Locale locale) {
    return bundle(locale);
  }
}

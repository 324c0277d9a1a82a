package org.veil.model;

import java.util.Locale;
import java.util.Optional;

/** The languages the workstation speaks, each complete. */
public enum Language {
  ENGLISH("en"),
  KOREAN("ko");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag kept in the preferences file. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<Language> ofTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.trim())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** Korean on a Korean system, English everywhere else. */
  public static Language forLocale(Locale locale) {
    return ofTag(locale.getLanguage()).orElse(ENGLISH);
  }
}

package org.veil.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;

/**
 * The analyst's preferences in {@code ~/.veil/settings.properties} (the folder is {@code veil.home}
 * when set, which tests and portable installs use). The keys are the ones the workstation's first
 * settings used, so an existing file keeps working. A missing, unreadable or hand-broken file gives
 * the defaults for what cannot be read: a preference is never worth refusing to start for.
 */
public final class PreferencesFile {
  public static final String FILE_NAME = "settings.properties";

  static final String EXAMINER = "examiner.name";
  static final String SCHEME = "category.scheme";
  static final String BLUR = "blur.strength";
  static final String GRAYSCALE = "media.grayscale";
  static final String SIZE = "gallery.size";
  static final String THEME = "theme";
  static final String LANGUAGE = "language";
  static final String BREAK = "break.minutes";
  static final String RECENT = "recent.";

  private final Path home;
  private final Locale system;

  public PreferencesFile(Path home, Locale system) {
    this.home = home;
    this.system = system;
  }

  /** The file in {@link #defaultHome()}, defaults after the JVM's locale. */
  public static PreferencesFile standard() {
    return new PreferencesFile(defaultHome(), Locale.getDefault());
  }

  /** The folder Veil keeps its own files in: {@code veil.home}, or {@code ~/.veil}. */
  public static Path defaultHome() {
    String override = System.getProperty("veil.home");
    return override != null && !override.isBlank()
        ? Path.of(override)
        : Path.of(System.getProperty("user.home"), ".veil");
  }

  public Path home() {
    return home;
  }

  public Path file() {
    return home.resolve(FILE_NAME);
  }

  public Preferences load() {
    Properties values = new Properties();
    if (Files.isRegularFile(file())) {
      try (InputStream in = Files.newInputStream(file())) {
        values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        values.clear(); // a torn or hand-broken file: start from the defaults
      }
    }
    Preferences d = Preferences.defaults(system);
    List<Path> recent = new ArrayList<>();
    for (int i = 0; i < Preferences.MAX_RECENT; i++) {
      String value = values.getProperty(RECENT + i);
      if (value != null && !value.isBlank()) {
        try {
          recent.add(Path.of(value));
        } catch (java.nio.file.InvalidPathException skipped) {
          // a path this system cannot name is not a recent case here
        }
      }
    }
    return new Preferences(
        values.getProperty(EXAMINER, d.examinerName()),
        values.getProperty(SCHEME, d.categoryScheme()),
        intValue(values, BLUR, d.blurStrength()),
        Boolean.parseBoolean(values.getProperty(GRAYSCALE, Boolean.toString(d.grayscale()))),
        ThumbnailSize.ofLetter(values.getProperty(SIZE)).orElse(d.thumbnailSize()),
        "light".equalsIgnoreCase(values.getProperty(THEME, "").trim())
            ? ColorTheme.LIGHT
            : ColorTheme.DARK,
        Language.ofTag(values.getProperty(LANGUAGE)).orElse(d.language()),
        intValue(values, BREAK, d.breakReminderMinutes()),
        recent);
  }

  /** Writes through a temporary file and an atomic move, so a crash never leaves half a file. */
  public void save(Preferences preferences) throws IOException {
    Properties values = new Properties();
    values.setProperty(EXAMINER, preferences.examinerName());
    values.setProperty(SCHEME, preferences.categoryScheme());
    values.setProperty(BLUR, Integer.toString(preferences.blurStrength()));
    values.setProperty(GRAYSCALE, Boolean.toString(preferences.grayscale()));
    values.setProperty(SIZE, preferences.thumbnailSize().name());
    values.setProperty(THEME, preferences.theme().name().toLowerCase(Locale.ROOT));
    values.setProperty(LANGUAGE, preferences.language().tag());
    values.setProperty(BREAK, Integer.toString(preferences.breakReminderMinutes()));
    List<Path> recent = preferences.recentCases();
    for (int i = 0; i < recent.size(); i++) {
      values.setProperty(RECENT + i, recent.get(i).toString());
    }
    Files.createDirectories(home);
    Path temp = home.resolve(FILE_NAME + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      values.store(out, "Veil preferences");
    }
    Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static int intValue(Properties values, String key, int fallback) {
    try {
      return Integer.parseInt(values.getProperty(key, Integer.toString(fallback)).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}

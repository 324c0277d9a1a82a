package org.veil.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;
import org.veil.prefs.PreferencesFile;

/**
 * The workstation's view of the analyst's preferences ({@link Preferences}, kept by {@link
 * PreferencesFile} in {@code ~/.veil/settings.properties}, or under {@code veil.home}): theme, blur
 * strength, grayscale, thumbnail size, recent cases and the examiner's name. A broken file falls
 * back to defaults instead of failing.
 */
public final class Settings {
  public static final int MAX_RECENT = Preferences.MAX_RECENT;

  private final PreferencesFile file;
  private Preferences values;

  private Settings(PreferencesFile file) {
    this.file = file;
    this.values = file.load();
  }

  /** The folder Veil keeps its own files in: {@code veil.home}, or {@code ~/.veil}. */
  public static Path defaultHome() {
    return PreferencesFile.defaultHome();
  }

  public static Settings load(Path home) {
    return new Settings(new PreferencesFile(home, Locale.getDefault()));
  }

  public Path home() {
    return file.home();
  }

  public Preferences preferences() {
    return values;
  }

  /** Replaces every preference at once (the Preferences dialog); {@link #save()} writes them. */
  public void preferences(Preferences changed) {
    values = changed;
  }

  /** Writes atomically so a crash never leaves half a file. */
  public void save() throws IOException {
    file.save(values);
  }

  /** Saves, and swallows the error: losing a preference must never interrupt a review. */
  public void saveQuietly() {
    try {
      save();
    } catch (IOException ignored) {
      // the next change tries again
    }
  }

  public boolean darkTheme() {
    return values.theme() == ColorTheme.DARK;
  }

  public void darkTheme(boolean dark) {
    values = values.withTheme(dark ? ColorTheme.DARK : ColorTheme.LIGHT);
  }

  public int blurStrength() {
    return values.blurStrength();
  }

  public void blurStrength(int strength) {
    values = values.withBlurStrength(strength);
  }

  public boolean grayscale() {
    return values.grayscale();
  }

  public void grayscale(boolean on) {
    values = values.withGrayscale(on);
  }

  /** Thumbnail size: S, M or L. */
  public String thumbnailSize() {
    return values.thumbnailSize().name();
  }

  public void thumbnailSize(String size) {
    values = values.withThumbnailSize(ThumbnailSize.ofLetter(size).orElse(ThumbnailSize.M));
  }

  /** The examiner's name for new cases; the OS user when none is set. */
  public String examinerName() {
    return values.examinerName().isBlank()
        ? System.getProperty("user.name", "")
        : values.examinerName();
  }

  /** The language of the UI; {@link I18n#use} applies it at startup. */
  public Language language() {
    return values.language();
  }

  public void language(Language language) {
    values = values.withLanguage(language);
  }

  /** Most recent first. */
  public List<Path> recentCases() {
    return values.recentCases();
  }

  public void addRecent(Path caseDir) {
    values = values.withRecentCase(caseDir);
  }
}

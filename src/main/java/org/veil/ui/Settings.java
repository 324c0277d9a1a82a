package org.veil.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.veil.media.Blur;

/**
 * The analyst's preferences: theme, blur strength, thumbnail size and recent cases, kept in {@code
 * ~/.veil/settings.properties} (or under the folder named by the {@code veil.home} property, which
 * tests point at a temporary folder). A broken file falls back to defaults instead of failing.
 */
public final class Settings {
  public static final int MAX_RECENT = 8;

  private final Path home;
  private final Properties values = new Properties();

  private Settings(Path home) {
    this.home = home;
  }

  /** The folder Veil keeps its own files in: {@code veil.home}, or {@code ~/.veil}. */
  public static Path defaultHome() {
    String override = System.getProperty("veil.home");
    return override != null && !override.isBlank()
        ? Path.of(override)
        : Path.of(System.getProperty("user.home"), ".veil");
  }

  public static Settings load(Path home) {
    Settings settings = new Settings(home);
    Path file = settings.file();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        settings.values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        settings.values.clear(); // unreadable settings are not worth refusing to start for
      }
    }
    return settings;
  }

  public Path home() {
    return home;
  }

  private Path file() {
    return home.resolve("settings.properties");
  }

  /** Writes atomically so a crash never leaves half a file. */
  public void save() throws IOException {
    Files.createDirectories(home);
    Path temp = home.resolve("settings.properties.tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      values.store(out, "Veil settings");
    }
    Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
    return !"light".equals(values.getProperty("theme"));
  }

  public void darkTheme(boolean dark) {
    values.setProperty("theme", dark ? "dark" : "light");
  }

  public int blurStrength() {
    return Math.clamp(intValue("blur.strength", Blur.DEFAULT_STRENGTH), 0, Blur.MAX_STRENGTH);
  }

  public void blurStrength(int strength) {
    values.setProperty(
        "blur.strength", Integer.toString(Math.clamp(strength, 0, Blur.MAX_STRENGTH)));
  }

  public boolean grayscale() {
    return Boolean.parseBoolean(values.getProperty("media.grayscale", "false"));
  }

  public void grayscale(boolean on) {
    values.setProperty("media.grayscale", Boolean.toString(on));
  }

  /** Thumbnail size: S, M or L. */
  public String thumbnailSize() {
    String size = values.getProperty("gallery.size", "M");
    return List.of("S", "M", "L").contains(size) ? size : "M";
  }

  public void thumbnailSize(String size) {
    values.setProperty("gallery.size", size);
  }

  /** Most recent first; folders that no longer hold a case are dropped. */
  public List<Path> recentCases() {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String value = values.getProperty("recent." + i);
      if (value != null && !value.isBlank()) {
        out.add(Path.of(value));
      }
    }
    return out;
  }

  public void addRecent(Path caseDir) {
    Path absolute = caseDir.toAbsolutePath().normalize();
    List<Path> recent = new ArrayList<>(recentCases());
    recent.remove(absolute);
    recent.addFirst(absolute);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < recent.size()) {
        values.setProperty("recent." + i, recent.get(i).toString());
      } else {
        values.remove("recent." + i);
      }
    }
  }

  private int intValue(String key, int fallback) {
    try {
      return Integer.parseInt(values.getProperty(key, Integer.toString(fallback)).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}

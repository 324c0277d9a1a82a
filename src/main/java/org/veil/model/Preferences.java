package org.veil.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an analyst sets once for every case: who they are, how media is veiled, how the workstation
 * looks and speaks, and when it suggests a break. Out-of-range values are brought into range, so a
 * hand-edited file can never make the blur weaker than zero or the reminder negative.
 *
 * @param examinerName the name written into new cases and audit events; blank for the OS user
 * @param categoryScheme the scheme new cases start with ({@link CategoryScheme#VIC_US} …)
 * @param blurStrength 0 (none) to {@link #MAX_BLUR}
 * @param grayscale pictures drawn without colour until revealed
 * @param breakReminderMinutes minutes of continuous review before a gentle prompt; 0 turns it off
 * @param recentCases most recent first, at most {@link #MAX_RECENT}
 */
public record Preferences(
    String examinerName,
    String categoryScheme,
    int blurStrength,
    boolean grayscale,
    ThumbnailSize thumbnailSize,
    ColorTheme theme,
    Language language,
    int breakReminderMinutes,
    List<Path> recentCases) {

  /** Same bounds as {@code org.veil.media.Blur}; a test keeps them equal. */
  public static final int MAX_BLUR = 10;

  public static final int DEFAULT_BLUR = 6;
  public static final int DEFAULT_BREAK_MINUTES = 50;
  public static final int MAX_BREAK_MINUTES = 240;
  public static final int MAX_RECENT = 8;

  public Preferences {
    examinerName = examinerName == null ? "" : examinerName.strip();
    categoryScheme =
        categoryScheme == null || categoryScheme.isBlank()
            ? CategoryScheme.VIC_US
            : categoryScheme.strip();
    blurStrength = Math.clamp(blurStrength, 0, MAX_BLUR);
    thumbnailSize = thumbnailSize == null ? ThumbnailSize.M : thumbnailSize;
    theme = theme == null ? ColorTheme.DARK : theme;
    language = language == null ? Language.ENGLISH : language;
    breakReminderMinutes = Math.clamp(breakReminderMinutes, 0, MAX_BREAK_MINUTES);
    List<Path> distinct = new ArrayList<>();
    for (Path p : recentCases == null ? List.<Path>of() : recentCases) {
      if (p != null && !distinct.contains(p) && distinct.size() < MAX_RECENT) {
        distinct.add(p);
      }
    }
    recentCases = List.copyOf(distinct);
  }

  /** A first start: the system's language when Veil speaks it, everything else by default. */
  public static Preferences defaults(Locale system) {
    return new Preferences(
        "",
        CategoryScheme.VIC_US,
        DEFAULT_BLUR,
        false,
        ThumbnailSize.M,
        ColorTheme.DARK,
        Language.forLocale(system),
        DEFAULT_BREAK_MINUTES,
        List.of());
  }

  public boolean breakReminderOn() {
    return breakReminderMinutes > 0;
  }

  public Preferences withExaminerName(String name) {
    return new Preferences(
        name,
        categoryScheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        theme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withCategoryScheme(String scheme) {
    return new Preferences(
        examinerName,
        scheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        theme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withBlurStrength(int strength) {
    return new Preferences(
        examinerName,
        categoryScheme,
        strength,
        grayscale,
        thumbnailSize,
        theme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withGrayscale(boolean on) {
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        on,
        thumbnailSize,
        theme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withThumbnailSize(ThumbnailSize size) {
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        grayscale,
        size,
        theme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withTheme(ColorTheme newTheme) {
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        newTheme,
        language,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withLanguage(Language newLanguage) {
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        theme,
        newLanguage,
        breakReminderMinutes,
        recentCases);
  }

  public Preferences withBreakReminderMinutes(int minutes) {
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        theme,
        language,
        minutes,
        recentCases);
  }

  /** Puts a case first in the recent list (once), dropping the oldest past {@link #MAX_RECENT}. */
  public Preferences withRecentCase(Path caseDir) {
    List<Path> recent = new ArrayList<>(recentCases);
    Path absolute = caseDir.toAbsolutePath().normalize();
    recent.remove(absolute);
    recent.addFirst(absolute);
    return new Preferences(
        examinerName,
        categoryScheme,
        blurStrength,
        grayscale,
        thumbnailSize,
        theme,
        language,
        breakReminderMinutes,
        recent);
  }
}

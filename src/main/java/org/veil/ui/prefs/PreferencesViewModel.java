package org.veil.ui.prefs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.veil.model.CategoryScheme;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;
import org.veil.ui.I18n;

/**
 * The Preferences dialog's state: a copy of the analyst's {@link Preferences} to edit, checked
 * before it is kept. Recent cases pass through untouched.
 */
public final class PreferencesViewModel {
  /** A scheme new cases can start with, named as the case database names it. */
  public record SchemeChoice(String id, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The schemes every case database is created with (migration V004). */
  public static final List<SchemeChoice> BUILT_IN_SCHEMES =
      List.of(
          new SchemeChoice(CategoryScheme.VIC_US, "Project VIC (US)"),
          new SchemeChoice(CategoryScheme.CAID_UK, "CAID (UK)"));

  private final Preferences original;
  private final StringProperty examinerName = new SimpleStringProperty();
  private final ObjectProperty<SchemeChoice> scheme = new SimpleObjectProperty<>();
  private final IntegerProperty blurStrength = new SimpleIntegerProperty();
  private final BooleanProperty grayscale = new SimpleBooleanProperty();
  private final ObjectProperty<ThumbnailSize> thumbnailSize = new SimpleObjectProperty<>();
  private final ObjectProperty<ColorTheme> theme = new SimpleObjectProperty<>();
  private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
  private final BooleanProperty breakReminder = new SimpleBooleanProperty();
  private final StringProperty breakMinutes = new SimpleStringProperty();
  private final List<SchemeChoice> schemes = new ArrayList<>(BUILT_IN_SCHEMES);

  public PreferencesViewModel(Preferences current) {
    this.original = current;
    examinerName.set(current.examinerName());
    SchemeChoice chosen =
        schemes.stream()
            .filter(s -> s.id().equals(current.categoryScheme()))
            .findFirst()
            .orElseGet(
                () -> {
                  // a scheme added by hand to the file stays choosable
                  SchemeChoice other =
                      new SchemeChoice(current.categoryScheme(), current.categoryScheme());
                  schemes.add(other);
                  return other;
                });
    scheme.set(chosen);
    blurStrength.set(current.blurStrength());
    grayscale.set(current.grayscale());
    thumbnailSize.set(current.thumbnailSize());
    theme.set(current.theme());
    language.set(current.language());
    breakReminder.set(current.breakReminderOn());
    breakMinutes.set(
        Integer.toString(
            current.breakReminderOn()
                ? current.breakReminderMinutes()
                : Preferences.DEFAULT_BREAK_MINUTES));
  }

  public List<SchemeChoice> schemes() {
    return List.copyOf(schemes);
  }

  public StringProperty examinerNameProperty() {
    return examinerName;
  }

  public ObjectProperty<SchemeChoice> schemeProperty() {
    return scheme;
  }

  public IntegerProperty blurStrengthProperty() {
    return blurStrength;
  }

  public BooleanProperty grayscaleProperty() {
    return grayscale;
  }

  public ObjectProperty<ThumbnailSize> thumbnailSizeProperty() {
    return thumbnailSize;
  }

  public ObjectProperty<ColorTheme> themeProperty() {
    return theme;
  }

  public ObjectProperty<Language> languageProperty() {
    return language;
  }

  public BooleanProperty breakReminderProperty() {
    return breakReminder;
  }

  /** Typed by the analyst, so text: {@link #problem()} says when it is not a usable number. */
  public StringProperty breakMinutesProperty() {
    return breakMinutes;
  }

  /** What stops the dialog from keeping the values, or empty when they are fine. */
  public String problem() {
    if (!breakReminder.get()) {
      return "";
    }
    int minutes = minutes();
    if (minutes < 1 || minutes > Preferences.MAX_BREAK_MINUTES) {
      return I18n.format("prefs.badMinutes", Preferences.MAX_BREAK_MINUTES);
    }
    return "";
  }

  /** True while {@link #problem()} is not empty; the OK button is disabled on it. */
  public BooleanBinding invalid() {
    return Bindings.createBooleanBinding(() -> !problem().isEmpty(), breakReminder, breakMinutes);
  }

  private int minutes() {
    try {
      return Integer.parseInt(breakMinutes.get() == null ? "" : breakMinutes.get().strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The edited preferences; call only when {@link #problem()} is empty. */
  public Preferences result() {
    if (!problem().isEmpty()) {
      throw new IllegalStateException(problem());
    }
    return original
        .withExaminerName(examinerName.get())
        .withCategoryScheme(scheme.get() == null ? null : scheme.get().id())
        .withBlurStrength(blurStrength.get())
        .withGrayscale(grayscale.get())
        .withThumbnailSize(thumbnailSize.get())
        .withTheme(theme.get())
        .withLanguage(language.get())
        .withBreakReminderMinutes(breakReminder.get() ? minutes() : 0);
  }

  /** The language shows in full only after a restart; the dialog says so. */
  public boolean languageChanged() {
    return language.get() != original.language();
  }
}

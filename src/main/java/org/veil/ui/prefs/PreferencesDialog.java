package org.veil.ui.prefs;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.veil.model.ColorTheme;
import org.veil.model.Language;
import org.veil.model.Preferences;
import org.veil.model.ThumbnailSize;
import org.veil.ui.I18n;
import org.veil.ui.Theme;
import org.veil.ui.Workstation;
import org.veil.ui.review.ReviewViewModel;

/** File → Preferences… (Ctrl+,): the analyst's settings for every case, in one form. */
public final class PreferencesDialog extends Dialog<Preferences> {
  public PreferencesDialog(PreferencesViewModel model, Window owner) {
    setTitle(I18n.text("prefs.title"));
    setHeaderText(I18n.text("prefs.header"));
    if (owner != null) {
      initOwner(owner);
    }
    GridPane grid = new GridPane(12, 10);
    grid.setId("preferences");
    grid.setPadding(new Insets(12));

    TextField examiner = new TextField();
    examiner.setId("pref-examiner");
    examiner.setPromptText(System.getProperty("user.name", ""));
    examiner.textProperty().bindBidirectional(model.examinerNameProperty());

    ComboBox<PreferencesViewModel.SchemeChoice> scheme = new ComboBox<>();
    scheme.setId("pref-scheme");
    scheme.getItems().setAll(model.schemes());
    scheme.valueProperty().bindBidirectional(model.schemeProperty());

    Slider blur = new Slider(0, Preferences.MAX_BLUR, model.blurStrengthProperty().get());
    blur.setId("pref-blur");
    blur.setMajorTickUnit(1);
    blur.setMinorTickCount(0);
    blur.setSnapToTicks(true);
    blur.setShowTickMarks(true);
    blur.setPrefWidth(260);
    blur.valueProperty()
        .addListener(
            (o, a, b) -> model.blurStrengthProperty().set((int) Math.round(b.doubleValue())));
    Label blurValue = new Label();
    blurValue.setId("pref-blur-value");
    blurValue
        .textProperty()
        .bind(
            model
                .blurStrengthProperty()
                .asString(I18n.format("prefs.blurValue", Preferences.MAX_BLUR)));

    CheckBox gray = new CheckBox(I18n.text("prefs.grayscale"));
    gray.setId("pref-grayscale");
    gray.selectedProperty().bindBidirectional(model.grayscaleProperty());

    ComboBox<ThumbnailSize> size = new ComboBox<>();
    size.setId("pref-size");
    size.getItems().setAll(ThumbnailSize.values());
    size.setConverter(
        named(s -> I18n.format("prefs.size", s.name(), s.pixels()), ThumbnailSize.values()));
    size.valueProperty().bindBidirectional(model.thumbnailSizeProperty());

    ComboBox<ColorTheme> theme = new ComboBox<>();
    theme.setId("pref-theme");
    theme.getItems().setAll(ColorTheme.values());
    theme.setConverter(
        named(
            t -> I18n.text(t == ColorTheme.DARK ? "prefs.dark" : "prefs.light"),
            ColorTheme.values()));
    theme.valueProperty().bindBidirectional(model.themeProperty());

    ComboBox<Language> language = new ComboBox<>();
    language.setId("pref-language");
    language.getItems().setAll(Language.values());
    language.setConverter(
        named(
            l -> I18n.text(l == Language.KOREAN ? "prefs.korean" : "prefs.english"),
            Language.values()));
    language.valueProperty().bindBidirectional(model.languageProperty());
    Label languageNote = new Label(I18n.text("prefs.languageNote"));
    languageNote.getStyleClass().add("muted");
    languageNote.visibleProperty().bind(language.valueProperty().isNotEqualTo(language.getValue()));

    CheckBox remind = new CheckBox(I18n.text("prefs.remind"));
    remind.setId("pref-break-on");
    remind.selectedProperty().bindBidirectional(model.breakReminderProperty());
    TextField minutes = new TextField();
    minutes.setId("pref-break-minutes");
    minutes.setPrefColumnCount(4);
    minutes.textProperty().bindBidirectional(model.breakMinutesProperty());
    minutes.disableProperty().bind(remind.selectedProperty().not());
    HBox breaks = new HBox(8, remind, minutes, new Label(I18n.text("prefs.minutes")));
    breaks.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    Label problem = new Label();
    problem.setId("pref-problem");
    problem.getStyleClass().add("danger");
    model.invalid().addListener((o, a, b) -> problem.setText(model.problem()));

    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.getColumnConstraints().add(labels);
    for (javafx.scene.Node n : breaks.getChildren()) {
      if (n instanceof javafx.scene.control.Labeled l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      }
    }
    int row = 0;
    grid.addRow(row++, new Label(I18n.text("prefs.examiner")), examiner);
    grid.addRow(row++, new Label(I18n.text("prefs.scheme")), scheme);
    grid.addRow(
        row++, new Label(I18n.text("review.blurStrengthTitle")), new HBox(10, blur, blurValue));
    grid.addRow(row++, new Label(I18n.text("review.grayscale")), gray);
    grid.addRow(row++, new Label(I18n.text("review.thumbSize")), size);
    grid.addRow(row++, new Label(I18n.text("prefs.theme")), theme);
    grid.addRow(row++, new Label(I18n.text("prefs.language")), new HBox(8, language, languageNote));
    grid.addRow(row++, new Label(I18n.text("prefs.breaks")), breaks);
    grid.add(problem, 0, row, 2, 1);

    getDialogPane().setContent(grid);
    getDialogPane().setMinWidth(760);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty().bind(model.invalid());
    setResultConverter(button -> button == ButtonType.OK ? model.result() : null);
  }

  /** File menu entry, Ctrl+, as in most desktop applications. */
  public static MenuItem menuItem(Workstation workstation) {
    MenuItem item = new MenuItem(I18n.text("prefs.menu"));
    item.setId("menu-preferences");
    item.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(e -> open(workstation));
    return item;
  }

  /** Shows the dialog and, on OK, keeps and applies what the analyst chose. */
  public static Optional<Preferences> open(Workstation workstation) {
    PreferencesViewModel model = new PreferencesViewModel(workstation.settings().preferences());
    Optional<Preferences> chosen =
        new PreferencesDialog(model, workstation.scene().getWindow()).showAndWait();
    chosen.ifPresent(p -> apply(workstation, p));
    return chosen;
  }

  /** Saves, then brings the open window in line: theme, veil, tile size, break interval. */
  public static void apply(Workstation workstation, Preferences chosen) {
    Preferences before = workstation.settings().preferences();
    workstation.settings().preferences(chosen);
    workstation.settings().saveQuietly();
    Theme.apply(chosen.theme() == ColorTheme.DARK);
    if (chosen.breakReminderMinutes() != before.breakReminderMinutes()) {
      workstation.breaks().setMinutes(chosen.breakReminderMinutes());
    }
    ReviewViewModel review = workstation.review();
    if (review != null) {
      review.setBlurStrength(chosen.blurStrength());
      review.blur().grayscaleProperty().set(chosen.grayscale());
      review.setThumbnailSize(chosen.thumbnailSize().name());
    }
  }

  private static <T> StringConverter<T> named(
      java.util.function.Function<T, String> name, T[] all) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String text) {
        for (T value : all) {
          if (name.apply(value).equals(text)) {
            return value;
          }
        }
        return null;
      }
    };
  }
}

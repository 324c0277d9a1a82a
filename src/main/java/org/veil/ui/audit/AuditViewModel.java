package org.veil.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.audit.AuditSeals;
import org.veil.audit.AuditVerification;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditEvent;
import org.veil.model.AuditFilter;
import org.veil.model.AuditSeal;
import org.veil.task.BackgroundTask;
import org.veil.ui.OpenCase;

/**
 * The audit screen: the case's log as rows (times in the case's time zone), narrowed by examiner,
 * action family, target and dates through {@link AuditFilter}; a check of the hash chain that names
 * the first bad row; and the examiner's seal.
 */
public final class AuditViewModel {
  /** One log row as the table shows it. */
  public record Row(
      long seq, String time, String examiner, String action, String target, String details) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX", Locale.ROOT);

  private final OpenCase opened;
  private final ZoneId zone;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<String> examiners = FXCollections.observableArrayList();
  private final ObservableList<String> actionFamilies = FXCollections.observableArrayList();
  private final StringProperty examiner = new SimpleStringProperty("");
  private final StringProperty action = new SimpleStringProperty("");
  private final StringProperty target = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<AuditVerification> verification =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private List<AuditEvent> events = List.of();

  public AuditViewModel(OpenCase opened) {
    this.opened = opened;
    ZoneId caseZone = opened.folder().info().timeZone();
    this.zone = caseZone == null ? ZoneId.of("UTC") : caseZone;
  }

  /** Reads the whole log (in the background) and shows it through the current filter. */
  public void load() {
    opened
        .tasks()
        .submit(
            BackgroundTask.of("audit-log", context -> opened.audit().store().all())
                .onSuccess(
                    all -> {
                      events = all;
                      TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                      TreeSet<String> families = new TreeSet<>();
                      for (AuditEvent event : all) {
                        names.add(event.examiner());
                        int dot = event.action().indexOf('.');
                        families.add(
                            dot < 0 ? event.action() : event.action().substring(0, dot + 1));
                      }
                      examiners.setAll(names);
                      actionFamilies.setAll(families);
                      applyFilter();
                    })
                .onFailure(
                    error -> notice.set("Cannot read the audit log: " + error.getMessage())));
  }

  /** The filter the fields describe; dates are whole days in the case's time zone. */
  public AuditFilter filter() {
    Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
    Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
    return new AuditFilter(examiner.get(), action.get(), targetFor(target.get()), start, end);
  }

  /** An item number alone means that item; anything else is matched as written. */
  static String targetFor(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.chars().allMatch(Character::isDigit) ? "item:" + t : t;
  }

  public void applyFilter() {
    AuditFilter current;
    try {
      current = filter();
    } catch (IllegalArgumentException e) {
      notice.set(e.getMessage());
      return;
    }
    List<Row> out = new ArrayList<>();
    for (AuditEvent event : events) {
      if (current.matches(event)) {
        out.add(row(event));
      }
    }
    rows.setAll(out);
    notice.set("");
    summary.set(out.size() + " of " + events.size() + " rows · times in " + zone.getId());
  }

  public void clearFilter() {
    examiner.set("");
    action.set("");
    target.set("");
    from.set(null);
    to.set(null);
    applyFilter();
  }

  private Row row(AuditEvent event) {
    return new Row(
        event.seq(),
        TIME.format(event.at().atZone(zone)),
        event.examiner(),
        event.action(),
        event.target(),
        event.details());
  }

  /** Recomputes the hash chain; the result names the first row that does not fit. */
  public void verify() {
    opened
        .tasks()
        .submit(
            BackgroundTask.of(
                    "audit-verify", context -> AuditVerifier.verify(opened.audit().store()))
                .onSuccess(verification::set)
                .onFailure(error -> notice.set("Cannot verify: " + error.getMessage())));
  }

  static String describe(AuditVerification result) {
    return result.intact()
        ? "Intact: all " + result.rows() + " rows verify"
        : "Broken at row " + result.firstBadSeq() + ": " + result.reason();
  }

  /** Seals the log at its head with the examiner's statement (refused on a broken chain). */
  public void seal(String statement) {
    opened
        .tasks()
        .submit(
            BackgroundTask.<AuditSeal>of(
                    "audit-seal",
                    context -> new AuditSeals(opened.audit()).seal(opened.examiner(), statement))
                .onSuccess(
                    seal -> {
                      load();
                      notice.set(
                          "Sealed by "
                              + seal.examiner()
                              + " at row "
                              + seal.sealedSeq()
                              + " (head "
                              + seal.sealedHash().substring(0, 12)
                              + "…), recorded as row "
                              + seal.seq());
                    })
                .onFailure(error -> notice.set("Not sealed: " + error.getMessage())));
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ObservableList<String> examiners() {
    return examiners;
  }

  /** Action families found in the log, each ending in a dot ({@code category.}). */
  public ObservableList<String> actionFamilies() {
    return actionFamilies;
  }

  public StringProperty examinerProperty() {
    return examiner;
  }

  public StringProperty actionProperty() {
    return action;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ReadOnlyObjectProperty<AuditVerification> verificationProperty() {
    return verification.getReadOnlyProperty();
  }

  /** "12 of 40 rows · times in Asia/Seoul". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ZoneId zone() {
    return zone;
  }

  public String examiner() {
    return opened.examiner();
  }
}

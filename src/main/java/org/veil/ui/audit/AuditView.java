package org.veil.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.veil.audit.AuditVerification;
import org.veil.ui.Icons;

/** The audit log as a table with filters, a chain check and the examiner's seal. */
public final class AuditView extends BorderPane {
  private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
  private static final String ANY = "(any)";
  private final AuditViewModel model;
  private final TableView<AuditViewModel.Row> table = new TableView<>();

  public AuditView(AuditViewModel model) {
    this.model = model;
    setId("audit");
    setTop(new VBox(filters(), checks()));
    table.setId("audit-table");
    table.setItems(model.rows());
    table.getColumns().add(column("#", 60, r -> Long.toString(r.seq())));
    table.getColumns().add(column("Time", 190, AuditViewModel.Row::time));
    table.getColumns().add(column("Examiner", 120, AuditViewModel.Row::examiner));
    table.getColumns().add(column("Action", 150, AuditViewModel.Row::action));
    table.getColumns().add(column("Target", 110, AuditViewModel.Row::target));
    TableColumn<AuditViewModel.Row, String> details =
        column("Details", 520, AuditViewModel.Row::details);
    details.setCellFactory(
        c ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // the whole JSON on hover: long details do not fit a row
                setTooltip(empty || text == null ? null : new Tooltip(text));
              }
            });
    table.getColumns().add(details);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(t -> new MarkedRow());
    model.verificationProperty().addListener((obs, old, now) -> table.refresh());
    Label empty = new Label("No audit rows match the filter.");
    empty.getStyleClass().add("muted");
    table.setPlaceholder(empty);
    setCenter(table);

    Label summary = new Label();
    summary.setId("audit-summary");
    summary.textProperty().bind(model.summaryProperty());
    HBox bottom = new HBox(12, summary);
    bottom.getStyleClass().add("status-bar");
    setBottom(bottom);
  }

  private ToolBar filters() {
    ComboBox<String> examiner = choice("audit-examiner", model.examiners(), "Examiner");
    examiner.valueProperty().addListener((obs, old, now) -> set(model.examinerProperty(), now));
    ComboBox<String> action = choice("audit-action", model.actionFamilies(), "Action family");
    action.valueProperty().addListener((obs, old, now) -> set(model.actionProperty(), now));
    TextField target = new TextField();
    target.setId("audit-target");
    target.setPromptText("Item no. or target");
    target.setPrefColumnCount(10);
    target.textProperty().bindBidirectional(model.targetProperty());
    target.setOnAction(e -> model.applyFilter());
    DatePicker from = new DatePicker();
    from.setId("audit-from");
    from.setPromptText("From (day)");
    from.setPrefWidth(160);
    from.valueProperty().bindBidirectional(model.fromProperty());
    from.valueProperty().addListener((obs, old, now) -> model.applyFilter());
    DatePicker to = new DatePicker();
    to.setId("audit-to");
    to.setPromptText("To (day)");
    to.setPrefWidth(160);
    to.valueProperty().bindBidirectional(model.toProperty());
    to.valueProperty().addListener((obs, old, now) -> model.applyFilter());
    Button apply = new Button("Apply", Icons.of(MaterialDesignF.FILTER_VARIANT));
    apply.setOnAction(e -> model.applyFilter());
    Button clear = new Button("Clear");
    clear.setOnAction(
        e -> {
          examiner.setValue(null);
          action.setValue(null);
          model.clearFilter();
        });
    return new ToolBar(examiner, action, target, from, to, apply, clear);
  }

  private ComboBox<String> choice(
      String id, javafx.collections.ObservableList<String> values, String prompt) {
    ComboBox<String> box = new ComboBox<>();
    box.setId(id);
    box.setPromptText(prompt);
    box.setPrefWidth(150);
    javafx.collections.ObservableList<String> withAny =
        javafx.collections.FXCollections.observableArrayList();
    Runnable fill =
        () -> {
          String current = box.getValue();
          withAny.setAll(ANY);
          withAny.addAll(values);
          box.setValue(current);
        };
    values.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
    fill.run();
    box.setItems(withAny);
    return box;
  }

  private void set(javafx.beans.property.StringProperty property, String value) {
    property.set(value == null || ANY.equals(value) ? "" : value);
    model.applyFilter();
  }

  private ToolBar checks() {
    Button verify = new Button("Verify chain", Icons.of(MaterialDesignS.SHIELD_CHECK_OUTLINE));
    verify.setId("audit-verify");
    verify.setTooltip(new Tooltip("Recompute every row's hash and the links between them"));
    verify.setOnAction(e -> model.verify());
    Label result = new Label("Not checked yet");
    result.setId("audit-verify-result");
    result.setMinWidth(0);
    model
        .verificationProperty()
        .addListener(
            (obs, old, now) -> {
              result.setText(now == null ? "" : AuditViewModel.describe(now));
              result.getStyleClass().removeAll("audit-result-ok", "audit-result-bad");
              if (now != null) {
                result.getStyleClass().add(now.intact() ? "audit-result-ok" : "audit-result-bad");
              }
            });
    Button seal = new Button("Seal log…", Icons.of(MaterialDesignS.SEAL_VARIANT));
    seal.setId("audit-seal");
    seal.setTooltip(new Tooltip("Sign off the log as it stands now; the seal is itself a row"));
    seal.setOnAction(e -> askSeal());
    Label notice = new Label();
    notice.setId("audit-notice");
    notice.textProperty().bind(model.noticeProperty());
    notice.getStyleClass().add("muted");
    notice.setMinWidth(0);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(8, verify, result, new Separator(), notice, spacer, seal);
    box.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(box, Priority.ALWAYS);
    ToolBar bar = new ToolBar(box);
    return bar;
  }

  private void askSeal() {
    Dialog<String> dialog = new Dialog<>();
    if (getScene() != null) {
      dialog.initOwner(getScene().getWindow());
    }
    dialog.setTitle("Seal the audit log");
    dialog.setHeaderText(
        "Seal the log as "
            + model.examiner()
            + "? The seal records the hash of the last row, so later changes to any row before it"
            + " are detectable.");
    TextArea statement = new TextArea();
    statement.setId("audit-seal-statement");
    statement.setPromptText("Statement (e.g. \"Review of exhibits 1-3 complete\")");
    statement.setPrefRowCount(3);
    statement.setWrapText(true);
    VBox content = new VBox(6, new Label("Examiner statement"), statement);
    content.setPadding(new Insets(4));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(b -> b == ButtonType.OK ? statement.getText() : null);
    dialog.setOnShown(e -> statement.requestFocus());
    dialog.showAndWait().ifPresent(model::seal);
  }

  private static TableColumn<AuditViewModel.Row, String> column(
      String title, double width, Function<AuditViewModel.Row, String> value) {
    TableColumn<AuditViewModel.Row, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    return column;
  }

  public TableView<AuditViewModel.Row> table() {
    return table;
  }

  /** The first row the chain check rejects is marked. */
  private final class MarkedRow extends TableRow<AuditViewModel.Row> {
    @Override
    protected void updateItem(AuditViewModel.Row row, boolean empty) {
      super.updateItem(row, empty);
      AuditVerification check = model.verificationProperty().get();
      pseudoClassStateChanged(
          BAD,
          !empty
              && row != null
              && check != null
              && !check.intact()
              && row.seq() == check.firstBadSeq());
    }
  }
}

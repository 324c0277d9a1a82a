package org.veil.ui.chats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.model.MediaPosting;
import org.veil.task.BackgroundTask;
import org.veil.ui.I18n;

/**
 * "Where was this posted?": every message in every chat that carried a file with the same SHA-256
 * as an item — sender, room, time — the evidence of its distribution.
 */
public final class ProvenanceViewModel {
  /** One posting as the list shows it. */
  public record Row(MediaPosting posting, String time) {}

  private final ChatsViewModel chats;
  private final ObservableList<Row> postings = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private String sha256;

  ProvenanceViewModel(ChatsViewModel chats) {
    this.chats = chats;
  }

  public void ofItem(long itemId) {
    run(
        I18n.format("provenance.item", String.valueOf(itemId)),
        () ->
            chats
                .openCase()
                .items()
                .get(itemId)
                .map(
                    item ->
                        item.hashes() == null
                            ? List.<MediaPosting>of()
                            : chats.store().postingsOfSha256(item.hashes().sha256()))
                .orElse(List.of()),
        itemId);
  }

  public void ofSha256(String hash) {
    run("SHA-256 " + hash, () -> chats.store().postingsOfSha256(hash), -1);
  }

  private void run(
      String what, java.util.concurrent.Callable<List<MediaPosting>> lookup, long itemId) {
    chats
        .openCase()
        .tasks()
        .submit(
            BackgroundTask.of("provenance", context -> lookup.call())
                .onSuccess(found -> show(what, found, itemId))
                .onFailure(
                    failure -> chats.say(I18n.format("provenance.failed", failure.getMessage()))));
  }

  private void show(String what, List<MediaPosting> found, long itemId) {
    List<Row> rows = new ArrayList<>(found.size());
    Set<Long> rooms = new HashSet<>();
    Set<String> senders = new HashSet<>();
    for (MediaPosting p : found) {
      rows.add(new Row(p, chats.times().format(p.sentAt())));
      rooms.add(p.chatId());
      senders.add(p.senderId() == null ? String.valueOf(p.sender()) : p.senderId());
    }
    postings.setAll(rows);
    sha256 = found.isEmpty() ? null : found.getFirst().sha256();
    if (found.isEmpty()) {
      summary.set(
          I18n.format(
              "provenance.notPosted",
              itemId >= 0 ? I18n.format("provenance.item", String.valueOf(itemId)) : what));
      return;
    }
    summary.set(
        I18n.format("provenance.posted", found.size(), rooms.size(), senders.size(), sha256));
  }

  public ObservableList<Row> postings() {
    return postings;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** The SHA-256 shown, or null. */
  public String sha256() {
    return sha256;
  }

  ChatsViewModel chats() {
    return chats;
  }
}

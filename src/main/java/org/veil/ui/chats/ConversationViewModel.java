package org.veil.ui.chats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.model.Message;
import org.veil.model.StoredMessage;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.store.MessageNeighbours;
import org.veil.tagging.Tagging;
import org.veil.task.BackgroundTask;
import org.veil.ui.I18n;

/**
 * The conversation around one message: its neighbours in the chat, oldest first, the message itself
 * marked, replies and forwards named, and the tags, notes and bookmark of each message. The
 * selected message can be tagged (T), noted (N) and bookmarked (B).
 */
public final class ConversationViewModel {
  /** Messages loaded on each side of the anchor, and added by each "earlier" / "later". */
  public static final int WINDOW = 25;

  /** Longest reply preview, in characters. */
  static final int PREVIEW = 80;

  /**
   * One message as the conversation shows it.
   *
   * @param anchor true for the message the conversation was opened at (the hit)
   * @param replyPreview "sender: text" of the message this one answers, or null
   */
  public record Line(
      StoredMessage stored,
      boolean anchor,
      String time,
      String replyPreview,
      List<Tag> tags,
      List<org.veil.model.Note> notes,
      boolean bookmarked) {
    public long id() {
      return stored.id();
    }

    public Message message() {
      return stored.message();
    }
  }

  private final ChatsViewModel chats;
  private final Tagging tagging;
  private final MessageNeighbours neighbours;
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Line> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper anchorIndex = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private long anchorId = -1;
  private int before = WINDOW;
  private int after = WINDOW;

  ConversationViewModel(ChatsViewModel chats) {
    this.chats = chats;
    this.tagging = new Tagging(chats.openCase().folder().db(), chats.openCase().audit());
    this.neighbours = new MessageNeighbours(chats.openCase().folder().db());
  }

  /** Loads the conversation around {@code messageId} and selects it. */
  public void open(long messageId) {
    anchorId = messageId;
    before = WINDOW;
    after = WINDOW;
    reload(messageId);
  }

  /** Loads {@link #WINDOW} more messages before the first one shown. */
  public void earlier() {
    if (anchorId >= 0) {
      before += WINDOW;
      reload(selectedId());
    }
  }

  /** Loads {@link #WINDOW} more messages after the last one shown. */
  public void later() {
    if (anchorId >= 0) {
      after += WINDOW;
      reload(selectedId());
    }
  }

  private long selectedId() {
    Line line = selected.get();
    return line == null ? anchorId : line.id();
  }

  private record Loaded(String title, List<Line> lines) {}

  private void reload(long select) {
    long anchor = anchorId;
    int earlier = before;
    int later = after;
    chats
        .openCase()
        .tasks()
        .submit(
            BackgroundTask.of("conversation", context -> load(anchor, earlier, later))
                .onSuccess(loaded -> show(loaded, select))
                .onFailure(
                    failure ->
                        chats.say(I18n.format("conversation.failed", failure.getMessage()))));
  }

  private Loaded load(long anchor, int earlier, int later) {
    Optional<StoredMessage> found = chats.store().message(anchor);
    if (found.isEmpty()) {
      return new Loaded(I18n.format("conversation.missing", String.valueOf(anchor)), List.of());
    }
    MessageNeighbours.Context context = neighbours.around(anchor, earlier, later);
    List<Long> ids = new ArrayList<>(context.before());
    ids.add(anchor);
    ids.addAll(context.after());
    Map<Long, StoredMessage> byId = new HashMap<>();
    List<StoredMessage> messages = new ArrayList<>(ids.size());
    for (long id : ids) {
      StoredMessage message = id == anchor ? found.get() : chats.store().message(id).orElse(null);
      if (message != null) {
        messages.add(message);
        byId.put(id, message);
      }
    }
    List<Line> out = new ArrayList<>(messages.size());
    for (StoredMessage m : messages) {
      out.add(line(m, m.id() == anchor, byId));
    }
    long chatId = found.get().chatId();
    String name = chats.chatName(chatId);
    String chatTitle =
        name
            + " · "
            + (context.before().size() < earlier
                ? I18n.text("conversation.fromStart")
                : I18n.text("conversation.moreAbove"))
            + " · "
            + (context.after().size() < later
                ? I18n.text("conversation.toEnd")
                : I18n.text("conversation.moreBelow"));
    return new Loaded(chatTitle, out);
  }

  private Line line(StoredMessage m, boolean anchor, Map<Long, StoredMessage> window) {
    String reply = null;
    if (m.replyToId() != null) {
      StoredMessage answered = window.get(m.replyToId());
      if (answered == null) {
        answered = chats.store().message(m.replyToId()).orElse(null);
      }
      reply =
          answered == null
              ? I18n.format("conversation.replyTo", String.valueOf(m.message().replyTo()))
              : preview(answered.message());
    } else if (m.message().replyTo() != null) {
      reply = I18n.format("conversation.replyMissing", String.valueOf(m.message().replyTo()));
    }
    Target target = Target.message(m.id());
    return new Line(
        m,
        anchor,
        chats.times().format(m.message().sentAt()),
        reply,
        tagging.tagsOf(target),
        tagging.notesOf(target),
        tagging.isBookmarked(target));
  }

  static String preview(Message message) {
    String text = message.text() == null ? "" : message.text().replaceAll("\\s+", " ").strip();
    if (text.length() > PREVIEW) {
      text = text.substring(0, PREVIEW) + "…";
    }
    String who = message.senderName() == null ? "?" : message.senderName();
    return who + ": " + (text.isEmpty() ? I18n.text("conversation.noText") : text);
  }

  private void show(Loaded loaded, long select) {
    title.set(loaded.title());
    lines.setAll(loaded.lines());
    int anchorAt = -1;
    Line chosen = null;
    for (int i = 0; i < loaded.lines().size(); i++) {
      Line line = loaded.lines().get(i);
      if (line.anchor()) {
        anchorAt = i;
      }
      if (line.id() == select) {
        chosen = line;
      }
    }
    anchorIndex.set(anchorAt);
    selected.set(chosen);
  }

  public void select(Line line) {
    selected.set(line);
  }

  // ---- tags, notes, bookmarks on the selected message

  /** T: tags the selected message (the tag is created with {@code colour} when new). */
  public void tagSelected(String name, String colour) {
    Line line = selected.get();
    if (line == null || name == null || name.isBlank()) {
      return;
    }
    String examiner = chats.openCase().examiner();
    mark(
        "tag-message",
        () -> {
          var tag =
              tagging
                  .tagNamed(name.strip())
                  .orElseGet(() -> tagging.createTag(examiner, name.strip(), colour));
          tagging.addTag(examiner, List.of(Target.message(line.id())), tag.id());
          return I18n.format("conversation.tagged", name.strip(), line.message().externalId());
        });
  }

  /** N: adds a note to the selected message. */
  public void noteSelected(String text) {
    Line line = selected.get();
    if (line == null || text == null || text.isBlank()) {
      return;
    }
    mark(
        "note-message",
        () -> {
          tagging.addNote(chats.openCase().examiner(), Target.message(line.id()), text);
          return I18n.format("conversation.noted", line.message().externalId());
        });
  }

  /** Replaces the text of a note on a message (audited before -> after); blank is ignored. */
  public void editNote(long noteId, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    mark(
        "note-edit-message",
        () -> {
          tagging.editNote(chats.openCase().examiner(), noteId, text);
          return I18n.text("review.noteEdited");
        });
  }

  /** Deletes a note on a message (audited with the text it had). */
  public void deleteNote(long noteId) {
    mark(
        "note-delete-message",
        () -> {
          tagging.deleteNote(chats.openCase().examiner(), noteId);
          return I18n.text("review.noteDeleted");
        });
  }

  /** B: bookmarks the selected message, or removes its bookmark. */
  public void toggleBookmarkSelected() {
    Line line = selected.get();
    if (line == null) {
      return;
    }
    String examiner = chats.openCase().examiner();
    mark(
        "bookmark-message",
        () -> {
          Target target = Target.message(line.id());
          if (tagging.isBookmarked(target)) {
            tagging.removeBookmark(examiner, List.of(target));
            return I18n.format("conversation.unbookmarked", line.message().externalId());
          }
          tagging.bookmark(examiner, List.of(target), "");
          return I18n.format("conversation.bookmarked", line.message().externalId());
        });
  }

  private void mark(String name, java.util.concurrent.Callable<String> change) {
    long keep = selectedId();
    chats
        .openCase()
        .tasks()
        .submit(
            BackgroundTask.of(name, context -> change.call())
                .onSuccess(
                    done -> {
                      chats.say(done);
                      reload(keep);
                    })
                .onFailure(failure -> chats.say(failure.getMessage())));
  }

  public List<Tag> tags() {
    return tagging.tags();
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  public ReadOnlyObjectProperty<Line> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Where the opened message is in {@link #lines()}; the view scrolls there. */
  public ReadOnlyIntegerProperty anchorIndexProperty() {
    return anchorIndex.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  ChatsViewModel chats() {
    return chats;
  }
}

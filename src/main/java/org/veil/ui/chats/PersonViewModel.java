package org.veil.ui.chats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.index.MessageIndex;
import org.veil.model.MediaPosting;
import org.veil.model.Participant;
import org.veil.model.SearchCounts;
import org.veil.model.SearchHit;
import org.veil.model.SearchQuery;
import org.veil.store.PersonActivity;
import org.veil.task.BackgroundTask;

/**
 * Everything one user did across every room of the case: who they are (ids, usernames, every
 * display name), first and last seen, the rooms they came into and how (created, invited, joined by
 * link), their messages per room, their messages, and the media they posted.
 */
public final class PersonViewModel {
  /** Messages listed; the per-room counts are exact. */
  public static final int MESSAGE_LIMIT = 1_000;

  /**
   * One room the person was in.
   *
   * @param joined how they came in ("created the room", "invited by X", "joined by link") with the
   *     time, or "first message" when no service line says
   * @param messages messages they sent there (service lines included)
   */
  public record Room(long chatId, String name, String joined, long messages) {}

  /** A service line about the person, as the timeline lists it. */
  public record Event(long messageId, String room, String what, String time) {}

  /** One of their messages. */
  public record Sent(long messageId, String room, String time, String text) {}

  /** One file they posted. */
  public record Posted(MediaPosting posting, String time) {}

  private final ChatsViewModel chats;
  private final PersonActivity activity;
  private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
  private String userKey = "";
  private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper seen = new ReadOnlyStringWrapper("");
  private final ObservableList<Room> rooms = FXCollections.observableArrayList();
  private final ObservableList<Event> events = FXCollections.observableArrayList();
  private final ObservableList<Sent> messages = FXCollections.observableArrayList();
  private final ObservableList<Posted> media = FXCollections.observableArrayList();

  PersonViewModel(ChatsViewModel chats) {
    this.chats = chats;
    this.activity = new PersonActivity(chats.openCase().folder().db());
  }

  private record Loaded(
      String who,
      String identity,
      String seen,
      List<Room> rooms,
      List<Event> events,
      List<Sent> messages,
      List<Posted> media) {}

  /** Loads the person a name stands for: platform id, username or display name, whole. */
  public void open(String user) {
    MessageIndex index = chats.index();
    if (user == null || user.isBlank() || index == null) {
      return;
    }
    String name = user.strip();
    userKey = name;
    chats
        .openCase()
        .tasks()
        .submit(
            BackgroundTask.of("person", context -> load(name, index))
                .onSuccess(this::show)
                .onFailure(
                    failure -> chats.say("Cannot open the person: " + failure.getMessage())));
  }

  private Loaded load(String user, MessageIndex index) throws Exception {
    List<Participant> people = activity.find(user);
    if (people.isEmpty()) {
      return new Loaded(
          user,
          "Nobody in this case is called \"" + user + "\" (id, username or display name).",
          "",
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    List<Long> ids = people.stream().map(Participant::id).toList();
    CaseTimes times = chats.times();
    PersonActivity.Seen span = activity.seen(ids);
    List<String> names = activity.names(ids);

    StringBuilder id = new StringBuilder();
    for (Participant p : people) {
      if (!id.isEmpty()) {
        id.append(" · ");
      }
      id.append(p.platform()).append(" id ").append(p.platformId());
      if (p.username() != null) {
        id.append(" · @").append(p.username());
      }
    }
    if (!names.isEmpty()) {
      id.append(" · names used: ").append(String.join(", ", names));
    }
    String seenText =
        "First seen "
            + times.format(span.firstAt())
            + " · last seen "
            + times.format(span.lastAt())
            + " · "
            + span.messages()
            + " messages in "
            + span.chats()
            + " rooms";

    SearchQuery theirs = new SearchQuery(null, user, null, null, null, MESSAGE_LIMIT);
    SearchCounts counts = index.counts(theirs);
    List<PersonActivity.RoomEvent> roomEvents = activity.roomEvents(ids);
    Map<Long, String> joined = new LinkedHashMap<>();
    List<Event> timeline = new ArrayList<>();
    for (PersonActivity.RoomEvent e : roomEvents) {
      String what = describe(e);
      timeline.add(new Event(e.messageId(), e.chatName(), what, times.format(e.sentAt())));
      if (comesIn(e)) {
        joined.putIfAbsent(e.chatId(), what + ", " + times.format(e.sentAt()));
      }
    }
    List<SearchHit> hits = index.search(theirs).hits();
    Map<Long, Instant> firstMessage = new LinkedHashMap<>();
    List<Sent> sent = new ArrayList<>(hits.size());
    for (SearchHit hit : hits) {
      firstMessage.putIfAbsent(hit.chatId(), hit.sentAt());
      StringBuilder text = new StringBuilder(hit.snippet().text());
      sent.add(
          new Sent(
              hit.messageId(),
              chats.chatName(hit.chatId()),
              times.format(hit.sentAt()),
              text.toString()));
    }
    List<Room> roomList = new ArrayList<>();
    java.util.Set<Long> chatIds = new java.util.LinkedHashSet<>(joined.keySet());
    chatIds.addAll(counts.byChat().keySet());
    for (long chatId : chatIds) {
      String how = joined.get(chatId);
      if (how == null) {
        Instant first = firstMessage.get(chatId);
        how = first == null ? "no join recorded" : "first message " + times.format(first);
      }
      roomList.add(
          new Room(chatId, chats.chatName(chatId), how, counts.byChat().getOrDefault(chatId, 0L)));
    }
    List<Posted> posted = new ArrayList<>();
    for (MediaPosting p : chats.store().postedBy(user)) {
      posted.add(new Posted(p, times.format(p.sentAt())));
    }
    String display =
        people.getFirst().displayName() != null
            ? people.getFirst().displayName()
            : people.getFirst().platformId();
    return new Loaded(display, id.toString(), seenText, roomList, timeline, sent, posted);
  }

  /** Service lines that bring the person into a room (as opposed to acts inside it). */
  private static boolean comesIn(PersonActivity.RoomEvent e) {
    String action = e.action() == null ? "" : e.action();
    if (!e.asActor()) {
      return true; // invited or added by someone else
    }
    return action.startsWith("create") || action.startsWith("join") || action.equals("joined");
  }

  static String describe(PersonActivity.RoomEvent e) {
    String action = e.action() == null ? "service line" : e.action();
    String room = e.chatName();
    if (!e.asActor()) {
      return (action.contains("invite") || action.equals("added") ? "added" : action)
          + " to "
          + room
          + " by "
          + (e.actor() == null ? "someone" : e.actor());
    }
    return switch (action) {
      case "create_group", "create_channel", "created_group", "migrate_from_group" ->
          "created " + room;
      case "join_group_by_link", "joined" -> "joined " + room + " by link";
      case "invite_members", "added" -> "invited members to " + room;
      case "left", "remove_members" -> action.replace('_', ' ') + " in " + room;
      default -> action.replace('_', ' ') + " in " + room;
    };
  }

  private void show(Loaded loaded) {
    who.set(loaded.who());
    identity.set(loaded.identity());
    seen.set(loaded.seen());
    rooms.setAll(loaded.rooms());
    events.setAll(loaded.events());
    messages.setAll(loaded.messages());
    media.setAll(loaded.media());
  }

  /** The name the person view was opened with (what search's user filter takes). */
  public String userKey() {
    return userKey;
  }

  public ReadOnlyStringProperty whoProperty() {
    return who.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty identityProperty() {
    return identity.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty seenProperty() {
    return seen.getReadOnlyProperty();
  }

  public ObservableList<Room> rooms() {
    return rooms;
  }

  public ObservableList<Event> events() {
    return events;
  }

  public ObservableList<Sent> messages() {
    return messages;
  }

  public ObservableList<Posted> media() {
    return media;
  }

  ChatsViewModel chats() {
    return chats;
  }
}

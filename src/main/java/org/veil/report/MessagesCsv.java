package org.veil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.veil.model.ChatSummary;
import org.veil.model.Note;
import org.veil.model.StoredAttachment;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.model.TargetKind;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.store.TagStore;

/** Every stored chat message as CSV, chat by chat in conversation order. */
final class MessagesCsv {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "chat_id",
          "chat",
          "platform",
          "external_id",
          "sent_at",
          "local_time",
          "sender_id",
          "sender_name",
          "text",
          "reply_to",
          "forwarded_from",
          "edited_at",
          "service",
          "action",
          "attachments",
          "attachment_sha256",
          "tags",
          "notes",
          "bookmark");

  private MessagesCsv() {}

  static long write(CaseFolder folder, OutputStream stream) throws IOException {
    TagStore tags = new TagStore(folder.db());
    Map<Long, List<String>> messageTags = new HashMap<>();
    for (Tag tag : tags.tags()) {
      for (Target target : tags.taggedWith(tag.id())) {
        if (target.kind() == TargetKind.MESSAGE) {
          messageTags.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(tag.name());
        }
      }
    }
    Map<Long, List<String>> notes = new HashMap<>();
    for (Note note : tags.allNotes()) {
      if (note.target().kind() == TargetKind.MESSAGE) {
        notes.computeIfAbsent(note.target().id(), k -> new ArrayList<>()).add(note.text());
      }
    }
    Map<Long, String> bookmarks = new HashMap<>();
    tags.bookmarks().stream()
        .filter(b -> b.target().kind() == TargetKind.MESSAGE)
        .forEach(b -> bookmarks.put(b.target().id(), b.label()));
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write(Csv.BYTE_ORDER_MARK);
    Csv csv = new Csv(out);
    csv.row(COLUMNS);
    long[] rows = {0};
    IOException[] failure = {null};
    ChatStore chats = new ChatStore(folder.db());
    for (ChatSummary chat : chats.chats()) {
      chats.forEachMessage(
          chat.id(),
          stored -> {
            if (failure[0] != null) {
              return;
            }
            var m = stored.message();
            try {
              csv.row(
                  Arrays.asList(
                      stored.id(),
                      chat.id(),
                      chat.name(),
                      chat.platform(),
                      m.externalId(),
                      m.sentAt(),
                      m.localTime(),
                      m.senderId(),
                      m.senderName(),
                      m.text(),
                      m.replyTo(),
                      m.forwardedFrom(),
                      m.editedAt(),
                      m.service(),
                      m.action(),
                      stored.attachments().stream()
                          .map(a -> a.attachment().path() == null ? "" : a.attachment().path())
                          .collect(Collectors.joining("; ")),
                      stored.attachments().stream()
                          .map(StoredAttachment::sha256)
                          .map(h -> h == null ? "" : h)
                          .collect(Collectors.joining("; ")),
                      String.join("; ", messageTags.getOrDefault(stored.id(), List.of())),
                      String.join(" | ", notes.getOrDefault(stored.id(), List.of())),
                      bookmarks.get(stored.id())));
              rows[0]++;
            } catch (IOException e) {
              failure[0] = e;
            }
          });
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    out.flush();
    return rows[0];
  }
}

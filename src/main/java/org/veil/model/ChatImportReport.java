package org.veil.model;

import java.time.Duration;
import java.util.List;

/**
 * What importing one chat export did.
 *
 * @param format the format's command-line name ({@code telegram-json}, ...)
 * @param messagesAdded messages stored by this import
 * @param duplicates messages already stored by an earlier import (same chat, same message id)
 * @param skipped how many problems the parser tolerated or messages the import left out
 * @param skips the first of them with where and why ({@link #MAX_LISTED} at most)
 * @param mediaIngested files of the export ingested as evidence items (done now or before)
 * @param mediaFailed files whose ingest failed (listed by {@code veil items})
 * @param attachmentsLinked message attachments linked to their evidence item by this import
 * @param cancelled the import stopped early on request; what was stored stays and a rerun adds the
 *     rest
 */
public record ChatImportReport(
    String export,
    String format,
    long sourceId,
    int chats,
    long messagesAdded,
    long duplicates,
    long skipped,
    List<Skip> skips,
    long mediaIngested,
    long mediaFailed,
    long attachmentsLinked,
    boolean cancelled,
    Duration elapsed) {

  public static final int MAX_LISTED = 1000;

  public ChatImportReport {
    skips = List.copyOf(skips);
  }

  /** One tolerated problem: where in the export and what was done about it. */
  public record Skip(String where, String reason) {}
}

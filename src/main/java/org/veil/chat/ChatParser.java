package org.veil.chat;

import java.nio.file.Path;

/**
 * Reads one export format and streams what it finds to a {@link ChatSink}. Parsers keep no state
 * between calls; one instance may parse several exports, one at a time per thread.
 */
public interface ChatParser {

  ChatFormat format();

  /**
   * Parses an export, a file or a folder (see {@link ChatFormats#detect(Path)}). Tolerated problems
   * go to {@link ChatSink#skipped}; the export is only read, never written.
   *
   * @throws ChatParseException when the export cannot be read, is not of this format, or is broken
   *     beyond recovery; what was read before the break has already reached the sink
   */
  void parse(Path export, ChatSink sink) throws ChatParseException;
}

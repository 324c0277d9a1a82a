package org.veil.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.veil.model.SearchableMessage;
import org.veil.model.UserName;

/** The Lucene document of a message: field names and how each is indexed. */
final class MessageFields {
  /** Message row id as a keyword: the term {@code updateDocument} replaces by. */
  static final String ID = "id";

  /** Message row id as a number, to break ties in time order. */
  static final String ID_ORDER = "id_order";

  static final String CHAT = "chat";
  static final String PLATFORM = "platform";
  static final String SENDER_ID = "sender_id";
  static final String SENDER = "sender";

  /** Sender id, else exported name, else empty: what per-sender counts group by. */
  static final String SENDER_KEY = "sender_key";

  /** Lower-cased username, platform id and display names, each whole. */
  static final String USER = "user";

  /** Lower-cased names mentioned as {@code @name} in the text, without the {@code @}. */
  static final String MENTION = "mention";

  static final String SENT = "sent";

  /** The text, standard analyzer (Unicode words, no stemming, no stop words); stored. */
  static final String TEXT = "text";

  /** The text, Korean morphological analysis (nori): particles and endings dropped. */
  static final String TEXT_KOREAN = "text_ko";

  /** The text, CJK bigrams: finds Korean, Chinese, Japanese where nori does not segment. */
  static final String TEXT_CJK = "text_cjk";

  static final String[] TEXT_FIELDS = {TEXT, TEXT_KOREAN, TEXT_CJK};

  // Offsets in the postings let snippets mark exactly what matched without re-analysing.
  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType TEXT_ONLY = textType(false);

  // A mention starts at '@' not preceded by a word character (so e-mail addresses are not).
  private static final Pattern MENTION_PATTERN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?)");

  private MessageFields() {}

  static Document document(SearchableMessage message) {
    Document doc = new Document();
    // Postings only: the replace-by-id term. Hits read the id from ID_ORDER's doc values.
    doc.add(new StringField(ID, Long.toString(message.id()), Field.Store.NO));
    doc.add(new NumericDocValuesField(ID_ORDER, message.id()));
    doc.add(new LongField(CHAT, message.chatId(), Field.Store.YES));
    if (message.platform() != null) {
      doc.add(new StringField(PLATFORM, message.platform(), Field.Store.NO));
    }
    if (message.senderId() != null) {
      doc.add(new StoredField(SENDER_ID, message.senderId()));
    }
    if (message.sender() != null) {
      doc.add(new StoredField(SENDER, message.sender()));
    }
    doc.add(new SortedDocValuesField(SENDER_KEY, new BytesRef(senderKey(message))));
    Set<String> names = new LinkedHashSet<>();
    addName(names, message.senderId());
    addName(names, message.sender());
    message.senderNames().forEach(name -> addName(names, name));
    for (String name : names) {
      doc.add(new StringField(USER, name, Field.Store.NO));
    }
    Set<String> mentioned = mentions(message.text());
    for (String name : message.mentions()) {
      String key = normalizeName(name);
      if (!key.isEmpty()) {
        mentioned.add(key);
      }
    }
    for (String mention : mentioned) {
      doc.add(new StringField(MENTION, mention, Field.Store.NO));
    }
    if (message.sentAt() != null) {
      doc.add(new LongField(SENT, message.sentAt().toEpochMilli(), Field.Store.YES));
    }
    doc.add(new Field(TEXT, message.text(), STORED_TEXT));
    // Queries send only words with Hangul, Han or kana to the Korean and bigram fields, so text
    // without those scripts would never be found there: skipping it halves the indexing work on
    // mixed rooms and changes no result.
    if (hasCjk(message.text())) {
      doc.add(new Field(TEXT_KOREAN, message.text(), TEXT_ONLY));
      doc.add(new Field(TEXT_CJK, message.text(), TEXT_ONLY));
    }
    return doc;
  }

  /** Whether the text has Hangul, Han or kana: the scripts nori and bigrams are for. */
  static boolean hasCjk(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c >= 0x1100) { // everything below is Latin, Greek, Cyrillic and the like
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HANGUL
            || script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA) {
          return true;
        }
      }
      i += Character.charCount(c);
    }
    return false;
  }

  static String senderKey(SearchableMessage message) {
    if (message.senderId() != null && !message.senderId().isBlank()) {
      return message.senderId();
    }
    return message.sender() == null ? "" : message.sender();
  }

  /** How user names are compared (see {@link UserName}). */
  static String normalizeName(String name) {
    return UserName.key(name);
  }

  static Set<String> mentions(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text.indexOf('@') < 0) {
      return found;
    }
    Matcher matcher = MENTION_PATTERN.matcher(text);
    while (matcher.find()) {
      found.add(normalizeName(matcher.group(1)));
    }
    return found;
  }

  private static void addName(Set<String> names, String name) {
    if (name != null) {
      String normalized = normalizeName(name);
      if (!normalized.isEmpty()) {
        names.add(normalized);
      }
    }
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

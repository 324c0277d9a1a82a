package org.veil.chat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a WhatsApp system line says: who did what to whom. English, Spanish and Korean phrasings are
 * recognised; any other system line is kept with the action {@code system} and no actor.
 *
 * @param action {@code created_group}, {@code added}, {@code removed}, {@code left}, {@code
 *     joined_by_link}, {@code changed_subject}, {@code changed_icon}, {@code encryption_notice},
 *     {@code security_code_changed} or {@code system}
 * @param actor who did it, as exported, or null
 * @param members whom it names (added or removed people)
 */
record WhatsAppSystemLine(String action, String actor, List<String> members) {
  private record Phrase(Pattern pattern, String action, boolean hasActor, boolean hasMembers) {}

  private static final List<Phrase> PHRASES =
      List.of(
          phrase(
              "(?:Messages and calls are end-to-end encrypted|Los mensajes y las llamadas están cifrados|메시지와 통화는 (?:종단간|엔드투엔드) 암호화).*",
              "encryption_notice",
              false,
              false),
          phrase("(.+?) created group [\"“](.*)[\"”]", "created_group", true, false),
          phrase("(.+?) created this group", "created_group", true, false),
          phrase("(.+?) creó el grupo [\"“](.*)[\"”]", "created_group", true, false),
          phrase(
              "(.+?)님이 (?:그룹 )?[\"“'](.*)[\"”'](?:을|를)? ?만들었습니다\\.?", "created_group", true, false),
          phrase("(You) were added", "added_you", true, false),
          phrase("(.+?) joined using this group's invite link", "joined_by_link", true, false),
          phrase(
              "(.+?) se unió usando el enlace de invitación de este grupo",
              "joined_by_link",
              true,
              false),
          phrase("(.+?)님이 (?:이 그룹의 )?초대 링크(?:로|를 통해) 참여했습니다\\.?", "joined_by_link", true, false),
          phrase("(.+?) added (.+)", "added", true, true),
          phrase("(.+?) añadió a (.+)", "added", true, true),
          phrase("(.+?)님이 (.+?)님을 (?:초대했습니다|추가했습니다)\\.?", "added", true, true),
          phrase("(.+?) removed (.+)", "removed", true, true),
          phrase("(.+?) eliminó a (.+)", "removed", true, true),
          phrase("(.+?)님이 (.+?)님을 (?:내보냈습니다|삭제했습니다)\\.?", "removed", true, true),
          phrase("(.+?) left", "left", true, false),
          phrase("(.+?) salió del grupo", "left", true, false),
          phrase("(.+?)님이 나갔습니다\\.?", "left", true, false),
          phrase(
              "(.+?) changed the (?:subject|group name) (?:from .* )?to [\"“](.*)[\"”]",
              "changed_subject",
              true,
              false),
          phrase("(.+?) changed this group's icon", "changed_icon", true, false),
          phrase("(.+?)'s security code changed.*", "security_code_changed", true, false),
          phrase("Your security code with (.+?) changed.*", "security_code_changed", true, false));

  private static final Pattern TRAILING_PERIOD = Pattern.compile("(?:님)?\\.$");

  private static final Pattern MEMBER_SEPARATOR =
      Pattern.compile(",\\s*|\\s+and\\s+|\\s+y\\s+|님과\\s*|님,\\s*");

  private static Phrase phrase(String regex, String action, boolean actor, boolean members) {
    return new Phrase(Pattern.compile(regex, Pattern.DOTALL), action, actor, members);
  }

  static WhatsAppSystemLine read(String text) {
    String line = strip(text);
    for (Phrase phrase : PHRASES) {
      Matcher m = phrase.pattern().matcher(line);
      if (m.matches()) {
        String actor = phrase.hasActor() ? m.group(1) : null;
        List<String> members = List.of();
        if (phrase.hasMembers()) {
          members =
              Arrays.stream(
                      MEMBER_SEPARATOR.split(TRAILING_PERIOD.matcher(m.group(2)).replaceAll("")))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList();
        }
        if (phrase.action().equals("added_you")) {
          return new WhatsAppSystemLine("added", null, List.of("You"));
        }
        return new WhatsAppSystemLine(phrase.action(), actor, members);
      }
    }
    return new WhatsAppSystemLine("system", null, List.of());
  }

  /** Without the direction marks WhatsApp puts before system text. */
  static String strip(String text) {
    int start = 0;
    while (start < text.length() && isMark(text.charAt(start))) {
      start++;
    }
    return text.substring(start).strip();
  }

  static boolean isMark(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

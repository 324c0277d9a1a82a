package org.veil.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.model.SearchCounts;
import org.veil.model.SearchHit;
import org.veil.model.SearchQuery;
import org.veil.model.SearchResults;
import org.veil.model.SearchableMessage;

class LuceneMessageIndexTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  @TempDir Path dir;
  private MessageIndex index;

  @BeforeEach
  void feed() throws IOException {
    index = MessageIndex.open(dir.resolve("index"));
    List<SearchableMessage> messages = new ArrayList<>();
    messages.add(kim(1, 10, "사진을 보냈어"));
    messages.add(park(2, 10, "사진이 없어요"));
    messages.add(kim(3, 10, "그 사진은 어디 있어?"));
    messages.add(park(4, 10, "사과를 먹었다"));
    messages.add(park(5, 10, "진사 시험 준비"));
    messages.add(kim(6, 10, "send the photo now"));
    messages.add(park(7, 10, "photos are here"));
    messages.add(park(8, 10, "오늘 photo 사진 올렸다 @Kim_Minsu 확인"));
    messages.add(kim(9, 10, "meet at the station at noon"));
    messages.add(park(10, 10, "the station is closed at night"));
    messages.add(park(11, 10, "email me at kim@example.com"));
    messages.add(
        new SearchableMessage(
            12,
            20,
            "telegram",
            "user333",
            "Kim Two",
            List.of("kim_minsu2"),
            at(12),
            "영상 파일 photo 공유"));
    messages.add(park(13, 20, "대한항공 비행기"));
    messages.add(park(14, 20, "대한민국 만세"));
    index.put(messages.subList(0, 7));
    index.add(messages.subList(7, messages.size()));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static Instant at(int hour) {
    return T0.plusSeconds(3600L * hour);
  }

  private static SearchableMessage kim(long id, long chat, String text) {
    return new SearchableMessage(
        id, chat, "telegram", "user111", "김민수", List.of("Kim_Minsu"), at((int) id), text);
  }

  private static SearchableMessage park(long id, long chat, String text) {
    return new SearchableMessage(
        id,
        chat,
        "telegram",
        "user222",
        "Park Ji",
        List.of("ParkJi", "Ji the Elder"),
        at((int) id),
        text);
  }

  private Set<Long> ids(SearchQuery query) throws IOException {
    Set<Long> ids = new TreeSet<>();
    for (SearchHit hit : index.search(query).hits()) {
      ids.add(hit.messageId());
    }
    return ids;
  }

  private Set<Long> ids(String text) throws IOException {
    return ids(SearchQuery.text(text));
  }

  @Test
  void koreanWordFindsItWithAnyParticle() throws IOException {
    assertEquals(Set.of(1L, 2L, 3L, 8L), ids("사진"));
    assertEquals(Set.of(1L, 2L, 3L, 8L), ids("사진을"), "the particle of the query is dropped too");
  }

  @Test
  void koreanQueriesDoNotMatchUnrelatedMessages() throws IOException {
    assertEquals(Set.of(4L), ids("사과"));
    assertEquals(Set.of(5L), ids("진사"));
    assertEquals(Set.of(14L), ids("대한민국"), "bigrams of one word stay together");
    assertEquals(Set.of(13L), ids("대한항공"));
    assertEquals(Set.of(), ids("사진관"));
  }

  @Test
  void englishWordsMatchExactlyWithoutStemming() throws IOException {
    assertEquals(Set.of(6L, 8L, 12L), ids("photo"));
    assertEquals(Set.of(7L), ids("photos"));
    assertEquals(Set.of(6L, 8L, 12L), ids("PHOTO"), "case does not matter");
  }

  @Test
  void mixedKoreanAndEnglishWordsMustAllMatch() throws IOException {
    assertEquals(Set.of(8L), ids("photo 사진"));
    assertEquals(Set.of(12L), ids("영상 photo"));
  }

  @Test
  void userMatchesUsernameIdAndDisplayNameWholeAndCaseInsensitively() throws IOException {
    Set<Long> kims = Set.of(1L, 3L, 6L, 9L);
    assertEquals(kims, ids(SearchQuery.user("kim_minsu")));
    assertEquals(kims, ids(SearchQuery.user("KIM_MINSU")));
    assertEquals(kims, ids(SearchQuery.user("@Kim_Minsu")));
    assertEquals(kims, ids(SearchQuery.user("user111")));
    assertEquals(kims, ids(SearchQuery.user("김민수")));
    assertEquals(Set.of(12L), ids(SearchQuery.user("kim two")));
    assertEquals(Set.of(), ids(SearchQuery.user("kim")), "a part of a name is not the name");
    assertEquals(Set.of(), ids(SearchQuery.user("kim_mins")));
  }

  @Test
  void userPrefixMatchesEveryNameStartingWithIt() throws IOException {
    assertEquals(Set.of(1L, 3L, 6L, 9L, 12L), ids(SearchQuery.user("KIM_MIN*")));
    assertEquals(Set.of(1L, 3L, 6L, 9L, 12L), ids(SearchQuery.user("kim*")));
    assertEquals(Set.of(2L, 4L, 5L, 7L, 8L, 10L, 11L, 13L, 14L), ids(SearchQuery.user("ji t*")));
    assertThrows(SearchSyntaxException.class, () -> index.search(SearchQuery.user("*")));
  }

  @Test
  void userCanBeNamedInTheQueryText() throws IOException {
    assertEquals(Set.of(2L, 8L), ids("사진 user:ParkJi"));
    assertEquals(Set.of(1L, 3L), ids("사진 user:kim*"));
  }

  @Test
  void userWithTextNarrowsAndWithoutTextListsOldestFirst() throws IOException {
    assertEquals(Set.of(6L), ids(SearchQuery.text("photo").withUser("kim_minsu")));
    SearchResults all = index.search(SearchQuery.user("parkji"));
    List<Long> order = all.hits().stream().map(SearchHit::messageId).toList();
    assertEquals(List.of(2L, 4L, 5L, 7L, 8L, 10L, 11L, 13L, 14L), order);
    assertEquals(0f, all.hits().getFirst().score());
    assertEquals("Park Ji", all.hits().getFirst().sender());
    assertEquals("user222", all.hits().getFirst().senderId());
    assertEquals(10L, all.hits().getFirst().chatId());
    assertEquals(at(2), all.hits().getFirst().sentAt());
  }

  @Test
  void mentionIsFoundWithAndWithoutAt() throws IOException {
    assertEquals(Set.of(8L), ids("@kim_minsu"));
    assertEquals(Set.of(8L), ids("@KIM_MINSU"));
    assertEquals(Set.of(8L), ids("kim_minsu"));
    assertEquals(Set.of(8L), ids("@kim_min*"));
    assertEquals(Set.of(), ids("@example"), "an e-mail address is not a mention");
    assertEquals(Set.of(), ids("@photo"), "@ asks for a mention, not the word");
  }

  @Test
  void phraseNeedsTheWordsInOrder() throws IOException {
    assertEquals(Set.of(9L), ids("\"at the station\""));
    assertEquals(Set.of(9L, 10L), ids("station"));
    assertEquals(Set.of(), ids("\"station the\""));
    assertEquals(Set.of(8L), ids("\"photo 사진\""));
  }

  @Test
  void booleanOperators() throws IOException {
    assertEquals(Set.of(4L, 6L, 8L, 12L), ids("photo OR 사과"));
    assertEquals(Set.of(6L, 12L), ids("photo NOT 사진"));
    assertEquals(Set.of(6L, 12L), ids("photo -사진"));
    assertEquals(Set.of(8L), ids("photo AND 사진"));
    assertEquals(Set.of(8L, 9L), ids("(사진 OR noon) AND (photo OR meet)"));
    assertEquals(14 - 3, index.search(SearchQuery.text("NOT photo")).totalHits());
  }

  @Test
  void wildcards() throws IOException {
    assertEquals(Set.of(6L, 7L, 8L, 12L), ids("phot*"));
    assertEquals(Set.of(9L, 10L), ids("st?tion"));
    assertEquals(Set.of(7L), ids("*otos"));
    assertEquals(Set.of(13L, 14L), ids("대한*"));
  }

  @Test
  void dateRangeIsFromInclusiveToExclusive() throws IOException {
    SearchQuery photos = SearchQuery.text("photo");
    assertEquals(Set.of(6L, 8L), ids(photos.between(at(6), at(12))));
    assertEquals(Set.of(8L, 12L), ids(photos.between(at(7), null)));
    assertEquals(Set.of(6L), ids(photos.between(null, at(8))));
    assertEquals(Set.of(1L, 2L), ids(new SearchQuery(null, null, null, at(1), at(3), 100)));
  }

  @Test
  void chatNarrows() throws IOException {
    assertEquals(Set.of(12L), ids(SearchQuery.text("photo").withChat(20L)));
    assertEquals(Set.of(12L, 13L, 14L), ids(new SearchQuery(null, null, 20L, null, null, 100)));
  }

  @Test
  void limitCapsHitsButNotTheTotal() throws IOException {
    SearchResults results = index.search(SearchQuery.text("사진").withLimit(2));
    assertEquals(2, results.hits().size());
    assertEquals(4, results.totalHits());
    assertTrue(results.totalIsExact());
  }

  @Test
  void countsByChatAndSender() throws IOException {
    SearchCounts counts = index.counts(SearchQuery.text("photo"));
    assertEquals(3, counts.total());
    assertEquals(Map.of(10L, 2L, 20L, 1L), counts.byChat());
    assertEquals(10L, counts.byChat().keySet().iterator().next(), "largest first");
    assertEquals(Map.of("user111", 1L, "user222", 1L, "user333", 1L), counts.bySender());

    SearchCounts everything = index.counts(new SearchQuery(null, null, null, null, null, 1));
    assertEquals(14, everything.total());
    assertEquals(Map.of(10L, 11L, 20L, 3L), everything.byChat());
    assertEquals(Map.of("user222", 9L, "user111", 4L, "user333", 1L), everything.bySender());
  }

  @Test
  void snippetsMarkWhatMatchedInEveryAnalyzer() throws IOException {
    assertEquals("<b>사진</b>을 보냈어", snippetOf(1, "사진"));
    assertEquals("오늘 <b>photo</b> <b>사진</b> 올렸다 @Kim_Minsu 확인", snippetOf(8, "photo 사진"));
    assertEquals("meet <b>at the station</b> at noon", snippetOf(9, "\"at the station\""));
    assertEquals("오늘 photo 사진 올렸다 <b>@Kim_Minsu</b> 확인", snippetOf(8, "@kim_minsu"));
    assertEquals("<b>대한민국</b> 만세", snippetOf(14, "대한민국"));
    assertEquals("<b>photos</b> are here", snippetOf(7, "phot*"));
  }

  @Test
  void snippetOfALongMessageIsCutAroundTheMatchAndEscaped() throws IOException {
    String text = "<i>" + "a ".repeat(200) + "needle & thread" + " b".repeat(200);
    index.put(List.of(kim(50, 10, text)));
    SearchHit hit = index.search(SearchQuery.text("needle")).hits().getFirst();
    String html = hit.snippet().html();
    assertTrue(html.startsWith("…"), html);
    assertTrue(html.endsWith("…"), html);
    assertTrue(html.contains("<b>needle</b> &amp; thread"), html);
    assertTrue(hit.snippet().text().length() <= SnippetMaker.WINDOW + 2);
    assertFalse(
        index.search(SearchQuery.text("i")).hits().getFirst().snippet().html().contains("<i>"));
  }

  @Test
  void reindexingAMessageReplacesIt() throws IOException {
    assertEquals(14, index.size());
    index.put(List.of(kim(6, 10, "changed words")));
    assertEquals(14, index.size());
    assertEquals(Set.of(8L, 12L), ids("photo"));
    assertEquals(Set.of(6L), ids("changed"));
    index.delete(6);
    assertEquals(13, index.size());
    assertEquals(Set.of(), ids("changed"));
  }

  @Test
  void mentionsMarkedByTheExportAreSearchableToo() throws IOException {
    index.add(
        List.of(
            new SearchableMessage(
                70,
                10,
                "telegram",
                "user111",
                "김민수",
                List.of(),
                null,
                "hi Park",
                List.of("ParkJi"))));
    assertEquals(Set.of(70L), ids("@parkji"));
    SearchHit hit = index.search(SearchQuery.text("@parkji")).hits().getFirst();
    assertEquals(null, hit.sentAt(), "a message without a time stays without one");
  }

  @Test
  void emptyAndUnreadableQueries() throws IOException {
    assertThrows(SearchSyntaxException.class, () -> index.search(SearchQuery.text("\"unbalanced")));
    assertThrows(SearchSyntaxException.class, () -> index.search(SearchQuery.text("(photo")));
    assertThrows(SearchSyntaxException.class, () -> index.search(SearchQuery.text("sender:kim*")));
    assertEquals(Set.of(), ids("을"), "a query of only a particle matches nothing");
    assertEquals(14, index.search(SearchQuery.text("*:*")).totalHits());
    assertEquals(Set.of(9L, 10L), ids("the station"));
  }

  @Test
  void textThatLooksLikeAFieldIsSearchedAsWritten() throws IOException {
    index.put(List.of(park(60, 10, "see http://example.org at 12:30")));
    assertEquals(Set.of(60L), ids("12:30"));
  }

  @Test
  void survivesReopenAndRefusesASecondWriter() throws IOException {
    Path path = dir.resolve("index");
    assertThrows(IndexBusyException.class, () -> MessageIndex.open(path));
    index.close();
    try (MessageIndex reopened = MessageIndex.open(path)) {
      assertFalse(reopened.needsRebuild());
      assertEquals(14, reopened.size());
      assertTrue(reopened.sizeOnDisk() > 0);
    }
    index = MessageIndex.open(path);
  }

  @Test
  void anotherIndexVersionIsWipedAndAskedToBeRebuilt() throws IOException {
    Path path = dir.resolve("versioned");
    try (LuceneMessageIndex first = LuceneMessageIndex.open(path, 1)) {
      assertTrue(first.needsRebuild(), "a new index starts empty");
      first.put(List.of(kim(1, 10, "사진")));
    }
    try (LuceneMessageIndex same = LuceneMessageIndex.open(path, 1)) {
      assertFalse(same.needsRebuild());
      assertEquals(1, same.size());
    }
    try (LuceneMessageIndex bumped = LuceneMessageIndex.open(path, 2)) {
      assertTrue(bumped.needsRebuild());
      assertEquals(0, bumped.size());
      bumped.put(List.of(kim(1, 10, "사진")));
    }
    try (LuceneMessageIndex after = LuceneMessageIndex.open(path, 2)) {
      assertFalse(after.needsRebuild());
      assertEquals(1, after.size());
    }
  }

  @Test
  void aDamagedIndexIsRecreatedAndAskedToBeRebuilt() throws IOException {
    Path path = dir.resolve("damaged");
    java.nio.file.Files.createDirectories(path);
    java.nio.file.Files.write(path.resolve("segments_1"), new byte[] {1, 2, 3, 4, 5});
    try (MessageIndex damaged = MessageIndex.open(path)) {
      assertTrue(damaged.needsRebuild());
      damaged.put(List.of(kim(1, 10, "사진 😀 \u0000 ﷽")));
      assertEquals(Set.of(1L), idsIn(damaged, "사진"));
    }
  }

  private static Set<Long> idsIn(MessageIndex index, String text) throws IOException {
    Set<Long> ids = new TreeSet<>();
    index.search(SearchQuery.text(text)).hits().forEach(hit -> ids.add(hit.messageId()));
    return ids;
  }

  private String snippetOf(long id, String query) throws IOException {
    return index.search(SearchQuery.text(query)).hits().stream()
        .filter(hit -> hit.messageId() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(query + " did not find " + id))
        .snippet()
        .html();
  }
}

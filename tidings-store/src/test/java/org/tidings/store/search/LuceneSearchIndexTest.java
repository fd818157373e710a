package org.tidings.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;
import org.tidings.store.InvalidQueryException;

/** The Lucene index on disk: phrases, filters, snippets with spans, idempotent re-indexing. */
class LuceneSearchIndexTest {
  @TempDir Path dir;
  LuceneSearchIndex index;

  @BeforeEach
  void fill() {
    index = LuceneSearchIndex.open(dir.resolve("index"));
    index.indexAll(List.of(SearchArticles.summit(), SearchArticles.harvest(), SearchArticles.flood(),
        new Outcome.Skipped("empty.txt", "input", "empty", null)));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static SearchQuery query(String q, SearchQuery.Kind kind, String source, String speaker, LocalDate from, LocalDate to) {
    return new SearchQuery(q, kind, source, speaker, from, to, 0, 20);
  }

  @Test
  void aPhraseMatchesOnlyTheWordsInThatOrder() {
    SearchResults words = index.search(query("national security", SearchQuery.Kind.ARTICLE, null, null, null, null));
    assertEquals(2, words.total(), "both articles have both words");
    SearchResults phrase = index.search(query("\"national security\"", SearchQuery.Kind.ARTICLE, null, null, null, null));
    assertEquals(1, phrase.total());
    assertEquals(SearchArticles.summit().document().article().id(), phrase.hits().get(0).articleId());
    assertEquals("National security talks", phrase.hits().get(0).title());
    assertEquals(LocalDate.of(2024, 3, 4), phrase.hits().get(0).day());
  }

  @Test
  void snippetsCarryCharacterSpansIntoTheArticleText() {
    String text = SearchArticles.SUMMIT;
    SearchHit hit = index.search(query("\"national security\"", SearchQuery.Kind.ARTICLE, null, null, null, null)).hits().get(0);
    assertFalse(hit.snippets().isEmpty());
    int matched = 0;
    for (SearchHit.Snippet s : hit.snippets()) {
      assertEquals(s.text(), s.span().of(text), "the snippet's span points at its text");
      for (TextSpan m : s.matches()) {
        assertTrue(s.span().contains(m));
        assertEquals("national security", m.of(text).toLowerCase(Locale.ROOT), "a phrase is marked whole");
        matched++;
      }
    }
    assertEquals(2, matched, "both sentences that hold the phrase");
  }

  @Test
  void quoteHitsPointIntoTheArticleAndFilterBySpeaker() {
    SearchResults quotes = index.search(query("security", SearchQuery.Kind.QUOTE, null, null, null, null));
    assertEquals(2, quotes.total());
    SearchResults scholz = index.search(query("security", SearchQuery.Kind.QUOTE, null, "scholz", null, null));
    assertEquals(1, scholz.total());
    SearchHit hit = scholz.hits().get(0);
    assertEquals("Q1", hit.quoteId());
    assertEquals("Olaf Scholz", hit.speaker());
    TextSpan m = hit.snippets().get(0).matches().get(0);
    assertEquals("security", m.of(SearchArticles.SUMMIT), "offsets are in the article text, not the quote's");
    assertEquals(0, index.search(query("security", null, null, "Vladimir Putin", null, null)).total());
  }

  @Test
  void filtersBySourceAndPublicationDays() {
    assertEquals(Set.of("Geneva Post", "Farm Weekly"),
        index.search(query("national", SearchQuery.Kind.ARTICLE, null, null, null, null)).hits().stream()
            .map(SearchHit::source).filter(s -> !s.equals("Dhaka Tribune")).collect(Collectors.toSet()));
    assertEquals(1, index.search(query("national", SearchQuery.Kind.ARTICLE, "farm weekly", null, null, null)).total());
    SearchResults summer = index.search(query("national", SearchQuery.Kind.ARTICLE, null, null,
        LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
    assertEquals(1, summer.total());
    assertEquals("Farm Weekly", summer.hits().get(0).source());
    assertEquals(3, index.search(query("national", SearchQuery.Kind.ARTICLE, null, null, LocalDate.of(2024, 1, 1), null)).total());
  }

  @Test
  void reindexingAnArticleReplacesItAndSurvivesReopening() {
    long before = index.search(query("security", null, null, null, null, null)).total();
    index.index(SearchArticles.summit());
    index.indexAll(List.of(SearchArticles.harvest(), SearchArticles.summit()));
    assertEquals(3, index.articles());
    assertEquals(before, index.search(query("security", null, null, null, null, null)).total());
    index.close();
    index = LuceneSearchIndex.open(dir.resolve("index"));
    assertEquals(3, index.articles());
    assertEquals(before, index.search(query("security", null, null, null, null, null)).total());
  }

  @Test
  void badQueriesNameTheParameter() {
    InvalidQueryException syntax = assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of("\"unclosed")));
    assertEquals("q", syntax.parameter());
    assertTrue(syntax.getMessage().startsWith("q: not a valid search query"), syntax.getMessage());
    assertEquals("q", assertThrows(InvalidQueryException.class, () -> SearchQuery.of(" ")).parameter());
    assertEquals("limit", assertThrows(InvalidQueryException.class,
        () -> new SearchQuery("x", null, null, null, null, null, 0, 1_000_000)).parameter());
    assertEquals("to", assertThrows(InvalidQueryException.class,
        () -> query("x", null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))).parameter());
    assertEquals("q", assertThrows(InvalidQueryException.class,
        () -> index.search(SearchQuery.of("'; DROP TABLE articles; --"))).parameter(), "a dangling '-' is no query");
    assertEquals(0, index.search(SearchQuery.of("x'; DROP TABLE articles")).total(), "SQL text is just words here");
  }

  @Test
  void undatedArticlesHaveNoDay() {
    Outcome.Coded undated = SearchArticles.article("A statement without a date about harbour security.", "Port News", null, null);
    index.index(undated);
    SearchHit hit = index.search(SearchQuery.of("harbour")).hits().get(0);
    assertNull(hit.day());
    assertEquals(0, index.search(query("harbour", null, null, null, LocalDate.of(2000, 1, 1), null)).total());
  }
}

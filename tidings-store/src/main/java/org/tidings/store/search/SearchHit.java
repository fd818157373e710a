package org.tidings.store.search;

import java.time.LocalDate;
import java.util.List;
import org.tidings.model.TextSpan;

/**
 * One article or quote that matches a search, with the passages that matched.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind article or quote, never null
 * @param articleId the article (store id, content hash), never null
 * @param quoteId the quote's id in the article (Q2), or null for an article hit
 * @param title the article's headline, or null
 * @param source the article's publisher, or null
 * @param url the article's URL, or null
 * @param day the article's publication day, or null when undated
 * @param speaker the quote's speaker, or null (always null for an article hit)
 * @param score Lucene relevance score, higher is better; comparable only within one search
 * @param snippets the best passages, in text order; never null, may be empty
 */
public record SearchHit(
    SearchQuery.Kind kind,
    String articleId,
    String quoteId,
    String title,
    String source,
    String url,
    LocalDate day,
    String speaker,
    float score,
    List<Snippet> snippets) {

  public SearchHit {
    snippets = List.copyOf(snippets);
  }

  /**
   * A passage of the article text with the matched words marked.
   *
   * @param text the passage, never null
   * @param span where the passage lies in the article text (character offsets, end exclusive)
   * @param matches where the matched words lie, in article-text offsets, in order; never null
   */
  public record Snippet(String text, TextSpan span, List<TextSpan> matches) {
    public Snippet {
      matches = List.copyOf(matches);
    }
  }
}

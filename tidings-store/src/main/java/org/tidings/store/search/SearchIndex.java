package org.tidings.store.search;

import java.util.List;
import org.tidings.model.Outcome;

/**
 * A full-text index over coded articles and their quotes.
 *
 * <p>Each coded article is indexed under its article id (the content hash the store keys on):
 * indexing it again replaces what was indexed for it, so re-ingesting changes nothing. Skipped and
 * failed outcomes are not indexed.
 *
 * <p>Thread safety: implementations are thread-safe; searches see what the last completed {@link
 * #index} call committed.
 *
 * <p>Nullness: no method accepts or returns null.
 */
public interface SearchIndex extends AutoCloseable {

  /** Indexes a coded outcome's article and quotes, durably, replacing any earlier copy; other outcomes are ignored. */
  void index(Outcome outcome);

  /** Indexes several outcomes with one durable commit; as {@link #index} for each. */
  void indexAll(List<? extends Outcome> outcomes);

  /** Removes every indexed article and quote, durably. */
  void clear();

  /** One page of hits, best first. */
  SearchResults search(SearchQuery query);

  /** How many distinct articles are indexed. */
  long articles();

  /** The ids of the indexed articles (a snapshot; for checking the index against its store). */
  java.util.Set<String> articleIds();

  /** Releases the index; it cannot be used afterwards. */
  @Override
  void close();
}

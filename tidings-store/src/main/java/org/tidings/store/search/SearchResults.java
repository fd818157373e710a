package org.tidings.store.search;

import java.util.List;

/**
 * One page of search hits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param total how many hits in all (exact up to {@value LuceneSearchIndex#EXACT_TOTAL}, a lower bound beyond)
 * @param hits this page, best first; never null
 */
public record SearchResults(long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}

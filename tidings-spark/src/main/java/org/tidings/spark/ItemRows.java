package org.tidings.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tidings.model.Outcome;
import org.tidings.store.StoreRows;

/**
 * What coding one input item gave: its outcome and the store rows it adds, per table (values in
 * {@link StoreRows#columns} order). Immutable once built; shipped between Spark stages.
 *
 * @param ordinal the item's place in input order
 * @param origin where it came from
 * @param articleId the id it is stored under (content hash, or one from the origin)
 * @param kind coded, skipped or failed, as stored
 * @param stage the step that skipped or failed it, or null
 * @param reason why, or null
 * @param stored false when an earlier item gave the same article (no rows then)
 * @param nearDuplicateOf the article it nearly copies, or null
 * @param day yyyymmdd of its publication, 0 when unknown
 * @param tables the rows it adds, per table name
 */
record ItemRows(long ordinal, String origin, String articleId, String kind, String stage, String reason, boolean stored,
    String nearDuplicateOf, int day, Map<String, List<Object[]>> tables) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Column positions in the store's articles row. */
  private static final int OUTCOME = StoreRows.columns("articles").indexOf("outcome");
  private static final int STAGE = StoreRows.columns("articles").indexOf("stage");
  private static final int REASON = StoreRows.columns("articles").indexOf("reason");
  private static final int DAY = StoreRows.columns("articles").indexOf("published_day");
  private static final int NEAR = StoreRows.columns("articles").indexOf("near_duplicate_of");

  static ItemRows of(long ordinal, Outcome outcome, Map<String, List<Object[]>> tables) {
    List<Object[]> articles = tables.getOrDefault("articles", List.of());
    String id = StoreRows.idOf(outcome);
    if (articles.isEmpty()) {
      String kind = outcome instanceof Outcome.Coded ? "coded" : outcome instanceof Outcome.Skipped ? "skipped" : "failed";
      return new ItemRows(ordinal, outcome.origin(), id, kind, null, null, false, null, 0, tables);
    }
    Object[] a = articles.get(0);
    return new ItemRows(ordinal, outcome.origin(), id, (String) a[OUTCOME], (String) a[STAGE], (String) a[REASON], true,
        (String) a[NEAR], (Integer) a[DAY], tables);
  }

  /** The rows for {@code table}; empty when none. */
  List<Object[]> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }
}

package org.tidings.server;

import java.util.List;

/**
 * Where {@code POST /api/articles} hands the article records it receives: codes each one and stores
 * it, with its search index, in the store the server reads. The server knows nothing of the
 * pipeline; the command line supplies the implementation that the feed watcher uses too.
 *
 * <p>Thread safety: implementations are thread-safe (requests arrive on several threads).
 */
public interface ArticleIntake {

  /**
   * Codes and stores {@code records}, in order, each on its own: a bad record becomes a skipped or
   * failed outcome (stored, with its reason) and the others go on.
   *
   * @param records one JSON object each, in the {@code ingest} JSONL input format ({@code text},
   *     and optionally {@code id, url, source, title, published, language}); never null
   * @param origin where the batch came from, e.g. {@code POST /api/articles}; each record's origin
   *     is this followed by its position
   * @return one result per record, in order
   * @throws org.tidings.store.StoreException when the store cannot take them at all
   */
  List<IntakeResult> submit(List<String> records, String origin);
}

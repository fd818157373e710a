package org.tidings.store;

import java.util.List;

/**
 * A stored input item and its outcome.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId content hash, or {@code origin:...} when no text was read; never null
 * @param outcome "coded", "skipped" or "failed"; never null
 * @param stage the step that skipped or failed it, or null when coded
 * @param reason why it was skipped or failed, or null when coded
 * @param origin where it came from, never null
 * @param url or null
 * @param source publisher, or null
 * @param title or null
 * @param published as given (2021-10-13T08:30Z), or null
 * @param text the normalised text, or null when none was read
 * @param warnings never null
 * @param layers the annotation layers stored, never null
 * @param nearDuplicateOf the article this one nearly copies, or null
 */
public record StoredArticle(
    String articleId,
    String outcome,
    String stage,
    String reason,
    String origin,
    String url,
    String source,
    String title,
    String published,
    String text,
    List<String> warnings,
    List<String> layers,
    String nearDuplicateOf) {
  public StoredArticle {
    warnings = List.copyOf(warnings);
    layers = List.copyOf(layers);
  }
}

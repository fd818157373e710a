package org.tidings.store;

import java.util.Objects;

/**
 * What storing one outcome did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId the article's id (content hash, or {@code origin:...} when no text was read)
 * @param status what happened, never null
 * @param newEvents events created by this article
 * @param addedMentions mentions added to events that were already stored
 * @param nearDuplicateOf id of the stored article this one nearly copies, or null
 */
public record IngestResult(
    String articleId, Status status, int newEvents, int addedMentions, String nearDuplicateOf) {

  /** The fate of one outcome in the store. */
  public enum Status {
    /** Stored for the first time. */
    STORED,
    /** Already stored as coded: nothing changed. */
    UNCHANGED,
    /** A skipped or failed outcome of the same article was replaced by this one. */
    REPLACED,
    /**
     * The coded document contradicts itself (two events with one id, a span outside the text): it
     * is stored as a failure of stage "store" with the reason, and nothing else of it.
     */
    REJECTED
  }

  public IngestResult {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(status, "status");
  }
}

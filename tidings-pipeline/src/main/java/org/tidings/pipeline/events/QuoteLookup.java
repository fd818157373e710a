package org.tidings.pipeline.events;

import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.TextSpan;

/**
 * Where the quote an event sits in would be found: the hook that links an event to the quotes
 * layer. The coder computes reporting (speaker, cue) from the parse itself and does not require
 * {@code Layers.QUOTES}; {@link #NONE} leaves {@code quoteId} null. A quotes-backed lookup returns
 * the id of the quote whose span contains the trigger and whose speaker is the reporter.
 *
 * <p>Implementations are thread-safe.
 */
public interface QuoteLookup {

  /** The layers this lookup reads; the coder requires them too. */
  default Set<Layer<?>> requires() {
    return Set.of();
  }

  /** No quotes layer: every event's quoteId stays null. */
  QuoteLookup NONE = (doc, trigger, reporterActorId) -> null;

  /**
   * The id of the quote holding the event, or null.
   *
   * @param doc the document being coded
   * @param trigger the event trigger's characters
   * @param reporterActorId the reporting actor's id, or null when the event is not reported
   */
  String quoteIdFor(Document doc, TextSpan trigger, String reporterActorId);
}

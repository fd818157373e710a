package org.tidings.pipeline.events;

import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

/**
 * Links an event to the quote of the quotes layer whose content holds its trigger: the reporting
 * actor's own quote when the event is reported and one of them is, else the innermost (shortest)
 * quote holding it.
 *
 * <p>Thread-safe and stateless.
 */
public final class QuotesLayerLookup implements QuoteLookup {

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public String quoteIdFor(Document doc, TextSpan trigger, String reporterActorId) {
    Quote innermost = null;
    for (Quote q : doc.get(Layers.QUOTES)) {
      if (q.span().begin() > trigger.begin() || trigger.end() > q.span().end()) {
        continue;
      }
      if (reporterActorId != null && reporterActorId.equals(q.speakerActorId())) {
        return q.id();
      }
      if (innermost == null || q.span().length() < innermost.span().length()) {
        innermost = q;
      }
    }
    return innermost == null ? null : innermost.id();
  }
}

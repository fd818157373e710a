package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Event;

/**
 * The events stage's precision decision: gives each coded event PLOVER keeps the {@link
 * EventConfidence} model's probability as its confidence (when the config asks for the learned
 * confidence) and drops those under the config's minimum. Statements (PLOVER type {@link
 * CameoEntry#DROPPED}) keep the coder's confidence and are never dropped. A kept event whose parent
 * statement id names a dropped event loses that link. Immutable and thread-safe.
 */
final class ConfidenceFilter {
  private final EventConfidence model;
  private final EventFeatures features;
  private final boolean learned;
  private final double min;

  ConfidenceFilter(EventConfidence model, EventFeatures features, EventsConfig config) {
    this.model = model;
    this.features = features;
    this.learned = config.learnedConfidence();
    this.min = config.effectiveMin();
  }

  /**
   * @param doc the document the events were coded on (its other layers are read)
   * @param coded the coder's events, with its rule-of-thumb confidence, in text order
   * @return the events kept, with their confidence, in the same order
   */
  List<Event> apply(Document doc, List<Event> coded) {
    List<Event> kept = new ArrayList<>();
    Set<String> dropped = new HashSet<>();
    for (Event e : coded) {
      if (e.ploverType().equals(CameoEntry.DROPPED)) {
        kept.add(e);
        continue;
      }
      double p = learned ? Math.round(model.probability(features.features(doc, e)) * 1000) / 1000.0 : e.confidence();
      if (p >= min) {
        kept.add(learned ? with(e, p, e.parentEventId()) : e);
      } else {
        dropped.add(e.id());
      }
    }
    if (dropped.isEmpty()) {
      return List.copyOf(kept);
    }
    List<Event> out = new ArrayList<>();
    for (Event e : kept) {
      out.add(dropped.contains(e.parentEventId()) ? with(e, e.confidence(), null) : e);
    }
    return List.copyOf(out);
  }

  private static Event with(Event e, double confidence, String parent) {
    return new Event(e.id(), e.cameo(), e.quadClass(), e.goldstein(), e.ploverType(),
        e.ploverMode(), e.source(), e.target(), e.modality(), e.reportedBy(), e.quoteId(), parent, e.place(),
        e.date(), e.trigger(), e.triggerText(), e.sentence(), confidence, e.coderVersion(), e.codingRules());
  }
}

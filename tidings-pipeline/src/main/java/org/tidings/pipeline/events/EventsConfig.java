package org.tidings.pipeline.events;

/**
 * Typed settings of the events stage, the {@code "events"} object of a pipeline config file:
 *
 * <pre>{"events": {"learnedConfidence": true, "minConfidence": 0.5}}</pre>
 *
 * @param learnedConfidence when true (the default, also when null or absent) an event's confidence is the probability of the
 *     bundled {@link EventConfidence} model; when false it is the coder's rule of thumb (trigger
 *     strength times argument completeness)
 * @param minConfidence events PLOVER keeps are emitted only at this confidence or above, 0..1 (0
 *     keeps every event); null means the model's own threshold when {@code learnedConfidence}, 0
 *     otherwise. Statements (CAMEO 01, 02 and the like, PLOVER type DROPPED) are never filtered:
 *     they carry the events reported in them.
 */
public record EventsConfig(Boolean learnedConfidence, Double minConfidence) {
  /** The learned confidence with the model's threshold. */
  public static final EventsConfig DEFAULT = new EventsConfig(true, null);
  /** The rule-of-thumb confidence, every event kept: what the model is trained on. */
  public static final EventsConfig UNFILTERED = new EventsConfig(false, 0.0);

  public EventsConfig {
    if (learnedConfidence == null) {
      learnedConfidence = true;
    }
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("events.minConfidence must be in [0, 1]: " + minConfidence);
    }
  }

  /** The least confidence kept, given the model's threshold. */
  double effectiveMin(EventConfidence model) {
    if (minConfidence != null) {
      return minConfidence;
    }
    return learnedConfidence ? model.threshold() : 0;
  }
}

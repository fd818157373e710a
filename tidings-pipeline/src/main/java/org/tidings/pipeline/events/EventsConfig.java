package org.tidings.pipeline.events;

/**
 * Typed settings of the events stage, the {@code "events"} object of a pipeline config file:
 *
 * <pre>{"events": {"learnedConfidence": true, "minConfidence": 0.3}}</pre>
 *
 * @param learnedConfidence when true (the default, also when null or absent) an event's confidence is the probability of the
 *     bundled {@link EventConfidence} model; when false it is the coder's rule of thumb (trigger
 *     strength times argument completeness)
 * @param minConfidence events PLOVER keeps are emitted only at this confidence or above, 0..1;
 *     null or 0 keeps every event (the default: on the held-out reviews no threshold bought
 *     precision without losing right events, so filtering is the user's choice; the model file's
 *     {@code threshold} line is the trainer's suggestion, 0.30). Statements (CAMEO 01, 02 and the like, PLOVER type DROPPED) are never filtered:
 *     they carry the events reported in them.
 */
public record EventsConfig(Boolean learnedConfidence, Double minConfidence) {
  /** The learned confidence, every event kept. */
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

  /** The least confidence kept, 0..1. */
  double effectiveMin() {
    return minConfidence == null ? 0 : minConfidence;
  }
}

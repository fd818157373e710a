package org.tidings.pipeline.events;

/**
 * Typed settings of the events stage, the {@code "events"} object of a pipeline config file:
 *
 * <pre>{"events": {"coder": "learned", "learnedConfidence": true, "minConfidence": 0.3}}</pre>
 *
 * @param coder which coder decides: {@link Coder#LEARNED} (the trained model shipped with the
 *     project, see {@link LearnedEventCoder}) or {@link Coder#RULES} (the rule coder alone, {@link
 *     EventCoder}); null or absent means {@link #DEFAULT_CODER}
 * @param learnedConfidence when true (the default, also when null or absent) an event's confidence is the probability of the
 *     bundled {@link EventConfidence} model; when false it is the coder's rule of thumb (trigger
 *     strength times argument completeness)
 * @param minConfidence events PLOVER keeps are emitted only at this confidence or above, 0..1;
 *     null or 0 keeps every event (the default: on the held-out reviews no threshold bought
 *     precision without losing right events, so filtering is the user's choice; the model file's
 *     {@code threshold} line is the trainer's suggestion, 0.30). Statements (CAMEO 01, 02 and the like, PLOVER type DROPPED) are never filtered:
 *     they carry the events reported in them.
 */
public record EventsConfig(Coder coder, Boolean learnedConfidence, Double minConfidence) {
  /** The coder used when the settings name none. */
  public static final Coder DEFAULT_CODER = Coder.LEARNED;

  /** Which event coder decides. */
  public enum Coder {
    /** The trained model ({@link LearnedEventCoder}). */
    @com.fasterxml.jackson.annotation.JsonProperty("learned")
    LEARNED,
    /** The rules alone ({@link EventCoder}). */
    @com.fasterxml.jackson.annotation.JsonProperty("rules")
    RULES
  }

  /** The learned confidence, every event kept. */
  public static final EventsConfig DEFAULT = new EventsConfig(true, null);
  /** The rule-of-thumb confidence, every event kept: what the model is trained on. */
  public static final EventsConfig UNFILTERED = new EventsConfig(false, 0.0);

  /** The default coder with these confidence settings. */
  public EventsConfig(Boolean learnedConfidence, Double minConfidence) {
    this(null, learnedConfidence, minConfidence);
  }

  /** The same settings with another coder. */
  public EventsConfig withCoder(Coder other) {
    return new EventsConfig(other, learnedConfidence, minConfidence);
  }

  public EventsConfig {
    if (coder == null) {
      coder = DEFAULT_CODER;
    }
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

package org.tidings.model;

import java.util.Objects;

/**
 * Where an {@link Event} happened, and how that was decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param place the resolved place, never null
 * @param source how the place was chosen, never null
 */
public record EventPlace(Place place, Source source) {

  /** How an event's place was chosen, from the most to the least direct. */
  public enum Source {
    /** A place attached to the trigger in the sentence: "in Paris", "to Moscow". */
    SENTENCE,
    /** The country of the event's source (else target) actor. */
    ACTOR_COUNTRY,
    /** The article's focus location. */
    ARTICLE_FOCUS
  }

  public EventPlace {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(source, "source");
  }
}

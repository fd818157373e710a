package org.tidings.model;

import java.util.Objects;

/**
 * The source or target of an {@link Event}: an actor of the article as it appears at the event.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorId id of the {@link Actor} in the same document, or null when the argument is not a
 *     resolved actor
 * @param name the actor's canonical name, never null
 * @param code CAMEO-style actor code: country then roles, e.g. "RUSGOV", "TJKSPY", "IGOUNO"; empty
 *     when neither is known; never null
 * @param span the argument's characters at the event (the mention the syntax points to), never
 *     null
 */
public record EventActor(String actorId, String name, String code, TextSpan span) {
  public EventActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
  }
}

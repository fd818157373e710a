package org.tidings.model;

import java.util.Objects;

/**
 * One place where the article refers to an {@link Actor}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span characters in the article text (UTF-16 offsets), never null
 * @param tokens its tokens, never null
 * @param text the mention as written, never null
 * @param kind how the actor is referred to, never null
 */
public record ActorMention(TextSpan span, TokenRange tokens, String text, Kind kind) {

  /** How a mention names its actor. */
  public enum Kind {
    /** A proper name: "Vladimir Putin", "Taliban". */
    NAME,
    /** A description without a name: "Tajikistan's national security chief", "militants from Iraq". */
    NOMINAL,
    /** A pronoun resolved to the actor: "he". */
    PRONOUN,
    /** A place or building standing for a government: "the Kremlin", "Moscow" as a subject. */
    METONYM
  }

  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}

package org.tidings.model;

import java.util.Objects;

/**
 * A statement the article attributes to someone: a direct quote, a partial quote inside a
 * sentence, or reported speech (a speech verb with a content clause).
 *
 * <p>Quote → speaker → actor code is one join: {@code speakerActorId} is the id of an {@link
 * Actor} of the same document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id article-local id, e.g. "Q2", never null
 * @param kind direct, partial or reported, never null
 * @param span the content's characters in the article text, quotation marks excluded; never null
 * @param text the content as written, never null
 * @param cue the speech cue's characters ("said", "according to"), or null when none is stated
 * @param cueText the cue as written, or null with {@code cue}
 * @param speaker the characters naming the speaker at the cue ("he", "Yatimov"), or null when the
 *     speaker is not found
 * @param speakerActorId id of the speaker's {@link Actor}, or null when unresolved
 * @param speakerName the speaker's canonical name, or the mention text when no actor was found;
 *     null when there is no speaker
 * @param addresseeActorId id of the addressee's actor ("told the video conference"), or null
 * @param date when it was said: the cue's time expression, else the article's date; null when the
 *     article is undated and the cue has no time
 * @param confidence 0..1, how sure the attribution is
 */
public record Quote(
    String id,
    Kind kind,
    TextSpan span,
    String text,
    TextSpan cue,
    String cueText,
    TextSpan speaker,
    String speakerActorId,
    String speakerName,
    String addresseeActorId,
    TimeInterval date,
    double confidence) {

  /** How the words are given. */
  public enum Kind {
    /** Whole sentences or clauses in quotation marks. */
    DIRECT,
    /** A few quoted words embedded in the writer's sentence: are "actively" entering. */
    PARTIAL,
    /** Indirect speech: a speech verb with a content clause, no quotation marks. */
    REPORTED
  }

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }
}

package org.tidings.pipeline.syntax;

import org.tidings.model.Token;

/**
 * The named-entity tag CoreNLP's English CRF writes in {@link Token#ner()} for names ("PERSON",
 * "ORGANIZATION", "LOCATION", "MISC"), "O" for none, and {@link #OTHER} for any other tag (SUTime's
 * and the numeric classes), so that stages compare enum values instead of strings.
 *
 * <p>Immutable and thread-safe.
 */
public enum NerTag {
  PERSON, ORGANIZATION, LOCATION, MISC,
  /** No entity ("O"). */
  NONE,
  /** Any other tag. */
  OTHER;

  /** The tag of a label; {@link #NONE} for "O" or null, {@link #OTHER} for a label outside the set. */
  public static NerTag of(String label) {
    if (label == null || label.equals("O")) {
      return NONE;
    }
    return switch (label) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION" -> LOCATION;
      case "MISC" -> MISC;
      default -> OTHER;
    };
  }

  /** The tag of a token's {@link Token#ner()}. */
  public static NerTag of(Token token) {
    return of(token.ner());
  }

  /** True for the tags of names: person, organisation, location, other name. */
  public boolean isName() {
    return this == PERSON || this == ORGANIZATION || this == LOCATION || this == MISC;
  }
}

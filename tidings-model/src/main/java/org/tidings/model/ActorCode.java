package org.tidings.model;

import java.util.Objects;

/**
 * One piece of evidence for an actor's code: a country, a role or a known group, and where it
 * came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field what is coded, never null
 * @param value the code: ISO 3166-1 alpha-3 or IGO/IMG/NGO for {@link Field#COUNTRY}, a CAMEO role
 *     code (GOV, MIL, REB, ...) for {@link Field#ROLE}, a dictionary group id (TALIBAN, UN) for
 *     {@link Field#GROUP}; never null
 * @param source {@link #DICTIONARY}, {@link #DESCRIPTION} or {@link #CONTEXT}, never null
 * @param evidence the dictionary entry or the text that gave the code, never null
 * @param span characters of the evidence in the article text, or null for dictionary facts that
 *     are not in the text (office dates)
 */
public record ActorCode(Field field, String value, String source, String evidence, TextSpan span) {

  /** The code came from the project's actor dictionary. */
  public static final String DICTIONARY = "dictionary";

  /** The code came from what the text says about the actor (title, appositive, possessive). */
  public static final String DESCRIPTION = "description";

  /**
   * The code was inferred from the rest of the article: an office holder the text gives no country
   * ("President Levy Mwanawasa") takes the country the article names most, when one stands out.
   */
  public static final String CONTEXT = "context";

  /** What an {@link ActorCode} codes. */
  public enum Field {
    COUNTRY,
    ROLE,
    GROUP
  }

  public ActorCode {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
  }
}

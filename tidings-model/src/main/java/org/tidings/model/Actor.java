package org.tidings.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical actor of one article: all its mentions merged ("Russian President Vladimir Putin",
 * "Putin", "he"), with its country and role codes and the evidence for each.
 *
 * <p>Unknown stays unknown: when nothing in the dictionary or the text gives a country,
 * {@code countries} is empty and {@code unknownReason} says why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id article-local id, e.g. "A3", never null
 * @param name canonical name: the fullest proper name, or the first description of an unnamed
 *     actor; never null
 * @param type what kind of actor, never null
 * @param countries country codes (ISO 3166-1 alpha-3, or IGO/IMG/NGO), most certain first; empty
 *     when unknown; more than one for a multi-country collective ("militants from Iraq and Syria")
 * @param roles CAMEO role codes, strongest first; may be empty
 * @param group dictionary id of a known organisation or group (UN, NATO, TALIBAN), or null
 * @param confidence 0..1, how sure the coding is
 * @param codes the evidence behind every country, role and group code, never null
 * @param unknownReason why the country is unknown, or null when it is known
 * @param mentions every mention in text order, never empty
 */
public record Actor(
    String id,
    String name,
    Type type,
    List<String> countries,
    List<String> roles,
    String group,
    double confidence,
    List<ActorCode> codes,
    String unknownReason,
    List<ActorMention> mentions) {

  /** What kind of actor. */
  public enum Type {
    PERSON,
    ORGANISATION,
    STATE,
    GROUP,
    UNNAMED_COLLECTIVE,
    UNNAMED_PERSON
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    countries = List.copyOf(countries);
    roles = List.copyOf(roles);
    codes = List.copyOf(codes);
    mentions = List.copyOf(mentions);
  }

  /** Countries joined by '/', e.g. "IRQ/SYR", or null when unknown. */
  public String countryCode() {
    return countries.isEmpty() ? null : String.join("/", countries);
  }
}

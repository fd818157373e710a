package org.tidings.store;

/**
 * An actor as reported across articles: one row per name and codes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name canonical name, never null
 * @param type PERSON, ORGANISATION, STATE..., never null
 * @param countries country codes joined by '/', empty when unknown; never null
 * @param roles CAMEO roles joined by '/', empty when none; never null
 * @param articles how many articles name it
 * @param mentions how many times in all
 */
public record ActorSummary(String name, String type, String countries, String roles, long articles, long mentions) {}

package org.tidings.store;

/**
 * Which actors to list; null filters mean "any". Validated when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the actor's name contains this (case-insensitive), or null
 * @param country one of the actor's countries (RUS), or null
 * @param role one of the actor's CAMEO roles (GOV), or null
 * @param limit how many, 1..{@link #MAX_LIMIT}
 */
public record ActorQuery(String name, String country, String role, int limit) {
  public static final int MAX_LIMIT = 1000;

  public ActorQuery {
    name = Checks.text("name", name);
    Checks.country("country", country);
    Checks.role("role", role);
    Checks.limit(limit, MAX_LIMIT);
  }
}

package org.tidings.server;

import java.util.List;

/**
 * One parameter an endpoint accepts: what {@link Params} checks and what the OpenAPI document
 * lists.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name as written in the URL, never null
 * @param in where it goes, never null
 * @param type its OpenAPI type, never null
 * @param description for a person, never null
 * @param required whether it must be given
 * @param choices the allowed values for {@link Type#CHOICE}, empty otherwise; never null
 * @param max the largest value of an {@link Type#INTEGER}, 0 otherwise
 */
record Param(String name, In in, Type type, String description, boolean required, List<String> choices, long max) {
  /** Where a parameter goes. */
  enum In { PATH, QUERY }

  /** What a parameter holds. */
  enum Type { TEXT, DAY, INTEGER, CHOICE, FRACTION }

  Param {
    choices = List.copyOf(choices);
  }

  static Param path(String name, String description) {
    return new Param(name, In.PATH, Type.TEXT, description, true, List.of(), 0);
  }

  static Param text(String name, String description) {
    return new Param(name, In.QUERY, Type.TEXT, description, false, List.of(), 0);
  }

  static Param day(String name, String description) {
    return new Param(name, In.QUERY, Type.DAY, description, false, List.of(), 0);
  }

  static Param integer(String name, String description, long max) {
    return new Param(name, In.QUERY, Type.INTEGER, description, false, List.of(), max);
  }

  /** A number from 0 to 1. */
  static Param fraction(String name, String description) {
    return new Param(name, In.QUERY, Type.FRACTION, description, false, List.of(), 0);
  }

  static Param choice(String name, String description, String... choices) {
    return new Param(name, In.QUERY, Type.CHOICE, description, false, List.of(choices), 0);
  }

  Param mandatory() {
    return new Param(name, in, type, description, true, choices, max);
  }
}

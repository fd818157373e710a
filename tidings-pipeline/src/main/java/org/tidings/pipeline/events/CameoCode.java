package org.tidings.pipeline.events;

import java.util.Objects;

/**
 * One CAMEO event code with its place in the ontology and its PLOVER counterpart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code 2 to 4 digits ("04", "043", "1831"), never null
 * @param root the two-digit root, never null
 * @param parent the code one level up, or "" for a root
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein scale value, -10..10
 * @param name CAMEO name, never null
 * @param ploverType PLOVER event type ("CONSULT"), or {@link #DROPPED} for categories PLOVER drops
 *     (CAMEO 01 statements, 02 appeals); never null
 * @param ploverMode PLOVER mode ("visit"), or "" when the table gives none
 */
public record CameoCode(
    String code,
    String root,
    String parent,
    int quadClass,
    double goldstein,
    String name,
    String ploverType,
    String ploverMode) {

  /** The PLOVER type of CAMEO codes that PLOVER does not keep. */
  public static final String DROPPED = "DROPPED";

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
  }

  /** True for CAMEO 01x: a public statement, which may carry a nested, attributed event. */
  public boolean isStatement() {
    return root.equals("01");
  }
}

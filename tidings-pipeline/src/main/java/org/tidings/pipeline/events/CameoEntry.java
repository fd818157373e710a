package org.tidings.pipeline.events;

import java.util.Objects;
import org.tidings.model.CameoCode;

/**
 * One CAMEO event code as the codebook tables describe it: its QuadClass, Goldstein value, name
 * and PLOVER counterpart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code ("04", "043", "1831"), never null
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict; the table's, which {@link CameoOntology} checks against {@link CameoCode#quadClass()}
 * @param goldstein Goldstein scale value, -10..10
 * @param name CAMEO name, never null
 * @param ploverType PLOVER event type ("CONSULT"), or {@link #DROPPED} for categories PLOVER drops
 *     (CAMEO 01 statements, 02 appeals); never null
 * @param ploverMode PLOVER mode ("visit"), or "" when the table gives none
 */
public record CameoEntry(
    CameoCode code,
    int quadClass,
    double goldstein,
    String name,
    String ploverType,
    String ploverMode) {

  /** The PLOVER type of CAMEO codes that PLOVER does not keep. */
  public static final String DROPPED = "DROPPED";

  public CameoEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
  }

  /** The code's two-digit root. */
  public CameoCode root() {
    return code.root();
  }

  /** True for CAMEO 01x: a public statement, which may carry a nested, attributed event. */
  public boolean isStatement() {
    return root().value().equals("01");
  }
}

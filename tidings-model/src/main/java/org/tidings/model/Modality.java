package org.tidings.model;

/** Whether an event happened, or someone only says so, intends it, denies it or fears it. */
public enum Modality {
  /** The article states it happened (or is happening) in its own voice. */
  ASSERTED,
  /** Someone in the article says it happened; see the event's reporting actor and quote. */
  REPORTED,
  /** Planned, promised or in the future: "will invite", "vowed to help". */
  INTENDED,
  /** Stated not to have happened or not to hold: "does not pose a threat". */
  NEGATED,
  /** Possible, feared or conditional: "may try to destabilise", "could even try". */
  HYPOTHETICAL
}

package org.tidings.model;

/** How finely a resolved time is known; coarser values cover longer intervals. */
public enum Precision {
  MINUTE,
  HOUR,
  /** Morning, afternoon, evening, night. */
  PART_OF_DAY,
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF_YEAR,
  YEAR,
  DECADE,
  CENTURY,
  /** Some time before the reference date, unanchored ("previously"). */
  PAST,
  /** At the reference date ("now", "currently"). */
  PRESENT,
  /** Some time after the reference date, unanchored ("soon"). */
  FUTURE
}

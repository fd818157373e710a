package org.tidings.model;

/** How finely a resolved place locates what happened there, from a whole region down to a point. */
public enum PlacePrecision {
  /** A continent or a region news names ("Central Asia", "the Sahel"): a representative point. */
  REGION,
  /** A country or dependent territory: GeoNames' representative point. */
  COUNTRY,
  /** A first-level administrative division (state, province). */
  ADMIN1,
  /** A populated place. */
  CITY,
  /** Any smaller feature: a district, a building, a spot. */
  POINT
}

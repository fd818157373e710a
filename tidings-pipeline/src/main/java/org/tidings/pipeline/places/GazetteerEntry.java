package org.tidings.pipeline.places;

import org.tidings.model.PlacePrecision;

/**
 * One place of the gazetteer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param geonameId GeoNames id; 0 when the entry has none (built first-level divisions, some regions)
 * @param name preferred name, never null
 * @param featureClass GeoNames feature class, never null
 * @param featureCode GeoNames feature code, never null
 * @param iso2 ISO 3166-1 alpha-2 country code, empty for multi-country regions
 * @param iso3 ISO 3166-1 alpha-3 country code, empty for multi-country regions
 * @param admin1 GeoNames admin1 code within the country ("TX", "08"), empty when unknown
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param population inhabitants, 0 when unknown
 */
public record GazetteerEntry(
    long geonameId,
    String name,
    String featureClass,
    String featureCode,
    String iso2,
    String iso3,
    String admin1,
    double lat,
    double lon,
    long population) {

  /** What kind of place this is, from its feature code. */
  public PlacePrecision precision() {
    if (isCountry()) {
      return PlacePrecision.COUNTRY;
    }
    if (featureCode.equals("ADM1")) {
      return PlacePrecision.ADMIN1;
    }
    if (featureCode.equals("RGN") || featureCode.equals("CONT")) {
      return PlacePrecision.REGION;
    }
    return featureClass.equals("P") ? PlacePrecision.CITY : PlacePrecision.POINT;
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  /** "US.TX" for a place with a known first-level division, else null. */
  public String admin1Key() {
    return admin1.isEmpty() || iso2.isEmpty() ? null : iso2 + "." + admin1;
  }
}

package org.tidings.model;

/**
 * A place name in the article resolved to a gazetteer entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the toponym's characters in the article text (UTF-16 offsets)
 * @param text the toponym as written
 * @param geonameId GeoNames feature id; 0 when the entry has none (first-level divisions and some
 *     news regions in the built-in gazetteer)
 * @param name the entry's name, never null
 * @param featureClass GeoNames feature class (A, P, L, ...), never null
 * @param featureCode GeoNames feature code (PCLI, ADM1, PPLC, RGN, ...), never null
 * @param country ISO 3166-1 alpha-3 code, or null for a region spanning several countries
 * @param admin1 GeoNames first-level division code, e.g. "US.TX", or null
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param precision what kind of place this is
 * @param confidence how sure the resolver is of this entry, 0..1
 */
public record Place(
    TextSpan span,
    String text,
    long geonameId,
    String name,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    double lat,
    double lon,
    PlacePrecision precision,
    double confidence) {}

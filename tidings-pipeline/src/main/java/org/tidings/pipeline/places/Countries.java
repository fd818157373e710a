package org.tidings.pipeline.places;

import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.TextSpan;

/**
 * What later stages may ask the places layer about countries, without reading the gazetteer
 * themselves: whether a code names a country, the country a nationality word names, and a country
 * as a {@link Place} of the output. Answers come from the same gazetteer as the places stage's.
 *
 * <p>Immutable and thread-safe.
 */
public final class Countries {
  private final Gazetteer gazetteer;

  Countries(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** True when the gazetteer has a country (or a region coded like one) under {@code code}. */
  public boolean known(String code) {
    return gazetteer.country(code) != null;
  }

  /**
   * The ISO 3166-1 alpha-3 code of the first country a nationality word names ("French" gives
   * FRA), or null when it names none.
   */
  public String ofDemonym(String word) {
    for (GazetteerEntry e : gazetteer.demonym(word)) {
      if (e.isCountry()) {
        return e.iso3();
      }
    }
    return null;
  }

  /**
   * The country {@code code} as a place at the span of the words that stand for it, at country
   * precision; null when the code names no country.
   *
   * @param span UTF-16 offsets of the words in the article text
   * @param text those words
   * @param confidence the place's confidence, in [0, 1]
   */
  public Place place(String code, TextSpan span, String text, double confidence) {
    GazetteerEntry e = gazetteer.country(code);
    if (e == null) {
      return null;
    }
    return new Place(span, text, e.geonameId(), e.name(), e.featureClass(), e.featureCode(), e.iso3(), null, e.lat(),
        e.lon(), PlacePrecision.COUNTRY, confidence);
  }
}

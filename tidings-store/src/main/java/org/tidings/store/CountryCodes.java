package org.tidings.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Country codes for exports: ISO 3166-1 alpha-3 (what Tidings stores) to FIPS 10-4 (what GDELT's
 * {@code *Geo_CountryCode} columns hold) and to the country's English name. Read once from the
 * bundled {@code country-codes.tsv} (facts from GeoNames and the CIA World Factbook, see NOTICE).
 *
 * <p>Immutable and thread-safe.
 */
final class CountryCodes {
  private static final CountryCodes BUNDLED = load();

  /**
   * One country.
   *
   * @param iso3 ISO 3166-1 alpha-3, never null
   * @param fips FIPS 10-4 code, or null when the standard has none (Åland)
   * @param name English name, never null
   */
  record Country(String iso3, String fips, String name) {}

  private final Map<String, Country> byIso3;

  private CountryCodes(Map<String, Country> byIso3) {
    this.byIso3 = Map.copyOf(byIso3);
  }

  /** The bundled table. */
  static CountryCodes bundled() {
    return BUNDLED;
  }

  /** The FIPS 10-4 code of an ISO alpha-3 code, or null when unknown, null or without one. */
  String fips(String iso3) {
    Country c = iso3 == null ? null : byIso3.get(iso3);
    return c == null ? null : c.fips();
  }

  /** The English name of an ISO alpha-3 code, or null when unknown or null. */
  String name(String iso3) {
    Country c = iso3 == null ? null : byIso3.get(iso3);
    return c == null ? null : c.name();
  }

  private static CountryCodes load() {
    Map<String, Country> map = new HashMap<>();
    try (InputStream in = CountryCodes.class.getResourceAsStream("country-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("country-codes.tsv is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        map.put(c[0], new Country(c[0], c[2].isEmpty() ? null : c[2], c[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read country-codes.tsv", e);
    }
    return new CountryCodes(map);
  }
}

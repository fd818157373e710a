package org.tidings.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tidings.model.Modality;

/**
 * One real-world event as stored: the coding of its first report plus how often it was reported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventId store-wide id (GDELT's GLOBALEVENTID), derived from the event key
 * @param day the day it happened, or null when undated
 * @param datePrecision how finely the date is known (DAY, MONTH...), or null when undated
 * @param cameoCode CAMEO event code, never null
 * @param cameoBase its first three digits (or the whole code when shorter), never null
 * @param cameoRoot its two-digit root, never null
 * @param quadClass 1..4
 * @param goldstein Goldstein scale, -10..10
 * @param ploverType PLOVER type, never null
 * @param ploverMode PLOVER mode, or null
 * @param modality never null
 * @param source who acts, or null
 * @param target acted upon, or null
 * @param place where, or null
 * @param mentions how many reports (GDELT NumMentions)
 * @param articles how many distinct articles (NumArticles)
 * @param sources how many distinct publishers (NumSources)
 * @param firstArticleId the article that first reported it, never null
 * @param sourceUrl that article's URL, or null
 * @param firstSeen when it was first stored (UTC), never null
 * @param coderVersion the coder that coded it, never null
 * @param lead true when its first report has it in the lead paragraph (GDELT's IsRootEvent)
 */
public record StoredEvent(
    long eventId,
    LocalDate day,
    String datePrecision,
    String cameoCode,
    String cameoBase,
    String cameoRoot,
    int quadClass,
    double goldstein,
    String ploverType,
    String ploverMode,
    Modality modality,
    Party source,
    Party target,
    Location place,
    int mentions,
    int articles,
    int sources,
    String firstArticleId,
    String sourceUrl,
    Instant firstSeen,
    String coderVersion,
    boolean lead) {

  public StoredEvent {
    Objects.requireNonNull(cameoCode, "cameoCode");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(firstArticleId, "firstArticleId");
  }

  /**
   * An event's source or target.
   *
   * @param name canonical name, never null
   * @param code CAMEO actor code (RUSGOV), empty when unknown; never null
   * @param country country code, or null when unknown
   * @param roles CAMEO roles joined by '/', empty when none; never null
   */
  public record Party(String name, String code, String country, String roles) {}

  /**
   * An event's place.
   *
   * @param name gazetteer name, never null
   * @param country ISO 3166-1 alpha-3, or null for a multi-country region
   * @param admin1 first-level division (US.TX), or null
   * @param geonameId GeoNames id, 0 when none
   * @param lat WGS84 degrees
   * @param lon WGS84 degrees
   * @param precision REGION, COUNTRY, ADMIN1, CITY or POINT; never null
   * @param decidedBy how the place was chosen (SENTENCE, ACTOR_COUNTRY, ARTICLE_FOCUS), never null
   */
  public record Location(
      String name, String country, String admin1, long geonameId, double lat, double lon, String precision, String decidedBy) {}
}

package org.tidings.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.tidings.model.EventActor;
import org.tidings.model.Place;

/**
 * How reports in different articles are decided to be one real-world event.
 *
 * <p>GDELT 2.0 merges reports within one 15-minute batch when their actors, event code and action
 * place agree. We merge across the whole store, so the day takes the batch's place: two reports
 * are one event when all of these agree —
 *
 * <ol>
 *   <li>the <b>day</b> the event happened (not the day it was reported);
 *   <li>the <b>source</b> and the <b>target</b>: the CAMEO actor code when known ("RUSGOV"), else
 *       the lower-cased canonical name, so two unknown-coded actors with different names stay
 *       apart;
 *   <li>the full <b>CAMEO code</b> (a "036" and a "0311" are different events);
 *   <li>the <b>place</b>: its GeoNames id, else country and name; no place is a value of its own;
 *   <li>the <b>modality</b> class: a meeting that happened and one that was only denied or planned
 *       are not the same fact, so they never merge (this goes beyond GDELT, which does not code
 *       modality).
 * </ol>
 *
 * <p>Confidence, trigger words and sentence do not take part: they differ between reports of one
 * event. The event id is the first 63 bits of the SHA-256 of the key, so every store gives the
 * same event the same id without a sequence.
 *
 * <p>Near-duplicate articles (syndicated copies) are matched more loosely, by {@link #loose}: see
 * {@code Ingester}.
 */
final class EventKey {
  private EventKey() {}

  static String of(int day, String cameoCode, EventActor source, EventActor target, Place place, String modality) {
    return day + "|" + party(source) + "|" + party(target) + "|" + cameoCode + "|" + place(place) + "|" + modality;
  }

  /**
   * The key without day and place: for events of a near-duplicate article, whose date and place
   * may be resolved differently because of a changed dateline or an added paragraph.
   */
  static String loose(String cameoCode, String sourceParty, String targetParty, String modality) {
    return cameoCode + "|" + sourceParty + "|" + targetParty + "|" + modality;
  }

  /** An actor's identity in keys: its code when known, else its lower-cased name, "" when none. */
  static String party(EventActor actor) {
    if (actor == null) {
      return "";
    }
    return party(actor.code(), actor.name());
  }

  static String party(String code, String name) {
    if (code != null && !code.isEmpty()) {
      return code;
    }
    return name == null ? "" : "~" + name.toLowerCase(Locale.ROOT).strip();
  }

  static String place(Place place) {
    if (place == null) {
      return "";
    }
    if (place.geonameId() > 0) {
      return "gn" + place.geonameId();
    }
    return (place.country() == null ? "" : place.country()) + ":" + place.name().toLowerCase(Locale.ROOT);
  }

  /** A positive 63-bit id from the key. */
  static long id(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xFF);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

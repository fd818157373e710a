package org.tidings.model;

import java.util.List;
import java.util.Objects;

/**
 * One coded event of an article: who did what to whom, where and when, whether it happened, and
 * the characters every part came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id article-local id, e.g. "E4", never null
 * @param cameo CAMEO event code ("036", "1831"), never null; on the wire as {@link #cameoCode()}
 *     and {@link #cameoRoot()}
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein scale value of the code, -10..10
 * @param ploverType PLOVER event type ("CONSULT", "ASSAULT"), never null
 * @param ploverMode PLOVER mode, or null when the type has none for this code
 * @param source who acts, or null when the text does not say
 * @param target to whom, or null when there is none
 * @param modality happened, reported, intended, negated or hypothetical; never null
 * @param reportedBy id of the actor reporting the event when {@code modality} is REPORTED (or a
 *     reported intention, denial or fear); null otherwise
 * @param quoteId id of the {@link Quote} the event sits in, or null
 * @param parentEventId id of the statement event (CAMEO 01x/02x...) whose content holds this
 *     event, or null
 * @param place where, or null when nothing locates it
 * @param date when, or null when the article is undated and the text gives no time
 * @param trigger the trigger's characters ("hosted", "talks"), never null
 * @param triggerText the trigger as written, never null
 * @param sentence the sentence's characters, never null
 * @param confidence 0..1, how sure the coding is
 * @param coderVersion version of the coder and its lexicon, never null
 * @param codingRules ids of the coder's named rules that changed the event's code or parties, in
 *     the order they fired ("verbal-attack", "party-countries"); empty when none did or the coder
 *     has no such rules; never null (null is read as empty). Not stored by the event stores.
 */
public record Event(
    String id,
    CameoCode cameo,
    int quadClass,
    double goldstein,
    String ploverType,
    String ploverMode,
    EventActor source,
    EventActor target,
    Modality modality,
    String reportedBy,
    String quoteId,
    String parentEventId,
    EventPlace place,
    EventDate date,
    TextSpan trigger,
    String triggerText,
    TextSpan sentence,
    double confidence,
    String coderVersion,
    List<String> codingRules) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(coderVersion, "coderVersion");
    codingRules = codingRules == null ? List.of() : List.copyOf(codingRules);
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass outside 1..4: " + quadClass);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }

  /** The CAMEO code as written in records, store columns and exports ("036"). */
  public String cameoCode() {
    return cameo.value();
  }

  /** The code's two-digit root as written in records, store columns and exports ("03"). */
  public String cameoRoot() {
    return cameo.root().value();
  }
}

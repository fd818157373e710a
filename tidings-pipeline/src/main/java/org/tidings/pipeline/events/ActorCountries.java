package org.tidings.pipeline.events;

import java.util.BitSet;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.EventActor;
import org.tidings.model.FocusLocation;
import org.tidings.model.Layers;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.places.Countries;

/**
 * The countries of an event's actors where the text does not say them: a role-only actor's
 * country (a government, "the police", refugees) from its own phrase, the other argument, the
 * act's place or the article; and the implied domestic target of an act with none stated.
 *
 * <p>Thread-safe: keeps no per-document state.
 */
final class ActorCountries {
  /** CAMEO role codes: an actor code starting with one of these has no country. */
  private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "INS", "SPY", "OPP", "BUS", "MED", "COP",
      "JUD", "LEG", "CVL", "REF", "EDU", "HLH", "CRM", "LAB", "AGR", "ELI", "PTY", "UAF",
      "HRI", "SEP", "MOD", "RAD", "ENV", "REL", "VET", "DEV");

  private final Countries countries;

  ActorCountries(Countries countries) {
    this.countries = countries;
  }

  /**
   * The country an act with no stated target is directed at, as PLOVER and PETRARCH code domestic
   * events ("Algerians blocked roads" is DZA -> DZA): the country of a place in the act's own
   * phrase, else the country of a source that has a role there (a government, rebels), never of a
   * bare state acting alone nor of a person known only by nationality. The actor id is null and the name says it is implied; the
   * span is the place's, else the source's. Null when neither gives a country.
   */
  EventActor implicitTarget(DocumentView v, int trigger, EventActor source) {
    if (source == null) {
      return null;
    }
    BitSet phrase = WhenWhere.predicate(v, trigger);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      org.tidings.model.Place p = v.placeAt(i);
      boolean sourceItself = p != null && p.span().begin() < source.span().end() && source.span().begin() < p.span().end();
      if (p != null && p.country() != null && !sourceItself) {
        return new EventActor(null, EventCoder.IMPLIED + p.country(), p.country(), p.span());
      }
    }
    // a state acting with no stated target has none; a group or office acts within its country
    Actor actor = v.actor(source.actorId());
    boolean state = actor != null && actor.type() == Actor.Type.STATE;
    // a person known only by nationality (no office) acts wherever they are, not in that country
    boolean person = actor != null && (actor.type() == Actor.Type.PERSON || actor.type() == Actor.Type.UNNAMED_PERSON)
        && source.code().length() <= 3;
    String country = source.code().length() >= 3 && !state && !person ? source.code().substring(0, 3) : "";
    if (country.isEmpty() || !countries.known(country)) {
      return null;
    }
    return new EventActor(null, EventCoder.IMPLIED + country, country, source.span());
  }

  /**
   * The country an actor coded only by role (a government, "the opposition", police) most likely
   * belongs to: the other argument's country, else the country of a place in the act's own phrase
   * other than the arguments themselves, else the article's focus country. GDELT and PETRARCH
   * likewise code role-only actors by the story's country. Null when neither is known.
   */
  static String context(DocumentView v, int trigger, EventActor source, EventActor target) {
    for (EventActor a : new EventActor[] {source, target}) {
      if (a != null && hasCountry(a)) {
        return a.code().substring(0, 3);
      }
    }
    // "students protesting in Belgium": where the act took place, before the article's country
    BitSet phrase = WhenWhere.predicate(v, trigger);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      org.tidings.model.Place p = v.placeAt(i);
      boolean argument = p != null && (overlaps(p.span(), source) || overlaps(p.span(), target));
      if (p != null && p.country() != null && !argument) {
        return p.country();
      }
    }
    FocusLocation focus = v.doc.has(Layers.FOCUS) ? v.doc.get(Layers.FOCUS) : FocusLocation.NONE;
    return focus.country() == null ? null : focus.country().country();
  }

  /**
   * The country of a place in the role-only actor's own phrase ("refugees fleeing the war in
   * Liberia", "militias in Tripoli"): where they are from or are says more than whom they act
   * with. Else {@code context}.
   */
  static String ownPlace(DocumentView v, EventActor a, String context) {
    if (a == null || hasCountry(a) || a.code().isEmpty()) {
      return context;
    }
    BitSet phrase = phrase(v, a);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      org.tidings.model.Place p = v.placeAt(i);
      if (p != null && p.country() != null) {
        return p.country();
      }
    }
    return context;
  }

  /**
   * The tokens of the party's own phrase: its mention's head with what hangs on it ("an ethnic
   * Palestinian from Jordan" of "Sirhan"). Empty for null or when the head is not found.
   */
  static BitSet phrase(DocumentView v, EventActor a) {
    if (a == null) {
      return new BitSet();
    }
    Sentence s = null;
    for (Sentence x : v.doc.sentences()) {
      if (x.span().begin() <= a.span().begin() && a.span().begin() < x.span().end()) {
        s = x;
        break;
      }
    }
    for (int i = s == null ? 0 : s.tokens().first(); s != null && i < s.tokens().end(); i++) {
      TextSpan ts = v.token(i).span();
      int gov = v.parse.governorOf(i);
      boolean inside = ts.begin() >= a.span().begin() && ts.end() <= a.span().end();
      if (inside && (gov < 0 || v.token(gov).span().begin() < a.span().begin()
          || v.token(gov).span().end() > a.span().end())) {
        return WhenWhere.predicate(v, i);
      }
    }
    return new BitSet();
  }

  private static boolean overlaps(TextSpan span, EventActor a) {
    return a != null && span.begin() < a.span().end() && a.span().begin() < span.end();
  }

  static EventActor withCountry(EventActor a, String country) {
    if (a == null || country == null || a.code().isEmpty() || hasCountry(a)) {
      return a;
    }
    return new EventActor(a.actorId(), a.name(), country + a.code(), a.span());
  }

  /** True when the code starts with a country (or IGO-like) code rather than a bare role. */
  private static boolean hasCountry(EventActor a) {
    return a.code().length() >= 3 && !ROLES.contains(a.code().substring(0, 3));
  }
}

package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.EventActor;

/**
 * An event party's country and roles: from the article's {@link Actor} when the party names one,
 * else read off its CAMEO code in three-letter chunks (country first unless the first chunk is a
 * role, as in "GOV" alone).
 */
final class ActorCodes {
  private ActorCodes() {}

  /** CAMEO role codes that may stand first in an actor code with no country. */
  private static final Set<String> ROLES = Set.of(
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG",
      "HLH", "REF", "MOD", "RAD", "AGR", "ELI", "UAF", "SET", "INS", "ENV", "DEV", "HRI", "CHR", "MUS", "JEW");

  /** Country (or null) and roles joined by '/' (or ""). */
  record Coding(String country, String roles) {}

  static Coding of(EventActor party, Map<String, Actor> actors) {
    if (party == null) {
      return new Coding(null, "");
    }
    Actor actor = party.actorId() == null ? null : actors.get(party.actorId());
    if (actor != null) {
      return new Coding(actor.countries().isEmpty() ? null : actor.countries().get(0), String.join("/", actor.roles()));
    }
    String code = party.code();
    if (code.length() < 3 || code.length() % 3 != 0) {
      return new Coding(null, "");
    }
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      chunks.add(code.substring(i, i + 3));
    }
    String country = ROLES.contains(chunks.get(0)) ? null : chunks.remove(0);
    return new Coding(country, String.join("/", chunks));
  }
}

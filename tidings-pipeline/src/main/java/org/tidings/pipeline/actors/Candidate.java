package org.tidings.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.TokenRange;

/**
 * One mention of a would-be actor while the resolver works on a document, with the codes read for
 * it and a union-find link to the mention it was merged with. Mutable; local to one
 * {@link ActorResolver#process} call.
 */
final class Candidate {
  final ActorMention.Kind kind;
  final TokenRange tokens;
  final int head;
  final int sentence;
  /** Annotator type of a name (PERSON, ORGANIZATION, LOCATION, MISC), or "" for others. */
  final String nerType;
  /** Dictionary meaning of a name, or null. */
  final ActorDictionary.Sense sense;
  /** Role noun heading a nominal, or null. */
  final ActorDictionary.RoleNoun roleNoun;
  final boolean plural;
  final List<ActorCode> codes = new ArrayList<>();
  Candidate parent = this;
  /** A people named as an ethnic group ("ethnic Albanians"): its name gives it no country. */
  boolean ethnicGroup;

  Candidate(
      ActorMention.Kind kind,
      TokenRange tokens,
      int head,
      int sentence,
      String nerType,
      ActorDictionary.Sense sense,
      ActorDictionary.RoleNoun roleNoun,
      boolean plural) {
    this.kind = kind;
    this.tokens = tokens;
    this.head = head;
    this.sentence = sentence;
    this.nerType = nerType;
    this.sense = sense;
    this.roleNoun = roleNoun;
    this.plural = plural;
  }

  Candidate root() {
    Candidate c = this;
    while (c.parent != c) {
      c.parent = c.parent.parent; // path halving keeps finds near constant
      c = c.parent;
    }
    return c;
  }

  void mergeInto(Candidate other) {
    Candidate a = root();
    Candidate b = other.root();
    if (a != b) {
      // the earlier mention stays the root so actor order follows the text
      if (a.tokens.first() < b.tokens.first()) {
        b.parent = a;
      } else {
        a.parent = b;
      }
    }
  }

  boolean isPerson() {
    return nerType.equals("PERSON") || (sense != null && sense.kind() == ActorDictionary.Kind.PERSON);
  }

  List<String> countries(String source) {
    List<String> out = new ArrayList<>();
    for (ActorCode c : codes) {
      if (c.field() == ActorCode.Field.COUNTRY && c.source().equals(source) && !out.contains(c.value())) {
        out.add(c.value());
      }
    }
    return out;
  }
}

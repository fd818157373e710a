package org.tidings.pipeline.events;

import java.util.BitSet;
import java.util.Set;
import org.tidings.model.CameoCode;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.Dependency;
import org.tidings.model.EventActor;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Checks of the sense a trigger is used in and of whether its act is real: a force verb used of
 * words (a verbal attack), a doer that is a natural cause, an act that is only what a proposed law
 * would allow or that has ceased, pressure to act (a demand), brokering (mediation), and which
 * country guesses an event must not carry. The {@link DraftRules} ask them. (How each
 * was found, in a hand review of coded Wikinews articles: docs/history/evaluation-2026-11.md.)
 *
 * <p>Thread-safe: keeps no state but the shared, thread-safe {@link WordNetSenses}.
 */
final class SenseChecks {
  /** CAMEO "criticize or denounce": what a verbal attack codes as. */
  static final CameoCode CRITICIZE = CameoCode.of("111");
  /** Force verbs that politicians, papers and campaigns use of words. */
  private static final Set<String> VERBAL_FORCE = Set.of("attack", "slam", "blast", "hit", "lash", "hammer",
      "savage", "assail", "lambaste", "bash", "blister", "skewer");
  /** Roles whose holders attack with words, not arms, when they attack a person or party. */
  private static final Set<String> WORD_ROLES = Set.of("GOV", "PTY", "LEG", "OPP", "ELI", "MED", "JUD");
  /** Complements giving the reason of a criticism ("attacked Trump for ...", "slammed him over ..."). */
  private static final Set<String> REASON = Set.of("obl:for", "obl:over", "advcl:for", "advcl:over");
  /** Nouns naming a law or a proposal for one. */
  private static final Set<String> LAW = Set.of("law", "bill", "amendment", "proposal", "legislation", "measure",
      "draft", "plan", "ordinance", "motion", "resolution", "act");
  /** Verbs of permitting: what a law "would allow" someone to do is not done. */
  private static final Set<String> PERMIT = Set.of("allow", "permit", "enable", "authorize", "authorise", "let",
      "empower");
  /** Verbs of proposing: what a proposal allows is not done. */
  private static final Set<String> PROPOSE = Set.of("propose", "draft", "introduce", "table", "plan", "consider");
  /** Arcs climbed from a trigger to the law or the proposal it depends on. */
  private static final int CLIMB = 5;

  private final WordNetSenses wordNet;

  SenseChecks(WordNetSenses wordNet) {
    this.wordNet = wordNet;
  }

  /**
   * True when a force verb is used of words: "Biden attacked Trump for his comments", "the paper
   * slammed the minister over the deal", "Senator X attacked the President". It is, if the verb has
   * a complement of reason ("for", "over") and no instrument ("with"), or if the doer is a person
   * holding a political, judicial or media role and the target is a person or an organisation (not
   * a state, a place or armed forces), with no instrument.
   */
  boolean verbalAttack(DocumentView v, Trigger t, CameoCode code, EventActor source, EventActor target) {
    if (t.entry().noun() || !code.isUnder(EventCoder.ROOT_ASSAULT) || !VERBAL_FORCE.contains(v.lemma(t.token()))
        || v.child(t.token(), "obl:with") >= 0) {
      return false;
    }
    for (Dependency d : v.parse.children(t.token())) {
      if (REASON.contains(d.relation())) {
        return true;
      }
    }
    Actor doer = source == null ? null : v.actor(source.actorId());
    Actor done = target == null ? null : v.actor(target.actorId());
    if (doer == null || done == null) {
      return false;
    }
    boolean speaker = (doer.type() == Actor.Type.PERSON || doer.type() == Actor.Type.UNNAMED_PERSON)
        && doer.roles().stream().anyMatch(WORD_ROLES::contains);
    boolean person = done.type() == Actor.Type.PERSON || done.type() == Actor.Type.UNNAMED_PERSON
        || done.type() == Actor.Type.ORGANISATION;
    return speaker && person && !done.roles().contains("MIL") && !done.roles().contains("REB");
  }

  /** Verbs of ceasing or forbearing: "stopped attacking" is no attack. */
  private static final Set<String> CEASE = Set.of("stop", "cease", "quit", "halt", "refrain", "avoid", "end");
  /** Verbs of bringing others to an agreement: "Russia brokered a cease-fire agreement". */
  private static final Set<String> BROKER = Set.of("broker", "mediate");
  /** CAMEO "mediate". */
  static final CameoCode MEDIATE = CameoCode.of("045");

  /**
   * True when the act is what someone stops or refrains from doing ("the rebels stopped attacking
   * the villages", "we should stop attacking each other"): the trigger is the complement of a verb
   * of ceasing.
   */
  static boolean ceased(DocumentView v, int trigger) {
    int gov = v.parse.governorOf(trigger);
    String rel = v.parse.relationOf(trigger);
    return gov >= 0 && CEASE.contains(v.lemma(gov)) && (rel.equals("xcomp") || rel.startsWith("obl") || rel.equals("obj"));
  }

  /**
   * True when a nominal agreement is the object of a verb of brokering: the doer mediated it
   * between others (CAMEO 045), it made no agreement of its own.
   */
  static boolean brokered(DocumentView v, Trigger t) {
    int gov = v.parse.governorOf(t.token());
    return t.entry().noun() && gov >= 0 && BROKER.contains(v.lemma(gov)) && v.parse.relationOf(t.token()).equals("obj");
  }

  /**
   * True when a participle of an act only people undergo (kill, arrest, deport ...), with no
   * auxiliary and no object and not the sentence's main verb, follows its subject directly: a reduced relative
   * clause ("a cemetery of U.S. soldiers killed during the battle"), in which the noun is the one
   * the act was done to, not its doer.
   */
  static boolean reducedRelative(DocumentView v, int trigger, EventActor source, CameoCode code) {
    PennTag pos = v.tag(trigger);
    // only acts people undergo ("killed", "arrested") need an object when active: "rebels
    // surrendered" is active; the tagger often reads such a participle as a past tense
    boolean participle = (pos == PennTag.VBN || pos == PennTag.VBD) && EventCoder.PEOPLE_ONLY.contains(code);
    String rel = v.parse.relationOf(trigger);
    if (source == null || !participle || rel.equals("root") || rel.startsWith("conj") || v.child(trigger, "aux") >= 0
        || v.child(trigger, "aux:pass") >= 0 || v.child(trigger, "obj") >= 0 || trigger == 0) {
      return false;
    }
    org.tidings.model.TextSpan before = v.token(trigger - 1).span();
    return source.span().end() == before.end();
  }

  /**
   * True when an unspecified coercion verb names what the target is pressed to do ("pressure the
   * U.S. government to provide better protections"): pressing someone to act is a demand (CAMEO
   * 10), not repression (17), and its intention is no threat of repression.
   */
  static boolean pressureToAct(DocumentView v, Trigger t) {
    return !t.entry().noun() && t.entry().code().equals("170") && v.child(t.token(), "xcomp") >= 0;
  }

  /**
   * True when the doer of the verb is a natural cause ("SARS-CoV-2 has killed 1,000 people", "an
   * earthquake struck ..., injuring 25", "homes destroyed by the flood"): its subject, its agent,
   * or, for a participle or conjunct with no subject of its own, the subject of the verb it hangs
   * on, names a disease, a natural phenomenon, a fire or weather (WordNet, {@link
   * WordNetSenses#naturalCause}). Each hyphen-separated part of a name is read ("SARS-CoV-2").
   */
  boolean naturalDoer(DocumentView v, int verb) {
    int doer = v.child(verb, "nsubj");
    doer = doer >= 0 ? doer : v.child(verb, "obl:agent");
    if (natural(v, doer)) {
      return true;
    }
    boolean participle = v.tag(verb) == PennTag.VBG && v.child(verb, "aux") < 0;
    if (doer < 0 && v.child(verb, "nsubj:pass") < 0 || participle) {
      // "an earthquake struck the province, injuring 25": the participle's doer is the clause's
      int at = verb;
      for (int step = 0; step < 2; step++) {
        String rel = v.parse.relationOf(at);
        int gov = v.parse.governorOf(at);
        if (gov < 0 || !(rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("conj")
            || rel.equals("ccomp") && participle || rel.startsWith("acl") && participle
            || rel.equals("obj") && step > 0)) {
          return false;
        }
        if (natural(v, v.child(gov, "nsubj"))) {
          return true;
        }
        at = gov;
      }
    }
    return false;
  }

  /** True when the token names a natural cause, itself or through a compound ("Hurricane Maria"). */
  private boolean natural(DocumentView v, int doer) {
    if (doer < 0 || v.actorAt(doer) != null && v.actorAt(doer).actor().type() != Actor.Type.UNNAMED_COLLECTIVE) {
      return false;
    }
    if (naturalWord(v, doer)) {
      return true;
    }
    for (Dependency d : v.parse.children(doer)) {
      if (d.relation().equals("compound") && naturalWord(v, d.dependent())) {
        return true; // "Hurricane Maria", "the coronavirus outbreak"
      }
    }
    return false;
  }

  private boolean naturalWord(DocumentView v, int token) {
    for (String part : v.token(token).text().toLowerCase(java.util.Locale.ROOT).split("-")) {
      if (part.length() > 2 && wordNet.naturalCause(part)) {
        return true;
      }
    }
    return wordNet.naturalCause(v.lemma(token));
  }

  /**
   * True when the act is only what a law or a proposal would allow: "a bill that would have
   * allowed China to extradite people", "proposed an amendment to a law to allow the government to
   * extradite ...". The trigger hangs, within a few arcs, on a clause modifying a law or proposal
   * noun, or on a verb of permitting that itself hangs on one or on a verb of proposing.
   */
  static boolean unrealisedByLaw(DocumentView v, int trigger) {
    int at = trigger;
    boolean permitted = false;
    for (int step = 0; step < CLIMB; step++) {
      int gov = v.parse.governorOf(at);
      if (gov < 0) {
        return false;
      }
      String rel = v.parse.relationOf(at);
      String lemma = v.lemma(gov);
      if (rel.startsWith("acl") && LAW.contains(lemma) && (permitted || modal(v, at))) {
        return true;
      }
      if (permitted && PROPOSE.contains(lemma)) {
        return true;
      }
      permitted |= PERMIT.contains(lemma);
      at = gov;
    }
    return false;
  }

  /** True when the clause has a modal of what would or could be ("that would allow"). */
  private static boolean modal(DocumentView v, int head) {
    for (Dependency d : v.parse.children(head)) {
      if (d.relation().equals("aux") && Set.of("would", "could", "might", "will", "to").contains(v.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party without the country the actors layer only guessed from the article ({@link
   * ActorCode#CONTEXT}) when the event's sentence speaks of other countries and not of that one
   * ({@link #unsupportedGuess}): "the Armenian-backed Republic of Artsakh ... borders of
   * Azerbaijan" in a story naming the USA most. The role is kept. The party itself otherwise;
   * null for null.
   */
  static EventActor withoutGuessedCountry(DocumentView v, EventActor a, EventActor other, int trigger) {
    Actor actor = a == null ? null : v.actor(a.actorId());
    if (!unsupportedGuess(v, actor, other, trigger) || a.code().length() < 3) {
      return a;
    }
    String country = actor.countries().get(0);
    return a.code().startsWith(country) ? new EventActor(a.actorId(), a.name(), a.code().substring(country.length()), a.span()) : a;
  }

  /**
   * True when the actor's country is only the article-context guess, the trigger's sentence does
   * not name that country (no place in it, no other actor of it), and names another one (a place
   * or a state, the other party itself included) outside what the other party's phrase says of it
   * ("Sirhan, an ethnic Palestinian from Jordan, opposed Senator Kennedy" speaks of Sirhan's
   * origin, not of Kennedy's country). A domestic
   * story's office holders in sentences naming no country keep the guess.
   */
  static boolean unsupportedGuess(DocumentView v, Actor actor, EventActor other, int trigger) {
    if (!guessedCountry(actor)) {
      return false;
    }
    String country = actor.countries().get(0);
    BitSet otherPhrase = ActorCountries.phrase(v, other);
    org.tidings.model.Sentence s = v.doc.sentences().get(v.token(trigger).sentence());
    boolean foreign = false;
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      org.tidings.model.Place p = v.placeAt(i);
      DocumentView.ActorAt at = v.actorAt(i);
      if (p != null && country.equals(p.country()) || at != null && !at.actor().id().equals(actor.id())
          && !guessedCountry(at.actor()) && at.actor().countries().contains(country)) {
        return false;
      }
      boolean state = at != null && at.actor().type() == Actor.Type.STATE;
      boolean otherItself = other != null && v.token(i).span().begin() >= other.span().begin()
          && v.token(i).span().end() <= other.span().end();
      foreign |= (otherItself || !otherPhrase.get(i)) && (p != null && p.country() != null || state);
    }
    return foreign;
  }

  /** True when the actor's first country rests only on the article-context guess. */
  private static boolean guessedCountry(Actor actor) {
    if (actor == null || actor.countries().isEmpty()) {
      return false;
    }
    String country = actor.countries().get(0);
    boolean context = false;
    for (ActorCode c : actor.codes()) {
      if (c.field() == ActorCode.Field.COUNTRY && c.value().equals(country)) {
        if (!ActorCode.CONTEXT.equals(c.source())) {
          return false;
        }
        context = true;
      }
    }
    return context;
  }
}

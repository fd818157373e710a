package org.tidings.pipeline.events;

import java.util.EnumSet;
import java.util.Set;
import org.tidings.model.CameoCode;
import org.tidings.model.Actor;
import org.tidings.model.Dependency;
import org.tidings.model.EventActor;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.syntax.NerTag;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Checks of the kind of a verb's arguments: a document or a sum of money is no party, a named party
 * in an argument position is never replaced by the implied home-country target, a venue or the
 * doer's own country is no target of words, and a talk given is no negotiation. The {@link
 * DraftRules} ask them. (How each was found, in a hand review of coded Wikinews
 * articles: docs/history/evaluation-2026-11.md.)
 *
 * <p>Thread-safe: keeps no state but the shared, thread-safe {@link WordNetSenses}.
 */
final class ArgumentChecks {
  /**
   * Lexicographer files of nouns for texts and ideas ("the constitution prohibits", "the report
   * demands"). Objects are not among them: "army bulldozers demolished homes" has a doer.
   */
  private static final Set<String> THINGS = Set.of("noun.communication", "noun.cognition");
  /** Nouns for laws and documents whose first WordNet sense is filed elsewhere ("law" is a group). */
  private static final Set<String> DOCUMENTS = Set.of("law", "bill", "constitution", "charter", "treaty", "statute",
      "rule", "regulation", "decree", "directive", "ordinance", "policy", "report", "amendment", "code");
  /** Nouns for a polity named by the place it is "of" ("the state of Montana"). */
  private static final Set<String> POLITIES = Set.of("state", "government", "city", "province", "republic",
      "kingdom", "people", "county", "territory");
  /**
   * Named-entity tags of a proper noun naming a party (not a time, a building or an event). The
   * annotator runs CoreNLP without its fine-grained classes, so nationalities, countries, religions
   * and ideologies come as MISC or LOCATION, never as tags of their own.
   */
  private static final Set<NerTag> PARTIES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);
  /** Relations that hold a place where the act happened, not a party to it. */
  private static final Set<String> VENUE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
  /** Relations of a verb or its nominal act that hold who it is done to or with. */
  private static final Set<String> ARGUMENT = Set.of("obj", "iobj", "obl:against", "obl:with", "obl:to",
      "obl:into", "obl:on", "nmod:against", "nmod:with", "nmod:into", "nmod:on", "nmod:of", "nmod:to");
  /** Nouns for a talk given to an audience, which no one negotiates. */
  private static final Set<String> LECTURES = Set.of("talk", "lecture", "presentation", "speech", "keynote",
      "seminar", "sermon");
  /** Verbs of promising whose participle, after a noun, says to whom it is bound ("delegates pledged to X"). */
  private static final Set<String> BOUND = Set.of("pledge", "commit", "promise", "bind");

  private final WordNetSenses wordNet;

  ArgumentChecks(WordNetSenses wordNet) {
    this.wordNet = wordNet;
  }

  /**
   * True when the verb's subject is a text, not an actor: a common noun, no actor mention, whose
   * most frequent sense is a message, a document or an idea ("Interpol's constitution prohibits
   * ...", "the law bans ...", "the report demands ..."). Such a verb states what a text says.
   */
  boolean thingDoer(DocumentView v, Trigger t) {
    if (t.entry().noun()) {
      return false;
    }
    int subject = v.child(t.token(), "nsubj");
    return subject >= 0 && commonNoun(v, subject) && v.actorAt(subject) == null
        && (DOCUMENTS.contains(v.lemma(subject)) || THINGS.contains(wordNet.firstSenseFile(v.lemma(subject))));
  }

  /**
   * True when the object of an act done for someone (consult, support, cooperate, aid, yield) is
   * money or goods and no party is read but what modifies them ("China has invested nine billion
   * US dollars"): spending is no act towards the party a modifier of the sum names. "Providing
   * photographs to Macedonia" keeps its party.
   */
  boolean moneyObject(DocumentView v, Trigger t, CameoCode code, EventActor target) {
    if (target != null && !within(v, target, v.child(t.token(), "obj")) || t.entry().noun() || !t.entry().objects().isEmpty() || !EventCoder.COOPERATIVE.contains(code.root())) {
      return false;
    }
    int object = v.child(t.token(), "obj");
    return object >= 0 && commonNoun(v, object) && v.actorAt(object) == null && wordNet.goods(v.lemma(object));
  }

  /**
   * True when a participle of promising modifies a noun with no auxiliary and no object: "some
   * delegates pledged to Senator Sanders" are delegates bound to him, no pledge anyone made.
   */
  static boolean boundCount(DocumentView v, Trigger t) {
    return !t.entry().noun() && BOUND.contains(v.lemma(t.token())) && v.parse.relationOf(t.token()).startsWith("acl")
        && v.child(t.token(), "obj") < 0 && v.child(t.token(), "aux") < 0 && v.child(t.token(), "nsubj") < 0;
  }

  /**
   * True when a talk given is coded as negotiation or consultation: "went to Munich for the TEDx
   * talk", "gave a lecture at the university". A single talk, lecture or presentation is a
   * negotiation only when a party to it is an organisation, or an office of a state (government,
   * military, legislature, courts, an international body): "negotiators return to Geneva for talk
   * on limiting missiles" stays. Plural "talks" stay.
   */
  static boolean lecture(DocumentView v, Trigger t, CameoCode code, EventActor source, EventActor target) {
    int i = t.token();
    if (!t.entry().noun() || !code.isUnder(EventCoder.ROOT_CONSULT) || !LECTURES.contains(v.lemma(i))
        || v.lemma(i).equals("talk") && v.tag(i) == PennTag.NNS) {
      return false;
    }
    return !official(v, source) && !official(v, target);
  }

  /** True when the party is an organisation or holds a state office or an international body's. */
  private static boolean official(DocumentView v, EventActor a) {
    if (a == null) {
      return false;
    }
    Actor actor = v.actor(a.actorId());
    if (actor != null && actor.type() == Actor.Type.ORGANISATION) {
      return true;
    }
    String code = a.code() == null ? "" : a.code();
    return code.startsWith("IGO") || Set.of("GOV", "MIL", "LEG", "JUD").stream().anyMatch(code::endsWith);
  }

  /**
   * The token of a party the sentence names where the act's target would be, though the argument
   * reader took none: an argument of the trigger, of a nominal trigger's support verb ("filed a
   * lawsuit against the state of Montana"), the object a conjunct shares with the verb before it
   * ("surrounded and threatened Senator Paul"), or what an act noun there is of ("an inquiry into
   * the conduct of Trump"). A party is an actor mention or a proper noun tagged as a person, an
   * organisation or a nationality, a plural name of a group ("Democrats"), or a polity noun of a
   * place ("the state of Montana"); not a time, not a building. -1 when there is none. Venues (in, at) are not arguments.
   */
  int namedArgument(DocumentView v, Trigger t, EventActor source) {
    int i = t.token();
    int found = argumentOf(v, i, source);
    if (found < 0 && t.entry().noun() && v.parse.governorOf(i) >= 0 && v.parse.relationOf(i).equals("obj")) {
      found = argumentOf(v, v.parse.governorOf(i), source); // the support verb's
    }
    if (found < 0 && !t.entry().noun() && v.parse.relationOf(i).startsWith("conj") && v.child(i, "obj") < 0) {
      int head = v.parse.governorOf(i);
      int object = head < 0 ? -1 : v.child(head, "obj");
      found = object >= 0 && party(v, object, source) ? object : -1;
    }
    return found;
  }

  private int argumentOf(DocumentView v, int head, EventActor source) {
    for (Dependency d : v.parse.children(head)) {
      if (!ARGUMENT.contains(d.relation()) || d.dependent() == head) {
        continue;
      }
      int x = d.dependent();
      if (party(v, x, source)) {
        return x;
      }
      int of = v.child(x, "nmod:of"); // "the conduct of Trump"
      if (of >= 0 && commonNoun(v, x) && wordNet.notAnAgent(v.lemma(x)) && party(v, of, source)) {
        return of;
      }
      if (of >= 0 && POLITIES.contains(v.lemma(x)) && v.placeAt(of) != null) {
        return x; // "against the state of Montana"
      }
    }
    return -1;
  }

  private boolean party(DocumentView v, int x, EventActor source) {
    if (source != null && v.token(x).span().begin() >= source.span().begin() && v.token(x).span().end() <= source.span().end()) {
      return false;
    }
    if (v.placeAt(x) != null && v.actorAt(x) == null) {
      return false;
    }
    if (source != null && v.actorAt(x) != null && v.actorAt(x).actor().id().equals(source.actorId())) {
      return false; // the doer again ("Sirhan shot Kennedy, Sirhan said"), not whom the act is towards
    }
    boolean when = v.times.stream().anyMatch(r -> r.span().overlaps(v.token(x).span()));
    NerTag ner = v.ner(x);
    PennTag pos = v.tag(x);
    // a plural name of a group ("Democrats", "Kurds") is tagged MISC
    boolean group = pos == PennTag.NNPS && ner == NerTag.MISC;
    return v.actorAt(x) != null || pos.isProperNoun() && (PARTIES.contains(ner) || group) && !when;
  }

  /**
   * True when the place is a venue of a cooperative or verbal act (CAMEO 01-07): it sits in an "in" or "at" argument of the trigger
   * or of a nominal trigger's support verb ("attended a summit in Rome"), so it is no party.
   */
  static boolean venue(DocumentView v, int trigger, CameoCode code, org.tidings.model.TextSpan place) {
    if (code.compareTo(EventCoder.ROOT_YIELD) >= 0) {
      return false; // a withdrawal, force or protest "in Gaza" is towards the place's country
    }
    int[] heads = {trigger, v.parse.governorOf(trigger)};
    for (int h : heads) {
      if (h < 0) {
        continue;
      }
      for (Dependency d : v.parse.children(h)) {
        if (VENUE.contains(d.relation()) && v.token(d.dependent()).span().begin() >= place.begin()
            && v.token(d.dependent()).span().end() <= place.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the party's span lies inside the phrase headed by {@code head} (false for -1). */
  private static boolean within(DocumentView v, EventActor a, int head) {
    if (head < 0) {
      return false;
    }
    java.util.BitSet phrase = WhenWhere.phrase(v, head);
    return phrase.get(head) && v.token(head).span().end() >= a.span().end()
        && v.token(phrase.nextSetBit(0)).span().begin() <= a.span().begin();
  }

  private static boolean commonNoun(DocumentView v, int token) {
    return v.tag(token).isCommonNoun();
  }
}

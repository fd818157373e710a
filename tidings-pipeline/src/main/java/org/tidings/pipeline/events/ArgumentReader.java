package org.tidings.pipeline.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.Dependency;
import org.tidings.model.EventActor;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.places.Countries;
import org.tidings.pipeline.syntax.PennTag;
import org.tidings.pipeline.syntax.Relations;

/**
 * Source and target of a trigger from the dependency parse, resolved to the actors layer.
 *
 * <p>Verbs: the subject (or passive agent) is the source; the frame's target relation, else the
 * object, indirect object or a with/to/against/on argument is the target, and a passive subject is
 * the target. A verb without a subject of its own ("vowing to help", "agreed to meet") takes its
 * governing clause's. Nouns: a possessor, a "by" phrase or a nationality adjective is the source
 * ("Russian attacks"); when the noun is the object of a support verb ("held talks with") the
 * verb's subject is the source and its with/to argument the target. A passive verb's source is
 * only its by-phrase; a content clause never borrows its governor's subject.
 *
 * <p>An argument token is resolved to the actor whose mention covers it, else to an actor or a
 * country named among its modifiers ("Hungarian officials"; a common noun so resolved is someone
 * of that actor's, coded as theirs: "his associates"), else it is no argument: never the nearest
 * name. A noun naming an act or a message stands for its owner ("Israeli policies", "US
 * attacks"), never for the town it happened in ("a Kabul bombing"). A clause with a stated subject
 * that is no actor does not borrow a governing clause's; a complement controlled by the governor's
 * object ("instructed the agencies to investigate") is that object's.
 * Thread-safe.
 */
final class ArgumentReader {
  /** Tags of wh-words (which, who, whose, where ...): a relative's subject, not a stated doer. */
  private static final Set<PennTag> WH = EnumSet.of(PennTag.WDT, PennTag.WP, PennTag.WP_POSSESSIVE, PennTag.WRB);
  private static final List<String> TARGET_RELATIONS = List.of("obj", "iobj", "obl:with", "obl:to",
      "obl:against", "obl:on", "nmod:with", "nmod:to", "nmod:against", "nmod:on", "obl:into");
  private static final Set<String> OBJECT_TARGET = Set.of("nmod:against", "nmod:with", "nmod:to", "nmod:on",
      "nmod:from", "nmod:by", "nmod:poss", "amod", "compound", "nmod:of");
  private static final Set<String> MODIFIER = Set.of("amod", "compound", "nmod:poss", "nmod:of", "appos");
  /**
   * Relations through which a clause without a subject takes its governor's. A content clause
   * (ccomp) does so only when its subject is a pronoun the actors layer left unresolved: in
   * "Syria says it will withdraw", "it" is the speaker far more often than not.
   */
  private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "conj:and", "conj", "dep", "acl");
  /** Verbs that talk about an act rather than carry it out: their subject is not its doer. */
  private static final Set<String> SPEECH_LIKE = Set.of("say", "describe", "report", "call", "condemn",
      "blame", "attribute", "claim", "deny", "confirm", "investigate", "witness", "survive", "see", "suffer",
      "indicate", "suggest", "expect", "want", "fear", "welcome", "criticize", "criticise", "require",
      "address", "discuss", "mention", "recall", "cite", "tweet", "declare", "label", "term", "dub", "deem",
      "consider");
  /**
   * Nouns naming other parties than the actor they are said of: "Tunisia's neighbouring countries",
   * "Russia's allies", "his opponents" are not Tunisia, Russia or him, nor theirs.
   */
  private static final Set<String> OTHER_PARTY = Set.of("country", "nation", "neighbour", "neighbor",
      "ally", "rival", "enemy", "foe", "adversary", "opponent", "critic", "counterpart", "partner", "competitor");
  /** Verbs whose past-participle complement is passive ("have him released", "got it approved"). */
  private static final Set<String> CAUSATIVE = Set.of("have", "get");
  /** Verbs whose subject receives a nominal act ("received criticism", "faces a lawsuit"). */
  private static final Set<String> RECEIVING = Set.of("receive", "face", "draw", "attract", "earn", "endure",
      "weather", "incur");
  /** Verbs whose subject undergoes a nominal act in their oblique ("died in the attack"). */
  private static final Set<String> VICTIM = Set.of("die", "injure", "wound", "kill", "hurt", "suffer", "survive",
      "flee", "perish", "escape", "lose", "interview", "question", "trap", "displace", "evacuate");
  /** Obliques through which any verb's subject takes part in a nominal act ("engaged in talks"). */
  private static final Set<String> PARTICIPATION = Set.of("obl:in", "obl:into", "obl:for", "obl:at");
  /** Verbs that carry a nominal act ("held talks", "launched an attack") rather than being one. */
  private static final Set<String> SUPPORT = Set.of("hold", "launch", "stage", "conduct", "carry", "make", "pay",
      "mount", "begin", "start", "continue", "file", "lodge", "impose", "issue", "open", "return", "complete",
      "announce", "resume", "step", "take", "give", "sign", "reach", "order", "call");

  private final Countries countries;
  private final WordNetSenses wordNet;

  ArgumentReader(Countries countries, WordNetSenses wordNet) {
    this.countries = countries;
    this.wordNet = wordNet;
  }

  EventActor source(DocumentView v, Trigger t) {
    int i = t.token();
    if (t.entry().noun()) {
      boolean possessorUndergoes = undergoneByPossessor(v, t);
      for (Dependency d : v.parse.children(i)) {
        String r = d.relation();
        if (r.equals("nmod:poss") && possessorUndergoes) {
          continue; // "his arrest", "Khashoggi's killing": the possessor is who was arrested
        }
        if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("amod") || r.equals("compound")) {
          EventActor a = resolve(v, d.dependent());
          if (a != null) {
            return a;
          }
        }
        if (r.equals("acl")) { // "attacks attributed to allies of ..."
          int by = v.child(d.dependent(), "obl:to");
          by = by < 0 ? v.child(d.dependent(), "obl:agent") : by;
          if (by >= 0) {
            return resolve(v, by);
          }
        }
      }
      if (received(v, i)) {
        return null; // "he received criticism": who criticised is not said
      }
      int support = supportVerb(v, i);
      if (support < 0 && t.entry().code().startsWith("04") && setting(v, i)) {
        support = v.parse.governorOf(i); // "Zelensky said in a meeting with Honcharuk": he was in it
      }
      return support < 0 ? null : subjectOf(v, support, 3);
    }
    return subjectOf(v, i, 3);
  }

  EventActor target(DocumentView v, Trigger t, EventActor source) {
    int i = t.token();
    String frame = t.entry().target();
    if (!frame.isEmpty()) {
      EventActor a = argument(v, i, frame, source);
      if (a != null) {
        return a;
      }
    }
    if (undergoneByPossessor(v, t)) {
      EventActor a = argument(v, i, "nmod:poss", source);
      if (a != null) {
        return a;
      }
    }
    if (t.entry().noun() && received(v, i)) {
      EventActor a = subjectOf(v, v.parse.governorOf(i), 3);
      if (a != null && !same(a, source)) {
        return a;
      }
    }
    if (!t.entry().prep().isEmpty()) {
      EventActor a = argument(v, i, "obl:" + t.entry().prep(), source);
      a = a != null ? a : argument(v, i, "nmod:" + t.entry().prep(), source);
      if (a != null) {
        return a;
      }
    }
    if (!t.entry().noun() && !t.entry().objects().isEmpty()) {
      // the object is part of the frame ("hold talks"): the target is elsewhere
    } else if (t.entry().noun() || v.tag(i) == PennTag.VBN) {
      EventActor a = argument(v, i, "nsubj:pass", source);
      if (a == null && passive(v, i)) {
        a = argument(v, i, "nsubj", source); // "have Waseem released"
        a = a != null ? a : argument(v, i, "nsubj:xsubj", source);
      }
      if (a != null) {
        return a;
      }
    }
    for (String rel : TARGET_RELATIONS) {
      if (rel.equals("obj") && !t.entry().objects().isEmpty()) {
        continue;
      }
      EventActor a = argument(v, i, rel, source);
      if (a != null) {
        return a;
      }
    }
    // "rejected an Indian proposal", "threatened action against Russia", "broke relations with X"
    int object = v.child(i, "obj");
    if (object >= 0) {
      for (Dependency d : v.parse.children(object)) {
        String r = d.relation();
        if (OBJECT_TARGET.contains(r)) {
          EventActor a = resolve(v, d.dependent());
          if (a != null && !same(a, source)) {
            return a;
          }
        }
      }
    }
    if (t.entry().noun()) {
      int support = supportVerb(v, i);
      if (support >= 0) {
        for (String rel : List.of("obl:with", "obl:to", "obl:against", "obl:on")) {
          EventActor a = argument(v, support, rel, source);
          if (a != null) {
            return a;
          }
        }
      }
      if (v.parse.relationOf(i).equals("obl:agent")) { // "targeted by attacks"
        return argument(v, v.parse.governorOf(i), "nsubj:pass", source);
      }
    }
    // "agreed to re-open its borders to UN peacekeepers": the complement verb's addressee
    int complement = v.child(i, "xcomp");
    if (complement >= 0) {
      for (String rel : List.of("iobj", "obl:to", "obl:with", "obl:against", "obl:on")) {
        EventActor a = argument(v, complement, rel, source);
        if (a != null) {
          return a;
        }
      }
    }
    // "threatened to stop talks if the United States goes ahead": whoever the condition is on
    EventActor conditioned = conditionSubject(v, i, source);
    if (conditioned != null) {
      return conditioned;
    }
    // "demanded that Israel ease ...": the content clause's subject (not for statements, whose
    // content is what they say, not whom they address)
    for (Dependency d : t.entry().speech() ? List.<Dependency>of() : v.parse.children(i)) {
      if ((d.relation().equals("ccomp") || d.relation().equals("acl")) && !v.token(d.dependent()).lemma().equals("say")) {
        EventActor a = argument(v, d.dependent(), "nsubj", source);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * True for a noun naming what is done to a person (arrest, kidnapping, killing, assassination)
   * with a possessor and no "of" phrase: "his arrest" is his being arrested, while in "Russia's
   * arrest of the crew" the possessor is the doer.
   */
  private static boolean undergoneByPossessor(DocumentView v, Trigger t) {
    return t.entry().noun() && EventCoder.PEOPLE_ONLY.contains(t.entry().code())
        && v.child(t.token(), "nmod:poss") >= 0 && v.child(t.token(), "nmod:of") < 0;
  }

  private EventActor argument(DocumentView v, int head, String relation, EventActor source) {
    for (Dependency d : v.parse.children(head)) {
      if (d.relation().equals("obl:on") && locality(v, d.dependent())) {
        continue; // "injured a man on Streatham High Road": where, not whom ("sanctions on Iran" is whom)
      }
      if (d.relation().equals(relation)) {
        EventActor a = resolve(v, d.dependent());
        if (a != null && !same(a, source)) {
          return a;
        }
      }
    }
    return null;
  }

  /** The subject of an if/unless clause within a few arcs of the trigger, or null. */
  private EventActor conditionSubject(DocumentView v, int trigger, EventActor source) {
    java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      for (Dependency d : v.parse.children(at[0])) {
        String r = d.relation();
        if (r.equals("advcl:if") || r.equals("advcl:unless")) {
          EventActor a = argument(v, d.dependent(), "nsubj", source);
          if (a != null) {
            return a;
          }
        } else if (at[1] < 3 && (r.equals("xcomp") || r.equals("obj") || r.equals("ccomp"))) {
          queue.add(new int[] {d.dependent(), at[1] + 1});
        }
      }
    }
    return null;
  }

  /** The subject of the clause headed by {@code verb}, climbing to governing clauses if needed. */
  EventActor subjectOf(DocumentView v, int verb, int climbs) {
    if (passive(v, verb)) {
      // "was convicted", "were killed": the doer is only ever the by-phrase
      int agent = v.child(verb, "obl:agent");
      return agent < 0 ? null : resolve(v, agent);
    }
    int at = verb;
    String pronoun = null; // the content clause's pronoun subject, once climbed through one
    boolean raised = false; // climbed from an xcomp into a passive: "were reported to have visited"
    for (int step = 0; step <= climbs && at >= 0; step++) {
      if (quotedConjunctOfSpeech(v, at)) {
        return null; // 'Trump said Bolton broke the law and "likes ... killing them"': the quote's doer is not the speaker
      }
      boolean activeForm = v.tag(at) != PennTag.VBN;
      boolean statedNonActor = false;
      for (Dependency d : v.parse.children(at)) {
        if (raised && d.relation().equals("obl:agent")) {
          continue; // "were reported by local media to have visited": the media reported, others visited
        }
        // "Putin was briefed, and flew ..., visiting": a shared passive subject is the doer of an active form
        if (Relations.DOERS.contains(d.relation()) || ((activeForm || raised) && d.relation().equals("nsubj:pass"))) {
          if (possessive(v, d.dependent())) {
            // "Tunisia's neighbouring countries ... have cited": the parse hung the owner as the
            // subject; the doer is the noun it owns, which the parse lost
            return null;
          }
          EventActor a = resolve(v, d.dependent());
          if (a != null) {
            return pronoun == null || agrees(v, pronoun, d.dependent()) ? a : null;
          }
          PennTag pos = v.tag(d.dependent());
          if (d.relation().equals("nsubj") && pos.isCommonNoun()
              && wordNet.someone(v.lemma(d.dependent())) && pronoun == null) {
            // "revolutionaries captured the embassy": a doer the actors layer did not code is still
            // the doer, named without a code, rather than no one
            return new EventActor(null, v.token(d.dependent()).text(), "", v.token(d.dependent()).span());
          }
          statedNonActor |= d.relation().equals("nsubj") && !pos.isPronoun() && !WH.contains(pos)
              && pos != PennTag.EX;
        }
      }
      if (statedNonActor) {
        // "the first charged X, and the second accused him": the clause names its own doer, who
        // is no actor; a governing clause's subject is not it (a controlled subject the parser
        // infers, nsubj:xsubj, is no stated doer: "sent personnel to investigate" is the sender's)
        return null;
      }
      String rel = v.parse.relationOf(at);
      int controller = rel.equals("xcomp") ? v.child(at, "nsubj:xsubj") : -1;
      int governor = v.parse.governorOf(at);
      if (controller >= 0 && governor >= 0 && controller == v.child(governor, "obj")
          && v.tag(controller).isPronoun()) {
        return null; // "advised her to kill": she would do it, and who she is the actors layer did not say
      }
      if (controller >= 0 && governor >= 0 && controller == v.child(governor, "obj")
          && !wordNet.notAnAgent(v.lemma(controller))) { // "cited concerns to impose bans": no controller
        // "instructed the agencies to investigate", "sent personnel to investigate": the object does
        // it, as the sender's or instructor's (it is no actor itself, or it would have resolved)
        EventActor boss = subjectOf(v, governor, Math.max(0, climbs - step - 1));
        return boss == null ? null : new EventActor(null, v.token(controller).text(), boss.code(),
            v.token(controller).span());
      }
      boolean content = rel.equals("ccomp") && pronounSubject(v, at);
      if (content) {
        int subject = v.child(at, "nsubj");
        pronoun = subject < 0 ? pronoun : v.token(subject).text().toLowerCase(java.util.Locale.ROOT);
      }
      if (!content && !CLIMB.contains(rel) && !rel.startsWith("advcl") && !rel.startsWith("conj")) {
        return null;
      }
      int gov = v.parse.governorOf(at);
      raised = rel.equals("xcomp") && gov >= 0 && passive(v, gov);
      if (rel.equals("acl") && gov >= 0 && !v.tag(gov).isVerb()) {
        // "X, vowing to help": a participle after a comma belongs to the clause, not to the noun
        if (!afterComma(v, at)) {
          EventActor noun = resolve(v, gov);
          if (noun != null) {
            return noun;
          }
          if (v.tag(gov).isCommonNoun()) {
            if (wordNet.someone(v.lemma(gov))) { // "a pro-government coalition fighting the Houthis"
              return new EventActor(null, v.token(gov).text(), "", v.token(gov).span());
            }
          }
        }
        gov = v.parse.governorOf(gov);
      }
      at = gov;
    }
    return null;
  }

  /**
   * Whether a content clause's pronoun can stand for the speaker: "Officials said it killed nine"
   * is not the officials killing ("it" is singular), "Syria says it will withdraw" is Syria, "the
   * minister said they would attack" is not the minister.
   */
  private static boolean agrees(DocumentView v, String pronoun, int speaker) {
    DocumentView.ActorAt at = v.actorAt(speaker);
    Actor.Type type = at == null ? null : at.actor().type();
    boolean person = type == Actor.Type.PERSON || type == Actor.Type.UNNAMED_PERSON;
    boolean plural = v.plural(speaker);
    switch (pronoun) {
      case "it":
        return !plural && !person;
      case "he":
      case "she":
        return person && !plural;
      case "they":
        return plural || !person;
      default:
        return true; // I, we: the speaker or a group including the speaker
    }
  }

  private static boolean pronounSubject(DocumentView v, int verb) {
    for (Dependency d : v.parse.children(verb)) {
      if (d.relation().startsWith("nsubj")) {
        return v.tag(d.dependent()) == PennTag.PRP && v.actorAt(d.dependent()) == null;
      }
    }
    return true;
  }

  /** A passive verb: a passive auxiliary or subject, or a bare past participle modifying a noun. */
  private static boolean passive(DocumentView v, int verb) {
    if (v.tag(verb) != PennTag.VBN) {
      return false;
    }
    if (v.child(verb, "aux:pass") >= 0 || v.child(verb, "nsubj:pass") >= 0) {
      return true;
    }
    int gov = v.parse.governorOf(verb);
    if (gov >= 0 && CAUSATIVE.contains(v.lemma(gov)) && (v.parse.relationOf(verb).equals("xcomp")
        || v.parse.relationOf(verb).equals("ccomp"))) {
      return true; // "tried to have Waseem released": Waseem is released, by someone unsaid
    }
    if (v.child(verb, "aux") >= 0) {
      return false; // "has killed": perfect, active
    }
    String rel = v.parse.relationOf(verb);
    if (rel.equals("acl") || rel.equals("amod")) {
      return true; // "forces killed in ...": a reduced relative
    }
    // "wept when convicted": a bare participle without a subject; "reported 150 security forces
    // killed", "with 95 civilians killed": a small clause, whose active verb would be VBD. A
    // clause before its speech verb or with "that" ("bulldozers demolished homes, officials
    // said") keeps its subject's act: there a VBN is more often the tagger's slip
    if (v.child(verb, "nsubj") < 0) {
      return !rel.startsWith("conj");
    }
    boolean smallClause = rel.equals("ccomp") && gov >= 0 && gov < verb && v.child(verb, "mark") < 0;
    return smallClause || rel.equals("xcomp") || rel.equals("dep") || rel.equals("advcl:with");
  }

  /** True when the token carries a possessive ending ("Tunisia's"): an owner, never a subject. */
  private static boolean possessive(DocumentView v, int token) {
    for (Dependency d : v.parse.children(token)) {
      if (d.relation().equals("case") && (v.token(d.dependent()).text().equals("'s")
          || v.token(d.dependent()).text().equals("'"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the parse makes a quoted clause a conjunct of the speech verb that introduces it
   * ('said Bolton broke the law and "likes dropping bombs"'): a quotation mark lies between the
   * two, so the clause is what was said, and the speaker's subject is not its subject.
   */
  private static boolean quotedConjunctOfSpeech(DocumentView v, int verb) {
    int gov = v.parse.governorOf(verb);
    if (gov < 0 || !v.parse.relationOf(verb).startsWith("conj") || !SPEECH_LIKE.contains(v.lemma(gov))) {
      return false;
    }
    for (int i = Math.min(gov, verb) + 1; i < Math.max(gov, verb); i++) {
      String text = v.token(i).text();
      if (text.equals("\"") || text.equals("``") || text.equals("''") || text.equals("\u201c") || text.equals("\u201d")) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterComma(DocumentView v, int token) {
    return token > 0 && v.token(token - 1).text().equals(",") && v.tag(token) == PennTag.VBG;
  }

  /** True when the noun is the object of a verb of receiving: its subject is the act's target. */
  private static boolean received(DocumentView v, int noun) {
    int gov = v.parse.governorOf(noun);
    return gov >= 0 && v.parse.relationOf(noun).equals("obj") && RECEIVING.contains(v.lemma(gov));
  }

  /** True when the noun is where a verb's act took place ("said in a meeting", "spoke at the summit"). */
  private static boolean setting(DocumentView v, int noun) {
    String rel = v.parse.relationOf(noun);
    int gov = v.parse.governorOf(noun);
    return gov >= 0 && v.tag(gov).isVerb() && (rel.equals("obl:in") || rel.equals("obl:at"));
  }

  /**
   * The verb that carries the noun's act ("held talks", "returned for talks"), or -1: a support verb
   * of which the noun is object or oblique, or any verb but a speech-like one of which it is the
   * object or an in/into/for/at oblique ("engaged in talks"). Other obliques only say what the
   * verb is about or when it happened ("tweeted about the riots", "spoke during the rally"). Verbs
   * of undergoing do not carry it: in "civilians died in the attack" the civilians are its victims.
   */
  private static int supportVerb(DocumentView v, int noun) {
    String rel = v.parse.relationOf(noun);
    int gov = v.parse.governorOf(noun);
    if (gov < 0 || !v.tag(gov).isVerb() || rel.equals("obl:agent")) {
      return -1;
    }
    String lemma = v.lemma(gov);
    if (rel.equals("obj") || rel.equals("nsubj:pass")) {
      return SUPPORT.contains(lemma) || !SPEECH_LIKE.contains(lemma) ? gov : -1;
    }
    if (rel.startsWith("obl") && SUPPORT.contains(lemma)) {
      return gov;
    }
    // "engaged in talks", "returned for talks", "joined at the rally": taking part; not "tweeted
    // about the riots", "spoke during the rally", "won with protests spreading"
    return PARTICIPATION.contains(rel) && !SPEECH_LIKE.contains(lemma) && !VICTIM.contains(lemma) ? gov : -1;
  }

  /** The actor a token stands for, or null. */
  EventActor resolve(DocumentView v, int token) {
    DocumentView.ActorAt at = v.actorAt(token);
    if (at != null) {
      return withCountry(v, at);
    }
    if (OTHER_PARTY.contains(v.lemma(token)) && v.tag(token).isCommonNoun()) {
      // "Tunisia's neighbouring countries including Algeria", "its European Community partners":
      // others than their owner, known only by their own name, "including" or apposition
      for (Dependency d : v.parse.children(token)) {
        String r = d.relation();
        if (r.equals("nmod:including") || r.equals("appos") || r.equals("compound") || r.equals("amod")) {
          DocumentView.ActorAt named = v.actorAt(d.dependent());
          String code = named != null || locality(v, d.dependent()) ? null : country(v, d.dependent());
          if (named != null) {
            return withCountry(v, named);
          } else if (code != null) {
            return new EventActor(null, v.token(token).text(), code, span(v, token, d.dependent()));
          }
        }
      }
      return null;
    }
    if (v.tag(token).isCommonNoun()
        && wordNet.notAnAgent(v.lemma(token))) {
      return actOf(v, token);
    }
    // the noun's own name ("bin Laden's al-Qaeda network") before its owner, its owner before
    // what it is of
    for (int pass = 0; pass < 2; pass++) {
      for (Dependency d : v.parse.children(token)) {
        String r = d.relation();
        boolean named = r.equals("compound") || r.equals("appos") || r.equals("amod");
        boolean other = MODIFIER.contains(r) || r.startsWith("nmod:");
        if (pass == 0 ? !named : named || !other) {
          continue;
        }
        DocumentView.ActorAt m = v.actorAt(d.dependent());
        if (m != null && !r.equals("nmod:from")) {
          EventActor a = withCountry(v, m);
          if (v.tag(token).isCommonNoun()
              && wordNet.someone(v.lemma(token))) {
            // "his associates", "an advisor for Trump": someone of theirs, coded as theirs, not them
            return new EventActor(null, v.token(token).text(), a.code(), span(v, token, d.dependent()));
          }
          return new EventActor(a.actorId(), a.name(), a.code(), span(v, token, d.dependent()));
        }
      }
    }
    for (Dependency d : v.parse.children(token)) {
      if (MODIFIER.contains(d.relation()) && !locality(v, d.dependent())) { // not "Streatham High Road"
        String code = country(v, d.dependent());
        if (code != null) {
          return new EventActor(null, v.token(token).text(), code, span(v, token, d.dependent()));
        }
      }
    }
    PennTag pos = v.tag(token);
    String own = pos.isProperNoun() || pos == PennTag.JJ ? country(v, token) : null;
    return own == null ? null : new EventActor(null, v.token(token).text(), own, v.token(token).span());
  }

  /** True when the token names a town, province or spot rather than a country or region. */
  private static boolean locality(DocumentView v, int token) {
    Place p = v.placeAt(token);
    return p != null && p.precision() != PlacePrecision.COUNTRY && p.precision() != PlacePrecision.REGION;
  }

  /**
   * Whose act a noun naming an act, message or idea is: the state, group or person owning it
   * ("Israeli changes", "Haiti's efforts", "US Predator attacks"), never a town, province or spot
   * it happened at ("a Kabul car bombing", "Samarra roadside bombing"): those say where, not who.
   * Null when no owner is named.
   */
  private EventActor actOf(DocumentView v, int token) {
    for (Dependency d : v.parse.children(token)) {
      String r = d.relation();
      int m = d.dependent();
      if (locality(v, m) || !(r.equals("nmod:poss") || r.equals("amod") || r.equals("compound"))) {
        continue;
      }
      DocumentView.ActorAt at = v.actorAt(m);
      if (at != null) {
        EventActor a = withCountry(v, at);
        return new EventActor(a.actorId(), a.name(), a.code(), span(v, token, m));
      }
      String code = country(v, m);
      if (code != null) {
        return new EventActor(null, v.token(token).text(), code, span(v, token, m));
      }
    }
    return null;
  }

  /** ISO alpha-3 code of a country place or nationality adjective at the token, or null. */
  private String country(DocumentView v, int token) {
    Place p = v.placeAt(token);
    if (p != null && p.country() != null) { // a place acted on stands for its country
      return p.country();
    }
    return countries.ofDemonym(v.token(token).text());
  }

  /**
   * The actor at its mention; when the actors layer found no country for it, a nationality or
   * country word inside this very mention ("British Defence Secretary") gives the event's code.
   */
  private EventActor withCountry(DocumentView v, DocumentView.ActorAt at) {
    EventActor a = of(at.actor(), at.mention().span());
    if (!at.actor().countries().isEmpty()) {
      return a;
    }
    for (int t = at.mention().tokens().first(); t < at.mention().tokens().end(); t++) {
      PennTag pos = v.tag(t);
      String c = pos.isProperNoun() || pos == PennTag.JJ ? country(v, t) : null;
      if (c != null) {
        return new EventActor(a.actorId(), a.name(), c + a.code(), a.span());
      }
    }
    return a;
  }

  static EventActor of(Actor a, TextSpan span) {
    String country = a.countries().isEmpty() ? "" : a.countries().get(0);
    String role = a.roles().isEmpty() ? "" : a.roles().get(0);
    return new EventActor(a.id(), a.name(), country + role, span);
  }

  private static TextSpan span(DocumentView v, int a, int b) {
    TextSpan x = v.token(a).span();
    TextSpan y = v.token(b).span();
    return new TextSpan(Math.min(x.begin(), y.begin()), Math.max(x.end(), y.end()));
  }

  static boolean same(EventActor a, EventActor b) {
    if (a == null || b == null) {
      return false;
    }
    return a.actorId() != null ? a.actorId().equals(b.actorId()) : a.span().equals(b.span());
  }
}

package org.tidings.pipeline.events;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.CameoCode;
import org.tidings.model.Dependency;
import org.tidings.model.EventActor;
import org.tidings.model.Sentence;

/**
 * The rules of the rule event coder, in the order it applies them ({@link #IN_ORDER}, the order of
 * the constants). The first three choose the code from the clause's modality; then come the
 * rejections that need no parties, the rules on the parties the {@link ArgumentReader} read, the
 * parties' countries and implied targets, and last the rejections of events with no one to act
 * on. Each constant's Javadoc says what it rejects or changes and why, with the kind of sentence it
 * was written for.
 *
 * <p>Stateless and thread-safe.
 */
enum DraftRules implements DraftRule {
  /**
   * Codes as a demand (CAMEO 100) a statement that someone must act ("Russia said Sudan must
   * return the helicopter") and a coercion verb naming what the target is pressed to do ("would
   * pressure the U.S. government to provide protections"): a demand, no repression.
   */
  DEMAND {
    @Override
    public boolean apply(EventDraft d) {
      if (d.demanded != null || SenseChecks.pressureToAct(d.v, d.t)) {
        d.code = EventCoder.DEMAND;
        d.demand = true;
      }
      return true;
    }
  },
  /**
   * Codes a refused act ("refused to meet") as the lexicon's refusal of its root (CAMEO 12x), when
   * it has one. Not for demands.
   */
  REFUSAL {
    @Override
    public boolean apply(EventDraft d) {
      if (!d.demand && d.reading.refused()) {
        String refusal = d.tools.resources().lexicon().refusalCode(d.root());
        d.code = refusal == null ? d.code : CameoCode.of(refusal);
      }
      return true;
    }
  },
  /**
   * Codes an intended act ("vowed to help") as the lexicon's intention of its root (CAMEO 03x), and
   * an act intended on a condition ("will withdraw its force unless ...") as a threat (CAMEO 13x,
   * see {@link #threatCode}). Not for demands or refusals.
   */
  INTENTION {
    @Override
    public boolean apply(EventDraft d) {
      if (!d.demand && !d.reading.refused() && d.reading.intended()) {
        CameoCode threat = conditional(d.v, d.token()) ? threatCode(d.code) : null;
        String intent = d.tools.resources().lexicon().intentCode(d.root());
        d.code = threat != null ? threat : intent == null ? d.code : CameoCode.of(intent);
      }
      return true;
    }
  },
  /**
   * Rejects a noun of an act only people undergo (arrest, killing ...) with no one it was done to:
   * no "of" or possessive and not an object ("a cardiac arrest", "the killing sparked protests").
   */
  NOMINAL_ACT_ON_NO_ONE {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.noun() && EventCoder.PEOPLE_ONLY.contains(d.code) && d.v.child(d.token(), "nmod:of") < 0
          && d.v.child(d.token(), "nmod:poss") < 0 && !d.v.parse.relationOf(d.token()).equals("obj"));
    }
  },
  /**
   * Rejects a bare verb of promising (vow, pledge, promise, swear) with a complement: the complement
   * is what is promised, and it is no coded event ("vowed to keep fighting in court").
   */
  PROMISE_OF_NO_EVENT {
    @Override
    public boolean apply(EventDraft d) {
      return !(!d.noun() && d.t.entry().objects().isEmpty() && PROMISES.contains(d.v.lemma(d.token()))
          && d.v.child(d.token(), "xcomp") >= 0);
    }
  },
  /**
   * Rejects a verb of agreeing or endorsing that states a view rather than an act ("a judge agreed
   * the book may have ...", "authorities recommended residents avoid ..."); see {@link #opinion}.
   */
  OPINION {
    @Override
    public boolean apply(EventDraft d) {
      return d.noun() || !opinion(d.v, d.t);
    }
  },
  /**
   * Rejects a verb of force used of a cause: fighting for someone or something with no one fought
   * ("fighting for Martin Luther King", "battled for civil rights").
   */
  CAUSE {
    @Override
    public boolean apply(EventDraft d) {
      String root = d.root(); // assault, fight
      return d.noun() || !((root.equals("18") || root.equals("19")) && d.v.child(d.token(), "obj") < 0
          && d.v.child(d.token(), "obl:for") >= 0 && d.v.child(d.token(), "obl:against") < 0);
    }
  },
  /**
   * Codes as mediation (CAMEO 045) a nominal agreement that is the object of a verb of brokering
   * ("Russia brokered a cease-fire agreement"): the doer made no agreement of its own.
   */
  BROKERED {
    @Override
    public boolean apply(EventDraft d) {
      d.code = SenseChecks.brokered(d.v, d.t) ? SenseChecks.MEDIATE : d.code;
      return true;
    }
  },
  /**
   * Rejects an act that is only what a law or proposal would allow ("a bill that would have allowed
   * China to extradite people"): nothing was done.
   */
  UNREALISED_BY_LAW {
    @Override
    public boolean apply(EventDraft d) {
      return !SenseChecks.unrealisedByLaw(d.v, d.token());
    }
  },
  /** Rejects an act someone stops or refrains from doing ("the rebels stopped attacking"). */
  CEASED {
    @Override
    public boolean apply(EventDraft d) {
      return !SenseChecks.ceased(d.v, d.token());
    }
  },
  /**
   * Rejects a verb whose doer is a natural cause ("SARS-CoV-2 has killed 1,000 people", "an
   * earthquake struck, injuring 25"): no actor did it. Statements are not asked.
   */
  NATURAL_DOER {
    @Override
    public boolean apply(EventDraft d) {
      return d.noun() || d.t.entry().speech() || !d.tools.sense().naturalDoer(d.v, d.token());
    }
  },
  /**
   * Rejects a verb whose subject is a text or an idea, not an actor ("the constitution prohibits
   * ...", "the report demands ..."): it states what a text says.
   */
  THING_DOER {
    @Override
    public boolean apply(EventDraft d) {
      return !d.tools.arguments().thingDoer(d.v, d.t);
    }
  },
  /**
   * Rejects a participle of promising that says to whom a noun is bound ("delegates pledged to
   * Sanders"): no pledge anyone made.
   */
  BOUND_COUNT {
    @Override
    public boolean apply(EventDraft d) {
      return !ArgumentChecks.boundCount(d.v, d.t);
    }
  },
  /**
   * Drops from a party the country the actors layer only guessed from the article, when the
   * sentence speaks of other countries and not of that one ("the Armenian-backed Republic of
   * Artsakh ... borders of Azerbaijan" in a story naming the USA most); its role is kept.
   */
  GUESSED_COUNTRY {
    @Override
    public boolean apply(EventDraft d) {
      EventActor source = d.source;
      EventActor target = d.target;
      d.source = SenseChecks.withoutGuessedCountry(d.v, source, target, d.token());
      d.target = SenseChecks.withoutGuessedCountry(d.v, target, source, d.token());
      return true;
    }
  },
  /**
   * Rejects an act done for someone whose object is money or goods, no party ("China invested nine
   * billion US dollars"): spending is no act towards a party.
   */
  MONEY_OBJECT {
    @Override
    public boolean apply(EventDraft d) {
      return !d.tools.arguments().moneyObject(d.v, d.t, d.code, d.target);
    }
  },
  /**
   * Rejects a single talk, lecture or presentation given, coded as negotiation, when no party to it
   * is an organisation or office ("went to Munich for the TEDx talk").
   */
  LECTURE {
    @Override
    public boolean apply(EventDraft d) {
      return !ArgumentChecks.lecture(d.v, d.t, d.code, d.source, d.target);
    }
  },
  /**
   * Makes the source the target of a participle of an act only people undergo that directly follows
   * it as a reduced relative clause ("U.S. soldiers killed during the battle"): the soldiers are the
   * victims, not the doers.
   */
  REDUCED_RELATIVE {
    @Override
    public boolean apply(EventDraft d) {
      if (SenseChecks.reducedRelative(d.v, d.token(), d.source, d.code)) {
        d.target = d.target == null ? d.source : d.target;
        d.source = null;
      }
      return true;
    }
  },
  /**
   * Codes as criticism (CAMEO 111) a force verb used of words ("Biden attacked Trump for the
   * comment"): words, not force.
   */
  VERBAL_ATTACK {
    @Override
    public boolean apply(EventDraft d) {
      if (d.tools.sense().verbalAttack(d.v, d.t, d.code, d.source, d.target)) {
        d.code = SenseChecks.CRITICIZE;
      }
      return true;
    }
  },
  /**
   * Makes the subject of a demanding statement's content the target of the demand ("Russia said
   * Sudan must return ...": the demand is made of Sudan), when it is a party.
   */
  DEMAND_ADDRESSEE {
    @Override
    public boolean apply(EventDraft d) {
      if (d.demanded != null) {
        EventActor addressee = d.tools.args().subjectOf(d.v, d.demanded, 0);
        d.target = addressee != null ? addressee : d.target;
      }
      return true;
    }
  },
  /**
   * Rejects a verb of intention (CAMEO 03) with a complement and no target ("agreed to answer some
   * questions"): an intention to do what is no coded act, towards no one.
   */
  INTENTION_TOWARDS_NO_ONE {
    @Override
    public boolean apply(EventDraft d) {
      return !(CameoCode.of(d.t.entry().code()).isUnder(EventCoder.ROOT_INTEND) && !d.noun() && d.target == null
          && d.v.child(d.token(), "xcomp") >= 0);
    }
  },
  /** Rejects a statement with no speaker: a statement is someone's. */
  STATEMENT_WITHOUT_SPEAKER {
    @Override
    public boolean apply(EventDraft d) {
      return !d.t.entry().speech() || d.source != null;
    }
  },
  /**
   * Gives a statement with no target the first state its content clause names, other than the
   * speaker, as its target: what the statement is about.
   */
  STATEMENT_TOPIC {
    @Override
    public boolean apply(EventDraft d) {
      if (d.t.entry().speech() && d.target == null) {
        d.target = contentTopic(d.v, d.token(), d.source);
      }
      return true;
    }
  },
  /** Rejects an act (not a statement) with neither a source nor a target. */
  NO_PARTY {
    @Override
    public boolean apply(EventDraft d) {
      return d.t.entry().speech() || d.source != null || d.target != null;
    }
  },
  /**
   * Rejects a verb with no target whose expected target is a common noun that is no actor and no
   * place, when it is an act done for someone, an act only people undergo or a WordNet synonym's
   * match ("to help the country's economy", "captured their arrival", "ignores the law").
   */
  THING_TARGET {
    @Override
    public boolean apply(EventDraft d) {
      return !(!d.noun() && d.target == null && thingTarget(d.v, d.t, d.tools.args())
          && (EventCoder.COOPERATIVE.contains(d.code.root()) || EventCoder.PEOPLE_ONLY.contains(d.code) || d.t.viaWordNet()));
    }
  },
  /**
   * Rejects a verb of an act done for someone (CAMEO 03-08) with no doer ("was met with applause",
   * "visiting the wounded"): a favour by no one.
   */
  FAVOUR_BY_NO_ONE {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.source == null && !d.noun()
          && (EventCoder.COOPERATIVE.contains(d.code.root()) || d.code.isUnder(EventCoder.ROOT_INTEND)));
    }
  },
  /**
   * Rejects a consultation (CAMEO 04) with no target unless several parties consult each other
   * ("With Wikinews, Mohr discussed his role"): one meets, visits or consults someone.
   */
  CONSULT_ALONE {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.code.isUnder(EventCoder.ROOT_CONSULT) && d.target == null && !reciprocal(d.v, d.t, d.source));
    }
  },
  /**
   * Gives role-only parties a country: from their own phrase, else from the event's context (the
   * other party, a place of the act, the article's focus); a party whose country was only guessed
   * from the article, in a sentence about other countries, takes only a place of its own phrase.
   * Sets {@link EventDraft#context}.
   */
  PARTY_COUNTRIES {
    @Override
    public boolean apply(EventDraft d) {
      DocumentView v = d.v;
      d.context = ActorCountries.context(v, d.token(), d.source, d.target);
      boolean sourceGuess = SenseChecks.unsupportedGuess(v, v.actor(d.source == null ? null : d.source.actorId()),
          d.target, d.token());
      boolean targetGuess = SenseChecks.unsupportedGuess(v, v.actor(d.target == null ? null : d.target.actorId()),
          d.source, d.token());
      d.source = ActorCountries.withCountry(d.source, ActorCountries.ownPlace(v, d.source, sourceGuess ? null : d.context));
      d.target = ActorCountries.withCountry(d.target, ActorCountries.ownPlace(v, d.target, targetGuess ? null : d.context));
      return true;
    }
  },
  /**
   * Rejects a WordNet synonym's match with no one acted on ("switched to organic products", "the
   * law forbids ...", "Waseem confessed to acting alone"), unless it is a group's or a state's
   * yielding (CAMEO 08), which may take the country it acts in as its target ("rebels
   * surrendered").
   */
  SYNONYM_WITHOUT_OBJECT {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.t.viaWordNet() && d.target == null && (person(d.v, d.source) || !d.code.isUnder(EventCoder.ROOT_YIELD)));
    }
  },
  /**
   * Gives an act (not a statement) with no target the party the sentence names in an argument
   * position ("threatened Senator Rand Paul", "criticized Democrats"), never the implied home
   * country instead of them; rejects the act when that party cannot be read.
   */
  NAMED_TARGET {
    @Override
    public boolean apply(EventDraft d) {
      if (d.target != null || d.t.entry().speech()) {
        return true;
      }
      int named = d.tools.arguments().namedArgument(d.v, d.t, d.source);
      if (named < 0) {
        return true;
      }
      EventActor target = d.tools.args().resolve(d.v, named);
      if (target == null) {
        return false;
      }
      d.target = ActorCountries.withCountry(target, ActorCountries.ownPlace(d.v, target, d.context));
      return true;
    }
  },
  /**
   * Gives an act (not a statement) with still no target the country it is implied to be directed
   * at, as PLOVER and PETRARCH code domestic events ("Algerians blocked roads" is DZA -> DZA; see
   * {@link ActorCountries#implicitTarget}); not a place that is only the venue of a cooperative or
   * verbal act ("attended a summit in Rome").
   */
  IMPLIED_TARGET {
    @Override
    public boolean apply(EventDraft d) {
      if (d.target != null || d.t.entry().speech()) {
        return true;
      }
      EventActor implied = d.tools.countries().implicitTarget(d.v, d.token(), d.source);
      boolean venue = implied != null && implied.actorId() == null
          && ArgumentChecks.venue(d.v, d.token(), d.code, implied.span());
      d.target = venue ? null : implied;
      return true;
    }
  },
  /** Rejects a WordNet synonym's match still with no one acted on ("he resisted", "withstood the process"). */
  SYNONYM_WITHOUT_TARGET {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.t.viaWordNet() && d.target == null);
    }
  },
  /**
   * Rejects an act (not a statement) none of whose parties has a country or a role code ("Baloch
   * returned the boy to her husband", "Woolworths ordered extra stock"): such events are private
   * acts more often than not, and event data (like PETRARCH, which codes none without actor codes)
   * has no use for them. Statements are kept: they carry the report of what they contain.
   */
  UNCODED_PARTIES {
    @Override
    public boolean apply(EventDraft d) {
      return d.t.entry().speech() || coded(d.source) || coded(d.target);
    }
  },
  /**
   * Rejects a verb of demanding (CAMEO 10) whose object is a common noun naming goods ("ordered
   * extra stock", "asked for more packages"): buying, not demanding.
   */
  GOODS_DEMAND {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.code.isUnder(EventCoder.ROOT_DEMAND) && !d.noun() && goodsObject(d.v, d.token(), d.tools));
    }
  },
  /** Rejects aid (CAMEO 07) to no one stated or implied ("the elder provided a prayer"). */
  AID_TO_NO_ONE {
    @Override
    public boolean apply(EventDraft d) {
      return !(d.code.isUnder(EventCoder.ROOT_AID) && d.target == null);
    }
  };

  /** Every rule, in the order the coder applies them. */
  static final List<DraftRule> IN_ORDER = List.of(values());

  /**
   * Verbs of promising whose bare frame stands for what is promised: with a complement that is no
   * event they say nothing codable. (Agreeing and threatening are acts of their own.)
   */
  private static final Set<String> PROMISES = Set.of("vow", "pledge", "promise", "swear");

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True when the party is a person, named or not. */
  private static boolean person(DocumentView v, EventActor a) {
    Actor actor = a == null || a.actorId() == null ? null : v.actor(a.actorId());
    return actor != null && (actor.type() == Actor.Type.PERSON || actor.type() == Actor.Type.UNNAMED_PERSON);
  }

  /** True when the party is stated or implied with a country or a role code. */
  private static boolean coded(EventActor a) {
    return a != null && a.code() != null && !a.code().isEmpty();
  }

  /**
   * True when a verb of agreeing or endorsing states a view rather than an act: its complement is
   * a content clause ("a judge agreed the book may have contained ...", "recommended residents
   * avoid gatherings"), unless several parties agree on it, or a lone doer agrees with nothing
   * stated ("Hataman agreed, saying ...").
   * Agreeing to act ("agreed to meet"), on something ("agreed on a ceasefire") or with someone, and
   * parties agreeing among themselves ("the two sides agreed"), stay acts.
   */
  private static boolean opinion(DocumentView v, Trigger t) {
    String root = t.entry().code().substring(0, 2); // the verb's own code: "vowing to help X maintain" stays
    if (!root.equals("03") && !root.equals("05") || v.child(t.token(), "xcomp") >= 0) {
      return false;
    }
    boolean agree = v.lemma(t.token()).equals("agree");
    if (v.child(t.token(), "ccomp") >= 0 && v.child(t.token(), "obj") < 0) {
      // "Hungarian and Romanian officials agreed that their countries should cooperate": parties
      // agreeing among themselves on what is to be done is an agreement
      return !(agree && plural(v, t.token()));
    }
    boolean bare = t.entry().objects().isEmpty() && t.entry().prep().isEmpty();
    for (Dependency d : v.parse.children(t.token())) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.startsWith("nsubj:pass")) {
        bare = false;
      }
    }
    return bare && agree && !plural(v, t.token());
  }

  /** True when the clause's subject is plural or coordinated ("the two sides agreed"). */
  private static boolean plural(DocumentView v, int verb) {
    int subject = v.child(verb, "nsubj");
    return subject >= 0 && (v.plural(subject) || v.child(subject, "conj:and") >= 0);
  }

  /** True when the verb's object is a common noun naming goods ("stock", "packages"), not an actor. */
  private static boolean goodsObject(DocumentView v, int verb, EventDraft.Tools tools) {
    int object = v.child(verb, "obj");
    return object >= 0 && v.tag(object).isCommonNoun()
        && v.actorAt(object) == null && tools.resources().wordNet().goods(v.lemma(object));
  }

  /** True when the act has an if/unless clause: it is promised or threatened on a condition. */
  private static boolean conditional(DocumentView v, int trigger) {
    return v.child(trigger, "advcl:if") >= 0 || v.child(trigger, "advcl:unless") >= 0;
  }

  /**
   * What an act intended on a condition is coded as (CAMEO 13 "threaten"): force (15, 17-20) is
   * 138, sanctions and cuts (16) 131, protest (14) 133, a withdrawal or other yielding (08) 130.
   * Null for the rest: a conditional offer of help or talks is a promise, and demands, accusations,
   * rejections and threats keep their own codes.
   */
  static CameoCode threatCode(CameoCode code) {
    String threat = switch (code.root().value()) {
      case "08" -> "130";
      case "14" -> "133";
      case "16" -> "131";
      case "15", "17", "18", "19", "20" -> "138";
      default -> null;
    };
    return threat == null ? null : CameoCode.of(threat);
  }

  /**
   * True when the doer is several parties who consult each other ("the two leaders met",
   * "Hungary and Romania held talks"): a collective actor, a plural subject or a coordinated one.
   */
  private static boolean reciprocal(DocumentView v, Trigger t, EventActor source) {
    if (source == null) {
      return false;
    }
    Actor actor = source.actorId() == null ? null : v.actor(source.actorId());
    if (actor != null && actor.type() == Actor.Type.UNNAMED_COLLECTIVE) {
      return true;
    }
    int verb = t.entry().noun() ? v.parse.governorOf(t.token()) : t.token();
    return verb >= 0 && plural(v, verb);
  }

  /**
   * True when the place the frame expects its target holds a common noun that is no actor and no
   * place: the verb is used of a thing ("help the economy", "assist in work", "visit the site").
   * Asked only when no actor target was found: "hosted Hashimoto in this Siberian city" and
   * "praised Haiti's efforts" are acts towards someone.
   */
  private static boolean thingTarget(DocumentView v, Trigger t, ArgumentReader args) {
    String relation = t.entry().target().isEmpty() ? "obj" : t.entry().target();
    if (relation.equals("obj") && !t.entry().objects().isEmpty()) {
      return false; // the object is the frame's own ("pledged funds", "released prisoners"), not its target
    }
    for (Dependency d : v.parse.children(t.token())) {
      String r = d.relation();
      boolean expected = r.equals(relation)
          || (relation.equals("obj") && r.startsWith("obl:in")
              && EventCoder.COOPERATIVE.contains(CameoCode.of(t.entry().code()).root()));
      int x = d.dependent();
      if (expected && v.tag(x).isCommonNoun()
          && args.resolve(v, x) == null && v.placeAt(x) == null) {
        return true;
      }
    }
    return false;
  }

  /** What a statement is about: the first state actor named in its content clause, or null. */
  private static EventActor contentTopic(DocumentView v, int speechVerb, EventActor speaker) {
    for (Dependency d : v.parse.children(speechVerb)) {
      if (!d.relation().equals("ccomp") && !d.relation().equals("parataxis")) {
        continue;
      }
      Sentence s = v.doc.sentences().get(v.token(speechVerb).sentence());
      BitSet content = WhenWhere.predicate(v, d.dependent());
      for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
        DocumentView.ActorAt a = v.actorAt(i);
        if (a != null && s.tokens().contains(i) && a.actor().type() == Actor.Type.STATE
            && !a.actor().id().equals(speaker.actorId())) {
          return ArgumentReader.of(a.actor(), a.mention().span());
        }
      }
    }
    return null;
  }
}

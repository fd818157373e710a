package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tidings.model.Actor;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.Stage;

/**
 * Codes the events of an article: who did what to whom, where and when, and whether it happened.
 *
 * <ol>
 *   <li>Triggers ({@link TriggerFinder}): verbs and nouns with a lexicon frame, or a WordNet
 *       synonym of one, in body sentences that have a parse. Captions, residue and titles are not
 *       read.
 *   <li>Nesting: a nominal trigger that is an argument of a coded verb belongs to it ("invite ...
 *       for talks"); a coded verb under another coded verb's xcomp belongs to the outer one
 *       ("refused to meet"), except under intention words ("agreed to meet", "vowed to help"),
 *       where the inner act is kept and coded as the intention of it (CAMEO 03x, 13x).
 *   <li>Arguments ({@link ArgumentReader}) from the syntax and the actors layer.
 *   <li>Modality ({@link ModalityReader}). A speech verb with a subject is itself an event (CAMEO
 *       01x); events in its content clause get it as parent and its source as reporter.
 *   <li>Date and place ({@link WhenWhere}); quote link through {@link QuoteLookup}.
 * </ol>
 *
 * <p>Cost: linear in tokens, with bounded walks (a few arcs) per trigger. Thread-safe: no
 * per-document state is kept between calls.
 */
public final class EventCoder implements Stage {
  /** Version of the coding rules; the lexicon's digest is appended. */
  public static final String RULES_VERSION = "tidings-events-1";
  /** CAMEO "demand, not specified below": what a statement that someone must act codes as. */
  static final String DEMAND = "100";
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  /** Roots of acts done for someone (consult, support, cooperate, aid, yield): they need a someone. */
  private static final Set<String> COOPERATIVE = Set.of("04", "05", "06", "07", "08");
  /** Codes only people undergo (arrest, deport, abduct, torture, kill, assassinate), not things. */
  static final Set<String> PEOPLE_ONLY = Set.of("173", "174", "181", "1822", "1823", "186");
  /**
   * Verbs of promising whose bare frame stands for what is promised: with a complement that is no
   * event they say nothing codable. (Agreeing and threatening are acts of their own.)
   */
  private static final Set<String> PROMISES = Set.of("vow", "pledge", "promise", "swear");
  /** Name prefix of a target the text does not state (see {@link ActorCountries#implicitTarget}). */
  public static final String IMPLIED = "implied:";

  private final EventResources resources;
  private final QuoteLookup quotes;
  private final EventsConfig config;

  public EventCoder(EventResources resources) {
    this(resources, QuoteLookup.NONE);
  }

  public EventCoder(EventResources resources, QuoteLookup quotes) {
    this(resources, quotes, EventsConfig.DEFAULT);
  }

  /**
   * @param config whose confidence the events carry and which are kept (see {@link EventsConfig})
   */
  public EventCoder(EventResources resources, QuoteLookup quotes, EventsConfig config) {
    this.resources = resources;
    this.quotes = quotes;
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    Set<Layer<?>> needed = new java.util.HashSet<>(
        Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TIMES, Layers.ACTORS, Layers.PLACES));
    needed.addAll(quotes.requires());
    return Set.copyOf(needed);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.EVENTS);
  }

  /** The coder version written into every event: rules, lexicon digest, WordNet edition. */
  public String version() {
    return RULES_VERSION + "+" + resources.lexicon().version() + "+wn31";
  }

  @Override
  public Document process(Document doc) {
    CameoLexicon lexicon = resources.lexicon();
    DocumentView v = new DocumentView(doc);
    TriggerFinder finder = new TriggerFinder(lexicon, resources.wordNet());
    TreeMap<Integer, Trigger> triggers = new TreeMap<>();
    for (Sentence s : doc.sentences()) {
      if (s.segment() != SegmentKind.BODY || s.dependencies().isEmpty()) {
        continue;
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        Trigger t = finder.at(v, i);
        if (t != null) {
          triggers.put(i, t);
        }
      }
    }
    absorbNested(v, triggers);
    Map<Integer, Integer> demands = demands(v, triggers);
    return doc.with(Layers.EVENTS, code(v, triggers, demands));
  }

  /**
   * Statements that are demands: "Russia said Sudan must return the helicopter" is CAMEO 10
   * (demand) by the speaker of the content's subject, not a return. Maps each such speech trigger to
   * its content clause's head, and drops the triggers inside that clause.
   */
  private static Map<Integer, Integer> demands(DocumentView v, TreeMap<Integer, Trigger> triggers) {
    Map<Integer, Integer> out = new HashMap<>();
    for (Trigger t : List.copyOf(triggers.values())) {
      if (!t.entry().speech() || !triggers.containsKey(t.token())) {
        continue;
      }
      for (Dependency d : v.parse.children(t.token())) {
        if (d.relation().equals("ccomp") && hasAux(v, d.dependent(), OBLIGATION)) {
          out.put(t.token(), d.dependent());
          BitSet content = WhenWhere.phrase(v, d.dependent());
          content.stream().forEach(triggers::remove);
          break;
        }
      }
    }
    return out;
  }

  private static boolean hasAux(DocumentView v, int head, Set<String> lemmas) {
    for (Dependency d : v.parse.children(head)) {
      if (d.relation().equals("aux") && lemmas.contains(v.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private void absorbNested(DocumentView v, TreeMap<Integer, Trigger> triggers) {
    List<Integer> drop = new ArrayList<>();
    for (Trigger t : triggers.values()) {
      int gov = v.parse.governorOf(t.token());
      Trigger outer = gov < 0 ? null : triggers.get(gov);
      if (outer == null || outer.entry().speech()) {
        continue;
      }
      String rel = v.parse.relationOf(t.token());
      if (t.entry().noun() && !outer.entry().noun()
          && (rel.equals("obj") || rel.equals("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        // "held talks", "US attacks killed eight": the verb carries the noun's act
        drop.add(t.token());
      } else if (!t.entry().noun() && rel.equals("xcomp")) {
        String outerLemma = v.lemma(gov);
        boolean keepInner = ModalityReader.INTENT.contains(outerLemma) || ModalityReader.REFUSAL.contains(outerLemma);
        drop.add(keepInner ? gov : t.token());
      }
    }
    drop.forEach(triggers::remove);
  }

  private List<Event> code(DocumentView v, TreeMap<Integer, Trigger> triggers, Map<Integer, Integer> demands) {
    CameoOntology ontology = resources.ontology();
    ArgumentReader args = new ArgumentReader(resources.countries(), resources.wordNet());
    SenseChecks review = new SenseChecks(resources.wordNet());
    ArgumentChecks kinds = new ArgumentChecks(resources.wordNet());
    ModalityReader modality = new ModalityReader(resources.lexicon());
    WhenWhere whenWhere = new WhenWhere(resources.countries());
    String version = version();
    Map<Integer, String> ids = new HashMap<>();
    Map<Integer, Draft> drafts = new TreeMap<>();
    for (Trigger t : triggers.values()) {
      Draft d = draft(v, t, args, review, kinds, modality, demands.get(t.token()));
      if (d != null) {
        ids.put(t.token(), "E" + (ids.size() + 1));
        drafts.put(t.token(), d);
      }
    }
    Map<Integer, EventDate> dates = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (Draft d : drafts.values()) { // text order: a statement precedes or follows its content
      dates.put(d.trigger.token(), whenWhere.ownDate(v, d.phrase));
    }
    for (Draft d : drafts.values()) {
      int token = d.trigger.token();
      CameoCode c = ontology.require(d.code);
      Draft parent = d.reading.speechVerb() >= 0 ? drafts.get(d.reading.speechVerb()) : null;
      String reportedBy = null;
      if (d.reading.speechVerb() >= 0) {
        EventActor reporter = parent != null ? parent.source : args.subjectOf(v, d.reading.speechVerb(), 2);
        reportedBy = reporter == null ? null : reporter.actorId();
      }
      EventDate date = dates.get(token);
      if (date == null && d.reading.speechVerb() >= 0) {
        EventDate cue = dates.get(d.reading.speechVerb());
        if (cue == null) {
          cue = whenWhere.ownDate(v, WhenWhere.phrase(v, d.reading.speechVerb()));
        }
        date = cue == null ? null : new EventDate(cue.interval(), cue.span(), EventDate.Source.CUE);
      }
      date = date == null ? WhenWhere.articleDate(v.doc.article()) : date;
      EventPlace place = whenWhere.place(v, token, c.root(), d.source, d.target);
      Token tt = v.token(token);
      TextSpan sentence = v.doc.sentences().get(tt.sentence()).span();
      events.add(new Event(ids.get(token), c.code(), c.root(), c.quadClass(), c.goldstein(), c.ploverType(),
          c.ploverMode().isEmpty() ? null : c.ploverMode(), d.source, d.target, d.reading.modality(), reportedBy,
          quoteId(v, tt.span(), reportedBy), parent == null ? null : ids.get(d.reading.speechVerb()), place, date,
          tt.span(), tt.text(), sentence, confidence(d), version));
    }
    return new ConfidenceFilter(resources.confidence(), new EventFeatures(resources.wordNet()), config).apply(v.doc, events);
  }

  /**
   * The quote the event sits in, from the {@link QuoteLookup} given at construction ({@link
   * QuotesLayerLookup} in the standard line-up).
   */
  private String quoteId(DocumentView v, TextSpan trigger, String reportedBy) {
    return quotes.quoteIdFor(v.doc, trigger, reportedBy);
  }

  private record Draft(Trigger trigger, String code, EventActor source, EventActor target,
      ModalityReader.Reading reading, BitSet phrase) {}

  private Draft draft(DocumentView v, Trigger t, ArgumentReader args, SenseChecks review, ArgumentChecks kinds,
      ModalityReader modality, Integer demanded) {
    ModalityReader.Reading reading = modality.read(v, t.token());
    String code = t.entry().code();
    if (demanded != null || SenseChecks.pressureToAct(v, t)) {
      code = DEMAND; // "would pressure the U.S. government to provide protections": a demand, no repression
    } else if (reading.refused()) {
      String refusal = resources.lexicon().refusalCode(code.substring(0, 2));
      code = refusal == null ? code : refusal;
    } else if (reading.intended()) {
      // "will withdraw its force unless ..." is a threat, not a pledge
      String threat = conditional(v, t.token()) ? threatCode(code) : null;
      String intent = resources.lexicon().intentCode(code.substring(0, 2));
      code = threat != null ? threat : intent == null ? code : intent;
    }
    if (t.entry().noun() && PEOPLE_ONLY.contains(code) && v.child(t.token(), "nmod:of") < 0
        && v.child(t.token(), "nmod:poss") < 0 && !v.parse.relationOf(t.token()).equals("obj")) {
      return null; // "a cardiac arrest", "the killing sparked protests": no one it was done to
    }
    if (!t.entry().noun() && t.entry().objects().isEmpty() && PROMISES.contains(v.lemma(t.token()))
        && v.child(t.token(), "xcomp") >= 0) {
      return null; // "vowed to keep fighting in court": the vow is of its complement, which is no event
    }
    if (!t.entry().noun() && opinion(v, t)) {
      return null; // "a judge agreed the book may have ...", "authorities recommended residents avoid ..."
    }
    if (!t.entry().noun() && cause(v, t, code)) {
      return null; // "fighting for Martin Luther King": championing a cause, not combat
    }
    code = SenseChecks.brokered(v, t) ? SenseChecks.MEDIATE : code; // "Russia brokered a cease-fire agreement"
    if (SenseChecks.unrealisedByLaw(v, t.token()) || SenseChecks.ceased(v, t.token())) {
      return null; // "a bill that would have allowed China to extradite people": nothing was done
    }
    if (!t.entry().noun() && !t.entry().speech() && review.naturalDoer(v, t.token())) {
      return null; // "SARS-CoV-2 has killed 1,000 people", "an earthquake struck, injuring 25": no actor
    }
    if (kinds.thingDoer(v, t) || ArgumentChecks.boundCount(v, t)) {
      return null; // "the constitution prohibits ...", "delegates pledged to Sanders": no act of a party
    }
    EventActor readSource = args.source(v, t);
    EventActor readTarget = args.target(v, t, readSource);
    EventActor source = SenseChecks.withoutGuessedCountry(v, readSource, readTarget, t.token());
    EventActor target = SenseChecks.withoutGuessedCountry(v, readTarget, readSource, t.token());
    if (kinds.moneyObject(v, t, code, target) || ArgumentChecks.lecture(v, t, code, source, target)) {
      return null; // "China invested nine billion US dollars", "the TEDx talk": no act towards a party
    }
    if (SenseChecks.reducedRelative(v, t.token(), source, code)) {
      // "U.S. soldiers killed during the battle": the soldiers are the victims
      target = target == null ? source : target;
      source = null;
    }
    if (review.verbalAttack(v, t, code, source, target)) {
      code = SenseChecks.CRITICIZE; // "Biden attacked Trump for the comment": words, not force
    }
    if (demanded != null) {
      EventActor addressee = args.subjectOf(v, demanded, 0);
      target = addressee != null ? addressee : target;
    }
    if (t.entry().code().startsWith("03") && !t.entry().noun() && target == null
        && v.child(t.token(), "xcomp") >= 0) {
      return null; // "agreed to answer some questions": an intention to do what is no coded act, towards no one
    }
    if (t.entry().speech()) {
      if (source == null) {
        return null;
      }
      target = target != null ? target : contentTopic(v, t.token(), source);
    } else if (source == null && target == null) {
      return null;
    }
    if (!t.entry().noun() && target == null && thingTarget(v, t, args) && (COOPERATIVE.contains(code.substring(0, 2))
        || PEOPLE_ONLY.contains(code) || t.viaWordNet())) {
      return null; // "to help the country's economy", "captured their arrival", "ignores the law"
    }
    if (source == null && !t.entry().noun() && (COOPERATIVE.contains(code.substring(0, 2)) || code.startsWith("03"))) {
      return null; // "was met with applause", "visiting the wounded": a favour by no one
    }
    if (code.startsWith("04") && target == null && !reciprocal(v, t, source)) {
      return null; // "With Wikinews, Mohr discussed his role": one meets, visits, consults someone
    }
    ActorCountries countries = new ActorCountries(resources.countries());
    String context = ActorCountries.context(v, t.token(), source, target);
    // a party whose country was only guessed from the article, in a sentence about other
    // countries, takes only a place of its own phrase, not the context
    boolean sourceGuess = SenseChecks.unsupportedGuess(v, v.actor(source == null ? null : source.actorId()), target, t.token());
    boolean targetGuess = SenseChecks.unsupportedGuess(v, v.actor(target == null ? null : target.actorId()), source, t.token());
    source = ActorCountries.withCountry(source, ActorCountries.ownPlace(v, source, sourceGuess ? null : context));
    target = ActorCountries.withCountry(target, ActorCountries.ownPlace(v, target, targetGuess ? null : context));
    if (t.viaWordNet() && target == null && (person(v, source) || !code.startsWith("08"))) {
      // a synonym's match with no one acted on ("switched to organic products", "the law forbids
      // ...", "Waseem confessed to acting alone"): only a group's or state's yielding, done without
      // an object, may take the country it acts in as its target ("rebels surrendered")
      return null;
    }
    if (target == null && !t.entry().speech()) {
      int named = kinds.namedArgument(v, t, source);
      if (named >= 0) {
        // "threatened Senator Rand Paul", "criticized Democrats": the sentence names whom the act
        // is towards; never the implied home country instead of them
        target = args.resolve(v, named);
        if (target == null) {
          return null;
        }
        target = ActorCountries.withCountry(target, ActorCountries.ownPlace(v, target, context));
      } else {
        EventActor implied = countries.implicitTarget(v, t.token(), source);
        boolean venue = implied != null && implied.actorId() == null && ArgumentChecks.venue(v, t.token(), code, implied.span());
        target = venue ? null : implied;
      }
    }
    if (t.viaWordNet() && target == null) {
      return null; // a synonym's match with no one acted on ("he resisted", "withstood the process")
    }
    if (!t.entry().speech() && !coded(source) && !coded(target)) {
      // "Baloch returned the boy to her husband", "Woolworths ordered extra stock": no party with
      // a country or a role; such events are private acts more often than not, and event data
      // (like PETRARCH, which codes none without actor codes) has no use for them. Statements are
      // kept: they carry the report of what they contain, whoever the speaker is
      return null;
    }
    if (code.startsWith("10") && !t.entry().noun() && goodsObject(v, t.token())) {
      return null; // "ordered extra stock", "asked for more packages": buying, not demanding
    }
    if (code.startsWith("07") && target == null) {
      return null; // aid to no one stated or implied: "the elder provided a prayer"
    }
    return new Draft(t, code, source, target, reading, WhenWhere.phrase(v, t.token()));
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
    return subject >= 0 && (v.token(subject).pos().endsWith("S") || v.child(subject, "conj:and") >= 0);
  }

  /**
   * True when a verb of force is used of a cause: fighting, battling or struggling "for" someone or
   * something with no one fought ("fighting for King", "battled for civil rights").
   */
  private static boolean cause(DocumentView v, Trigger t, String code) {
    String root = code.substring(0, 2);
    return (root.equals("18") || root.equals("19")) && v.child(t.token(), "obj") < 0
        && v.child(t.token(), "obl:for") >= 0 && v.child(t.token(), "obl:against") < 0;
  }

  /** True when the verb's object is a common noun naming goods ("stock", "packages"), not an actor. */
  private boolean goodsObject(DocumentView v, int verb) {
    int object = v.child(verb, "obj");
    return object >= 0 && (v.token(object).pos().equals("NN") || v.token(object).pos().equals("NNS"))
        && v.actorAt(object) == null && resources.wordNet().goods(v.lemma(object));
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
  private static String threatCode(String code) {
    String root = code.substring(0, 2);
    switch (root) {
      case "08":
        return "130";
      case "14":
        return "133";
      case "16":
        return "131";
      case "15":
      case "17":
      case "18":
      case "19":
      case "20":
        return "138";
      default:
        return null;
    }
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
          || (relation.equals("obj") && r.startsWith("obl:in") && COOPERATIVE.contains(t.entry().code().substring(0, 2)));
      int x = d.dependent();
      if (expected && v.token(x).pos().startsWith("NN") && !v.token(x).pos().startsWith("NNP")
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

  /** Frame match strength times argument completeness, 0..1. */
  private static double confidence(Draft d) {
    double base = d.trigger.viaWordNet() ? 0.5 : d.trigger.entry().specificity() > 0 ? 0.85 : 0.75;
    double args = d.source != null && d.target != null ? 1.0 : 0.8;
    double known = d.source != null && d.source.actorId() == null ? 0.9 : 1.0;
    return Math.round(base * args * known * 100) / 100.0;
  }
}

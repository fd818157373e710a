package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tidings.model.CameoCode;
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
 *   <li>The named rules ({@link DraftRules}, applied in order to an {@link EventDraft}): each
 *       leaves a trigger, changes its code or parties, or rejects it; the ids of the rules that
 *       changed an event are in its {@link Event#codingRules}.
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
  static final CameoCode DEMAND = CameoCode.of("100");
  /** CAMEO root 03, "express intent to cooperate". */
  static final CameoCode ROOT_INTEND = CameoCode.of("03");
  /** CAMEO root 04, "consult". */
  static final CameoCode ROOT_CONSULT = CameoCode.of("04");
  /** CAMEO root 07, "provide aid". */
  static final CameoCode ROOT_AID = CameoCode.of("07");
  /** CAMEO root 08, "yield". */
  static final CameoCode ROOT_YIELD = CameoCode.of("08");
  /** CAMEO root 10, "demand". */
  static final CameoCode ROOT_DEMAND = CameoCode.of("10");
  /** CAMEO root 18, "assault". */
  static final CameoCode ROOT_ASSAULT = CameoCode.of("18");
  /** Roots of acts done for someone (consult, support, cooperate, aid, yield): they need a someone. */
  static final Set<CameoCode> COOPERATIVE = codes("04", "05", "06", "07", "08");
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  /** Codes only people undergo (arrest, deport, abduct, torture, kill, assassinate), not things. */
  static final Set<CameoCode> PEOPLE_ONLY = codes("173", "174", "181", "1822", "1823", "186");
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
    EventDraft.Tools tools = EventDraft.Tools.of(resources);
    ArgumentReader args = tools.args();
    ModalityReader modality = new ModalityReader(resources.lexicon());
    WhenWhere whenWhere = new WhenWhere(resources.countries());
    String version = version();
    Map<Integer, String> ids = new HashMap<>();
    Map<Integer, Draft> drafts = new TreeMap<>();
    for (Trigger t : triggers.values()) {
      Draft d = draft(v, t, tools, modality, demands.get(t.token()));
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
      CameoEntry c = ontology.require(d.code);
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
      EventPlace place = whenWhere.place(v, token, c.root().value(), d.source, d.target);
      Token tt = v.token(token);
      TextSpan sentence = v.doc.sentences().get(tt.sentence()).span();
      events.add(new Event(ids.get(token), c.code(), c.quadClass(), c.goldstein(), c.ploverType(),
          c.ploverMode().isEmpty() ? null : c.ploverMode(), d.source, d.target, d.reading.modality(), reportedBy,
          quoteId(v, tt.span(), reportedBy), parent == null ? null : ids.get(d.reading.speechVerb()), place, date,
          tt.span(), tt.text(), sentence, confidence(d), version, d.rules));
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

  /** A trigger the rules kept: its code and parties, and the ids of the rules that changed them. */
  private record Draft(Trigger trigger, CameoCode code, EventActor source, EventActor target,
      ModalityReader.Reading reading, BitSet phrase, List<String> rules) {}

  /**
   * The draft of one trigger after {@link DraftRules#IN_ORDER}, or null when a rule rejected it.
   *
   * @param demanded the content clause's head when the trigger is a demanding statement, or null
   */
  private static Draft draft(DocumentView v, Trigger t, EventDraft.Tools tools, ModalityReader modality,
      Integer demanded) {
    EventDraft d = new EventDraft(v, t, tools, modality.read(v, t.token()), demanded);
    if (!d.apply(DraftRules.IN_ORDER)) {
      return null;
    }
    return new Draft(t, d.code, d.source, d.target, d.reading, WhenWhere.phrase(v, t.token()), d.fired());
  }

  private static Set<CameoCode> codes(String... codes) {
    return java.util.Arrays.stream(codes).map(CameoCode::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Frame match strength times argument completeness, 0..1. */
  private static double confidence(Draft d) {
    double base = d.trigger.viaWordNet() ? 0.5 : d.trigger.entry().specificity() > 0 ? 0.85 : 0.75;
    double args = d.source != null && d.target != null ? 1.0 : 0.8;
    double known = d.source != null && d.source.actorId() == null ? 0.9 : 1.0;
    return Math.round(base * args * known * 100) / 100.0;
  }
}

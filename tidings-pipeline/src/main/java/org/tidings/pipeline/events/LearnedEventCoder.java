package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.CameoCode;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.Stage;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.SentenceEncoder;

/**
 * Codes the events of an article with a trained {@link EventModel}: every verb and common noun
 * of the body is a candidate trigger; the model's trigger head decides whether it names an act
 * and of which PLOVER type (a word the rules coded keeps their type at a lower, learned threshold),
 * its party head picks the source and target among the actors of the
 * sentence, its modality head whether the act happened, was reported, intended, denied or only
 * hypothetical. The rule coder ({@link EventCoder}) runs first and its events are features, not
 * decisions, except its statements (CAMEO 01 and 02, which PLOVER drops): they are kept as the rules
 * code them, for the reports they carry; and when the model was trained to keep them ({@link
 * EventModel#keepRuleEvents}, chosen on dev), the rules' events of a type the model codes nowhere in
 * their sentence. Dates and places are read as the rule coder reads them
 * ({@link WhenWhere}); an event inside the content of another coded speech act (a statement, an
 * accusation, a demand, a denial) gets it as parent and its speaker as reporter.
 *
 * <p>Cost: the rule coder's, plus one encoder pass over the body sentences and linear heads per
 * candidate. Thread-safe when its encoder is; no per-document state is kept between calls.
 */
public final class LearnedEventCoder implements Stage {
  /** Version of the learned coder; the model's card adds its training data. */
  public static final String VERSION = "tidings-events-learned-1";
  /** CAMEO role codes that may open a party's code when it has no country. */
  private static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "BUS",
      "MED", "EDU", "REF", "CRM", "LAB", "HLH", "REL", "ELI", "SPY", "INS", "NGO", "PTY", "UAF", "AGR", "ENV", "MOD",
      "RAD", "SEP");
  private static final Set<String> SPEECH_ACTS = Set.of("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE");

  private final EventResources resources;
  private final QuoteLookup quotes;
  private final EventsConfig config;
  private final EventModel model;
  private final SentenceEncoder encoder;
  private final EventCoder rules;

  /**
   * @param model the trained heads; its encoder name and dimension must be {@code encoder}'s
   * @throws IllegalArgumentException when the model was trained with another encoder
   */
  public LearnedEventCoder(EventResources resources, QuoteLookup quotes, EventsConfig config, EventModel model,
      SentenceEncoder encoder) {
    this.resources = Objects.requireNonNull(resources, "resources");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.config = Objects.requireNonNull(config, "config");
    this.model = Objects.requireNonNull(model, "model");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    if (!model.encoder().equals(encoder.name()) || model.dimension() != encoder.dimension()) {
      throw new IllegalArgumentException("the event model was trained with encoder " + model.encoder() + " ("
          + model.dimension() + "-d), not " + encoder.name() + " (" + encoder.dimension() + "-d)");
    }
    this.rules = new EventCoder(resources, quotes, EventsConfig.DEFAULT);
  }

  /** The coder of the bundled model (see {@link EventResources#learned()}). */
  public static LearnedEventCoder bundled(EventResources resources, QuoteLookup quotes, EventsConfig config) {
    EventResources.Learned l = resources.learned();
    return new LearnedEventCoder(resources, quotes, config, l.model(), l.encoder());
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return rules.requires();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.EVENTS);
  }

  /** The coder version written into every event. */
  public String version() {
    return VERSION + "+" + model.card().path("trainedOn").asText("?") + "+" + encoder.name();
  }

  /**
   * Encoder vectors of every token of the document's readable sentences (see {@link
   * EventCandidates#readable}), by token index; rows of other tokens are null.
   */
  public static float[][] vectors(Document doc, SentenceEncoder encoder) {
    return vectors(doc, encoder, s -> true);
  }

  /**
   * As {@link #vectors(Document, SentenceEncoder)}, for the readable sentences that also pass
   * {@code needed}.
   */
  static float[][] vectors(Document doc, SentenceEncoder encoder, java.util.function.Predicate<Sentence> needed) {
    float[][] out = new float[doc.tokens().size()][];
    if (encoder.dimension() == 0) {
      return out;
    }
    List<Sentence> read = doc.sentences().stream().filter(EventCandidates::readable).filter(needed).toList();
    List<List<String>> words = new ArrayList<>();
    for (Sentence s : read) {
      words.add(doc.tokens().subList(s.tokens().first(), s.tokens().end()).stream().map(Token::text).toList());
    }
    List<float[][]> vectors = encoder.encodeWords(words);
    for (int i = 0; i < read.size(); i++) {
      float[][] v = vectors.get(i);
      for (int j = 0; j < v.length; j++) {
        out[read.get(i).tokens().first() + j] = v[j];
      }
    }
    return out;
  }

  /**
   * The sentences worth encoding: those that name an actor (a mention of the actors layer starts in
   * them) or hold one of the rule coder's events. The others (about a third of news sentences) carry
   * few of the events annotators mark, and encoding is most of this stage's cost.
   */
  static java.util.function.Predicate<Sentence> worthEncoding(Document doc) {
    java.util.BitSet worth = new java.util.BitSet();
    List<Token> tokens = doc.tokens();
    for (org.tidings.model.Actor a : doc.get(Layers.ACTORS)) {
      for (org.tidings.model.ActorMention m : a.mentions()) {
        worth.set(tokens.get(m.tokens().first()).sentence());
      }
    }
    for (Event e : doc.get(Layers.EVENTS)) {
      for (Sentence s : doc.sentences()) {
        if (e.trigger().begin() >= s.span().begin() && e.trigger().end() <= s.span().end()) {
          worth.set(s.index());
          break;
        }
      }
    }
    return s -> worth.get(s.index());
  }

  /** One decided event before its record is made. */
  private record Decision(int token, String type, double p, EventActor source, EventActor target, Modality modality) {}

  @Override
  public Document process(Document input) {
    Document withRules = rules.process(input);
    return input.with(Layers.EVENTS, code(withRules, vectors(withRules, encoder, worthEncoding(withRules))));
  }

  /**
   * The learned events of a document the rule coder has already coded (its events are features).
   *
   * @param vectors the document's encoder vectors, as {@link #vectors} gives them
   */
  public List<Event> code(Document doc, float[][] vectors) {
    EventCandidates candidates = new EventCandidates(doc, resources, vectors, encoder.dimension(), model.triggerInput());
    DocumentView v = candidates.view();
    ArgumentReader args = new ArgumentReader(resources.countries(), resources.wordNet());
    Map<Integer, Event> ruleEvents = candidates.ruleEvents();
    List<Decision> decisions = new ArrayList<>();
    for (int t : candidates.triggerTokens()) {
      if (encoder.dimension() > 0 && vectors[t] == null) {
        continue; // a sentence not encoded: it names no actor, so it codes no event here
      }
      double[] p = model.trigger().probabilities(candidates.trigger(t));
      double event = 1 - p[model.trigger().indexOf(EventModel.NONE)];
      String type;
      if (event >= model.triggerThreshold()) {
        type = best(model.trigger().labels(), p);
      } else {
        // a word the rules coded keeps the rules' type when the model gives that type enough weight
        Event rule = ruleEvents.get(t);
        int r = rule == null ? -1 : model.trigger().indexOf(rule.ploverType());
        if (r < 0 || p[r] < model.ruleThreshold()) {
          continue;
        }
        type = rule.ploverType();
        event = p[r];
      }
      EventActor[] parties = parties(v, args, candidates, t, type);
      double[] m = model.modality().probabilities(candidates.modality(t, type));
      Modality modality = Modality.valueOf(best(model.modality().labels(), m).toUpperCase(Locale.ROOT));
      decisions.add(new Decision(t, type, event, parties[0], parties[1], modality));
    }
    return events(v, decisions, ruleEvents);
  }

  private EventActor[] parties(DocumentView v, ArgumentReader args, EventCandidates c, int trigger, String type) {
    EventCandidates.Party source = null;
    EventCandidates.Party target = null;
    double bestSource = model.partyThreshold();
    double bestTarget = model.partyThreshold();
    List<EventCandidates.Party> parties = c.parties(trigger, type);
    double[][] probs = new double[parties.size()][];
    int s = model.party().indexOf(EventModel.SOURCE);
    int g = model.party().indexOf(EventModel.TARGET);
    for (int i = 0; i < parties.size(); i++) {
      probs[i] = model.party().probabilities(parties.get(i).features());
      if (probs[i][s] >= bestSource) {
        bestSource = probs[i][s];
        source = parties.get(i);
      }
    }
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i) != source && probs[i][g] >= bestTarget) {
        bestTarget = probs[i][g];
        target = parties.get(i);
      }
    }
    EventActor s1 = party(v, args, source);
    EventActor t1 = party(v, args, target);
    EventActor s2 = coded(c, trigger, source, s1, country(t1), type);
    EventActor t2 = coded(c, trigger, target, t1, country(s2), type);
    return new EventActor[] {s2, t2};
  }

  private static EventActor party(DocumentView v, ArgumentReader args, EventCandidates.Party p) {
    if (p == null) {
      return null;
    }
    EventActor a = args.resolve(v, p.head());
    return a != null ? a : ArgumentReader.of(p.actor(), p.mention().span());
  }

  /** The party with the country the country head prefers among its options (none: no country). */
  private EventActor coded(EventCandidates c, int trigger, EventCandidates.Party p, EventActor a, String other, String type) {
    if (p == null || a == null) {
      return a;
    }
    String best = null;
    double bestP = -1;
    int yes = model.country().indexOf(EventModel.YES);
    for (EventCandidates.CountryOption o : c.countries(trigger, p, other, type)) {
      double q = model.country().probabilities(o.features())[yes];
      if (q > bestP) {
        bestP = q;
        best = o.country();
      }
    }
    String role = a.code().length() >= 3 && Character.isUpperCase(a.code().charAt(0)) && country(a) != null
        ? a.code().substring(3) : a.code();
    String code = best == null || best.equals(EventCandidates.NO_COUNTRY) ? role : best + role;
    return new EventActor(a.actorId(), a.name(), code, a.span());
  }

  /** The country of a party's code (its first three letters unless they are a role), or null. */
  private static String country(EventActor a) {
    if (a == null || a.code().length() < 3) {
      return null;
    }
    String c = a.code().substring(0, 3);
    return ROLES.contains(c) ? null : c;
  }


  private List<Event> events(DocumentView v, List<Decision> decisions, Map<Integer, Event> ruleEvents) {
    CameoOntology ontology = resources.ontology();
    WhenWhere whenWhere = new WhenWhere(resources.countries());
    Map<Integer, Decision> byToken = new HashMap<>();
    decisions.forEach(d -> byToken.put(d.token(), d));
    // statements (CAMEO 01/02, outside PLOVER's 16 types) stay as the rules code them: they carry
    // what is reported in them
    // and, when the model says so, the rules' events of a type the model codes nowhere in their sentence
    java.util.Set<String> learnedTypes = new java.util.HashSet<>();
    decisions.forEach(d -> learnedTypes.add(v.token(d.token()).sentence() + " " + d.type()));
    java.util.TreeMap<Integer, Event> statements = new java.util.TreeMap<>();
    ruleEvents.forEach((token, e) -> {
      boolean statement = e.ploverType().equals(CameoEntry.DROPPED);
      boolean kept = model.keepRuleEvents() && !statement
          && !learnedTypes.contains(v.token(token).sentence() + " " + e.ploverType());
      if ((statement || kept) && !byToken.containsKey(token)) {
        statements.put(token, e);
      }
    });
    java.util.TreeSet<Integer> order = new java.util.TreeSet<>(byToken.keySet());
    order.addAll(statements.keySet());
    Map<Integer, String> ids = new HashMap<>();
    Map<String, String> ruleIds = new HashMap<>();
    for (int token : order) {
      ids.put(token, "E" + (ids.size() + 1));
      if (statements.containsKey(token)) {
        ruleIds.put(statements.get(token).id(), ids.get(token));
      }
    }
    String version = version();
    List<Event> out = new ArrayList<>();
    for (int token : order) {
      Event statement = statements.get(token);
      if (statement != null) {
        out.add(new Event(ids.get(token), statement.cameo(), statement.quadClass(),
            statement.goldstein(), statement.ploverType(), statement.ploverMode(), statement.source(), statement.target(),
            statement.modality(), statement.reportedBy(), statement.quoteId(),
            statement.parentEventId() == null ? null : ruleIds.get(statement.parentEventId()), statement.place(),
            statement.date(), statement.trigger(), statement.triggerText(), statement.sentence(), statement.confidence(),
            statement.coderVersion(), statement.codingRules()));
        continue;
      }
      Decision d = byToken.get(token);
      CameoEntry c = ontology.require(code(v, d, ruleEvents.get(d.token())));
      int parent = parent(v, d.token(), byToken, statements);
      String reportedBy = null;
      if (d.modality() != Modality.ASSERTED) {
        EventActor speaker = parent < 0 ? null
            : byToken.containsKey(parent) ? byToken.get(parent).source() : statements.get(parent).source();
        reportedBy = speaker != null ? speaker.actorId() : speaker(v, d.token());
      }
      EventDate date = whenWhere.ownDate(v, WhenWhere.phrase(v, d.token()));
      date = date == null ? WhenWhere.articleDate(v.doc.article()) : date;
      EventPlace place = whenWhere.place(v, d.token(), c.root().value(), d.source(), d.target());
      Token tt = v.token(d.token());
      TextSpan sentence = v.doc.sentences().get(tt.sentence()).span();
      double confidence = model.confidence(d.p());
      if (confidence < config.effectiveMin()) {
        continue;
      }
      out.add(new Event(ids.get(d.token()), c.code(), c.quadClass(), c.goldstein(), c.ploverType(),
          c.ploverMode().isEmpty() ? null : c.ploverMode(), d.source(), d.target(), d.modality(), reportedBy,
          quotes.quoteIdFor(v.doc, tt.span(), reportedBy), parent < 0 ? null : ids.get(parent), place,
          date, tt.span(), tt.text(), sentence, confidence, version, List.of()));
    }
    return out;
  }

  /**
   * The CAMEO code: the rule coder's at this word when it is of the decided type, else the
   * lexicon's for the word when of that type, else the model's default for the type.
   */
  private CameoCode code(DocumentView v, Decision d, Event rule) {
    if (rule != null && rule.ploverType().equals(d.type())) {
      return rule.cameo();
    }
    boolean noun = !v.tag(d.token()).isVerb();
    for (LexiconEntry e : resources.lexicon().entries(noun, v.lemma(d.token()))) {
      CameoEntry c = resources.ontology().get(e.code());
      if (c != null && c.ploverType().equals(d.type())) {
        return c.code();
      }
    }
    String fallback = model.defaultCodes().get(d.type());
    if (fallback == null) {
      throw new IllegalStateException("the event model has no CAMEO code for type " + d.type());
    }
    return CameoCode.of(fallback);
  }

  /**
   * The token of the speech act whose content holds this word (up to three arcs up): a learned
   * accusation, demand, denial, threat, endorsement or promise, or a statement the rules coded;
   * -1 when none.
   */
  private static int parent(DocumentView v, int token, Map<Integer, Decision> byToken, Map<Integer, Event> statements) {
    int at = token;
    for (int depth = 0; depth < 3; depth++) {
      at = v.parse.governorOf(at);
      if (at < 0) {
        return -1;
      }
      Decision d = byToken.get(at);
      if (d != null && SPEECH_ACTS.contains(d.type()) || statements.containsKey(at)) {
        return at;
      }
    }
    return -1;
  }

  /** The speaker actor of a quote holding the word, or null. */
  private static String speaker(DocumentView v, int token) {
    if (!v.doc.has(Layers.QUOTES)) {
      return null;
    }
    TextSpan s = v.token(token).span();
    for (org.tidings.model.Quote q : v.doc.get(Layers.QUOTES)) {
      if (q.span().begin() <= s.begin() && s.end() <= q.span().end()) {
        return q.speakerActorId();
      }
    }
    return null;
  }

  private static String best(List<String> labels, double[] p) {
    int best = -1;
    for (int i = 0; i < p.length; i++) {
      if (!labels.get(i).equals(EventModel.NONE) && (best < 0 || p[i] > p[best])) {
        best = i;
      }
    }
    return labels.get(best);
  }
}

package org.tidings.eval.events.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.Layers;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.events.CameoEntry;
import org.tidings.pipeline.events.EventCandidates;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.events.LearnedEventCoder;
import org.tidings.pipeline.events.QuotesLayerLookup;
import org.tidings.pipeline.events.learn.Classifier;
import org.tidings.pipeline.events.learn.EnsembleModel;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.Features;
import org.tidings.pipeline.events.learn.MlpTrainer;

import org.tidings.pipeline.events.learn.LinearModel;
import org.tidings.pipeline.events.learn.LinearTrainer;
import org.tidings.pipeline.events.learn.SentenceEncoder;
import org.tidings.pipeline.events.learn.TriggerInput;

/**
 * Trains the learned event coder ({@link LearnedEventCoder}) on the event corpus: the heads are
 * fitted on the train split; the event and party thresholds and the confidence calibration are
 * chosen on the dev split; the dev scores go into the model card. The test split is never read.
 * Deterministic for a seed.
 *
 * <p>Used by one thread at a time.
 */
public final class EventTrainer {
  /** The 16 PLOVER types, the trigger head's labels after {@link EventModel#NONE}. */
  public static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  private static final List<String> MODALITIES = List.of("asserted", "reported", "intended", "negated", "hypothetical");
  private static final double[] TRIGGER_THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
  private static final double[] RULE_THRESHOLDS = {2, 0.2, 0.1, 0.05};
  private static final double[] PARTY_THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.3};

  /**
   * Settings of a training run.
   *
   * @param seed shuffling seed of every head
   * @param epochs passes of each head's fit
   * @param trainSplit the split fitted on ("train")
   * @param devSplit the split thresholds are chosen on ("dev")
   * @param hidden hidden units of the trigger head; 0 for a linear head
   * @param negatives the fraction of non-trigger words kept as training examples (seeded sample)
   * @param input what the trigger head reads of the encoder's vectors
   * @param members trigger heads fitted with seeds {@code seed, seed + 1, ...} whose probabilities
   *     are averaged; 1 for a single head
   */
  public record Settings(long seed, int epochs, String trainSplit, String devSplit, int hidden, double negatives,
      TriggerInput input, int members) {
    public static final Settings DEFAULT = new Settings(18, 8, "train", "dev", 256, 0.4, TriggerInput.WORD, 1);

    public Settings {
      if (hidden < 0 || !(negatives > 0 && negatives <= 1) || members < 1) {
        throw new IllegalArgumentException("hidden must be 0 (linear) or more, negatives in (0, 1], members 1 or more");
      }
      Objects.requireNonNull(input, "input");
    }
  }

  private final PipelineResources resources;
  /** The encoder of the variant being fitted. */
  private SentenceEncoder encoder;
  private final PrintStream log;

  public EventTrainer(PipelineResources resources, SentenceEncoder encoder, PrintStream log) {
    this.resources = resources;
    this.encoder = encoder;
    this.log = log;
  }

  /** A coded corpus article with its encoder vectors and candidates. */
  private record Prepared(String id, CorpusDocuments.Coded coded, float[][] vectors) {}

  /**
   * Trains a model.
   *
   * @throws IllegalArgumentException when a split is empty
   */
  public EventModel train(EventCorpus corpus, Settings settings) {
    return trainBest(corpus, List.of(encoder), List.of(settings), false);
  }

  /**
   * Trains one model per encoder and settings on the same coded articles (the pipeline runs once)
   * and returns the one with the best dev type F1 plus full F1; every variant's dev figures are in
   * its card's {@code variants}.
   *
   * @param refit whether the best variant's heads are fitted again on train and dev together once
   *     its thresholds and calibration are chosen (see {@link #refit})
   * @throws IllegalArgumentException when a split is empty
   */
  public EventModel trainBest(EventCorpus corpus, List<SentenceEncoder> encoders, List<Settings> variants,
      boolean refit) {
    Settings first = variants.get(0);
    List<String> trainIds = corpus.split(first.trainSplit());
    List<String> devIds = corpus.split(first.devSplit());
    if (trainIds.isEmpty() || devIds.isEmpty()) {
      throw new IllegalArgumentException("the corpus at " + corpus.root() + " has " + trainIds.size() + " "
          + first.trainSplit() + " and " + devIds.size() + " " + first.devSplit() + " articles; both are needed");
    }
    Pipeline pipeline = Pipelines.standard(resources, EventsConfig.DEFAULT.withCoder(EventsConfig.Coder.RULES));
    log.printf(Locale.ROOT, "events: coding %d train and %d dev articles%n", trainIds.size(), devIds.size());
    List<CorpusDocuments.Coded> codedTrain = CorpusDocuments.code(pipeline, corpus, trainIds);
    List<CorpusDocuments.Coded> codedDev = CorpusDocuments.code(pipeline, corpus, devIds);
    EventModel best = null;
    double bestScore = -1;
    Settings bestSettings = null;
    SentenceEncoder bestEncoder = null;
    List<Prepared> bestTrain = null;
    List<Prepared> bestDev = null;
    com.fasterxml.jackson.databind.node.ArrayNode table = JsonNodeFactory.instance.arrayNode();
    for (SentenceEncoder e : encoders) {
      this.encoder = e;
      log.printf(Locale.ROOT, "events: encoding with %s%n", e.name());
      List<Prepared> train = prepare(codedTrain);
      List<Prepared> dev = prepare(codedDev);
      for (Settings settings : variants) {
        EventModel m = fit(corpus, train, dev, settings);
        ObjectNode row = table.addObject();
        row.put("encoder", e.name());
        row.put("triggerHidden", settings.hidden());
        row.put("epochs", settings.epochs());
        row.put("negativesKept", settings.negatives());
        row.put("triggerInput", settings.input().id());
        row.put("members", settings.members());
        row.set("dev", m.card().path("dev"));
        double score = m.card().path("dev").path("typeF1").asDouble() + m.card().path("dev").path("fullF1").asDouble();
        if (score > bestScore) {
          bestScore = score;
          best = m;
          bestSettings = settings;
          bestEncoder = e;
          bestTrain = train;
          bestDev = dev;
        }
      }
    }
    if (encoders.size() * variants.size() > 1) {
      best.card().set("variants", table);
    }
    if (refit) {
      this.encoder = bestEncoder;
      best = refit(corpus, best, bestTrain, bestDev, bestSettings);
    }
    return best;
  }

  /** Heads fitted on some articles, before any decision threshold is chosen. */
  private record Heads(Classifier trigger, LinearModel party, LinearModel modality, LinearModel country,
      Map<String, String> codes, int gold, int aligned) {}

  private EventModel fit(EventCorpus corpus, List<Prepared> train, List<Prepared> dev, Settings settings) {
    int trainArticles = train.size();
    Heads h = fitHeads(corpus, train, settings);

    ObjectNode card = JsonNodeFactory.instance.objectNode();
    card.put("coder", LearnedEventCoder.VERSION);
    card.put("trainedOn", corpus.root().getFileName() + ":" + settings.trainSplit() + "(" + trainArticles + ")");
    card.put("seed", settings.seed());
    card.put("epochs", settings.epochs());
    card.put("triggerHidden", settings.hidden());
    card.put("negativesKept", settings.negatives());
    card.put("triggerInput", settings.input().id());
    card.put("members", settings.members());
    card.put("encoder", encoder.name());
    card.put("trainArticles", trainArticles);
    card.put("trainGoldEvents", h.gold());
    card.put("trainAlignedEvents", h.aligned());
    card.put("devArticles", dev.size());

    // thresholds by coordinate search on dev: event and rule-backed thresholds first, then the party one
    // the search codes dev some forty times with the same heads: the trigger head's answers are remembered
    EventModel base = new EventModel(encoder.name(), encoder.dimension(), settings.input(), new Remembering(h.trigger()),
        h.party(), h.modality(), h.country(), h.codes(), 0.5, 2, 0.2, false, new double[] {1, 0}, card);
    EventModel best = null;
    double bestF1 = -1;
    for (double tt : TRIGGER_THRESHOLDS) {
      for (double rt : RULE_THRESHOLDS) {
        EventModel m = base.withDecisions(tt, rt, 0.2, false);
        EventScoring.Counts c = score(m, dev, corpus);
        double f = c.f1(c.type) + c.f1(c.full);
        if (f > bestF1) {
          bestF1 = f;
          best = m;
        }
      }
    }
    for (double pt : PARTY_THRESHOLDS) {
      EventModel m = best.withDecisions(best.triggerThreshold(), best.ruleThreshold(), pt, false);
      EventScoring.Counts c = score(m, dev, corpus);
      double f = c.f1(c.type) + c.f1(c.full);
      if (f > bestF1) {
        bestF1 = f;
        best = m;
      }
    }
    EventModel withRules = best.withDecisions(best.triggerThreshold(), best.ruleThreshold(), best.partyThreshold(), true);
    EventScoring.Counts union = score(withRules, dev, corpus);
    if (union.f1(union.type) + union.f1(union.full) > bestF1) {
      best = withRules;
    }
    double[] calibration = calibrate(best, dev, corpus);
    EventModel chosen = new EventModel(best.encoder(), best.dimension(), best.triggerInput(), h.trigger(), h.party(),
        h.modality(), h.country(), h.codes(), best.triggerThreshold(), best.ruleThreshold(), best.partyThreshold(), best.keepRuleEvents(),
        calibration, card);
    EventScoring.Counts c = score(chosen, dev, corpus);
    ObjectNode devScores = card.putObject("dev");
    devScores.put("goldEvents", c.gold);
    devScores.put("codedEvents", c.other);
    devScores.put("typeP", round(c.precision(c.type)));
    devScores.put("typeR", round(c.recall(c.type)));
    devScores.put("typeF1", round(c.f1(c.type)));
    devScores.put("partiesF1", round(c.f1(c.parties)));
    devScores.put("fullF1", round(c.f1(c.full)));
    devScores.put("sourceCountryGivenType", round(c.type == 0 ? 0 : 1 - (double) c.sourceWrong / c.type));
    devScores.put("targetCountryGivenType", round(c.type == 0 ? 0 : 1 - (double) c.targetWrong / c.type));
    devScores.put("modalityGivenType", round(c.type == 0 ? 0 : (double) c.modality / c.type));
    devScores.put("triggerThreshold", chosen.triggerThreshold());
    devScores.put("ruleThreshold", chosen.ruleThreshold());
    devScores.put("keepRuleEvents", chosen.keepRuleEvents());
    devScores.put("partyThreshold", chosen.partyThreshold());
    EventScoring.Counts t = score(chosen, train, corpus);
    card.putObject("trainInSample").put("typeF1", round(t.f1(t.type))).put("fullF1", round(t.f1(t.full)));
    log.printf(Locale.ROOT, "events: train (in-sample) type F1 %.3f, full F1 %.3f%n", t.f1(t.type), t.f1(t.full));
    log.printf(Locale.ROOT, "events: %s, %s input, hidden %d x %d, epochs %d: dev type P/R/F1 %.3f/%.3f/%.3f, full F1 %.3f (thresholds %.2f, %.2f)%n",
        encoder.name(), settings.input().id(), settings.hidden(), settings.members(), settings.epochs(),
        c.precision(c.type), c.recall(c.type), c.f1(c.type), c.f1(c.full), chosen.triggerThreshold(), chosen.partyThreshold());
    log.printf(Locale.ROOT, "events: dev given type: source country %.3f, target country %.3f, modality %.3f%n",
        1 - (double) c.sourceWrong / Math.max(1, c.type), 1 - (double) c.targetWrong / Math.max(1, c.type),
        (double) c.modality / Math.max(1, c.type));
    return chosen;
  }

  /** Fits the five heads on the gold events of {@code docs}. */
  private Heads fitHeads(EventCorpus corpus, List<Prepared> docs, Settings settings) {
    List<LinearTrainer.Example> triggers = new ArrayList<>();
    List<LinearTrainer.Example> parties = new ArrayList<>();
    List<LinearTrainer.Example> modalities = new ArrayList<>();
    List<LinearTrainer.Example> countries = new ArrayList<>();
    Map<String, Map<String, Integer>> roots = new TreeMap<>();
    int gold = 0;
    int aligned = 0;
    java.util.Random sample = new java.util.Random(settings.seed());
    for (Prepared p : docs) {
      EventCandidates candidates = new EventCandidates(p.coded().document(), resources.events(), p.vectors(),
          encoder.dimension(), settings.input());
      List<GoldAlignment.Aligned> events = GoldAlignment.align(p.coded().document(), candidates,
          corpus.gold().get(p.id()));
      Map<Integer, GoldEvent> atToken = new HashMap<>();
      for (GoldAlignment.Aligned a : events) {
        gold++;
        if (a.token() >= 0 && TYPES.contains(a.event().type())) {
          aligned++;
          atToken.putIfAbsent(a.token(), a.event());
        }
      }
      for (int t : candidates.triggerTokens()) {
        GoldEvent e = atToken.get(t);
        if (e != null || sample.nextDouble() < settings.negatives()) {
          triggers.add(new LinearTrainer.Example(candidates.trigger(t), e == null ? EventModel.NONE : e.type(), 1));
        }
      }
      for (Map.Entry<Integer, GoldEvent> en : atToken.entrySet()) {
        GoldEvent e = en.getValue();
        for (EventCandidates.Party party : candidates.parties(en.getKey(), e.type())) {
          String label = GoldAlignment.names(e.source(), party) ? EventModel.SOURCE
              : GoldAlignment.names(e.target(), party) ? EventModel.TARGET : EventModel.NONE;
          parties.add(new LinearTrainer.Example(party.features(), label, 1));
          GoldEvent.Party side = label.equals(EventModel.SOURCE) ? e.source() : label.equals(EventModel.TARGET) ? e.target() : null;
          GoldEvent.Party otherSide = label.equals(EventModel.SOURCE) ? e.target() : e.source();
          if (side != null) {
            String want = side.country() == null || side.country().isBlank() ? EventCandidates.NO_COUNTRY
                : side.country().toUpperCase(Locale.ROOT);
            for (EventCandidates.CountryOption o : candidates.countries(en.getKey(), party,
                otherSide == null ? null : otherSide.country(), e.type())) {
              countries.add(new LinearTrainer.Example(o.features(), o.country().equals(want) ? EventModel.YES : EventModel.NO, 1));
            }
          }
        }
        if (MODALITIES.contains(e.modality())) {
          modalities.add(new LinearTrainer.Example(candidates.modality(en.getKey(), e.type()), e.modality(), 1));
        }
        if (e.cameoRoot() != null) {
          roots.computeIfAbsent(e.type(), k -> new TreeMap<>()).merge(e.cameoRoot(), 1, Integer::sum);
        }
      }
    }
    log.printf(Locale.ROOT, "events: %d gold events, %d aligned to a candidate word; %d trigger, %d party, %d modality, %d country examples%n",
        gold, aligned, triggers.size(), parties.size(), modalities.size(), countries.size());
    List<String> triggerLabels = new ArrayList<>(List.of(EventModel.NONE));
    triggerLabels.addAll(TYPES);
    List<Classifier> members = new ArrayList<>();
    for (int i = 0; i < settings.members(); i++) {
      long seed = settings.seed() + i;
      members.add(settings.hidden() > 0
          ? new MlpTrainer(settings.hidden(), settings.epochs(), 0.04, 1e-6, 2, seed).fit(triggerLabels, triggers)
          : new LinearTrainer(settings.epochs(), 0.05, 1e-6, 2, seed).fit(triggerLabels, triggers));
    }
    Classifier trigger = members.size() == 1 ? members.get(0) : new EnsembleModel(members);
    LinearModel party = new LinearTrainer(settings.epochs(), 0.05, 1e-6, 2, settings.seed())
        .fit(List.of(EventModel.NONE, EventModel.SOURCE, EventModel.TARGET), parties);
    LinearModel modality = new LinearTrainer(settings.epochs(), 0.05, 1e-6, 1, settings.seed()).fit(MODALITIES, modalities);
    LinearModel country = new LinearTrainer(settings.epochs(), 0.05, 1e-6, 1, settings.seed())
        .fit(List.of(EventModel.NO, EventModel.YES), countries);
    return new Heads(trigger, party, modality, country, defaultCodes(roots), gold, aligned);
  }

  /**
   * The chosen model's heads fitted again, with the same settings and seed, on the train and dev
   * articles together; its thresholds and calibration (chosen on dev with the train-only heads) are
   * kept, and its card says so ({@code refitArticles}). The card's dev figures stay those of the
   * train-only model: dev is no longer held out from the refitted one.
   */
  private EventModel refit(EventCorpus corpus, EventModel chosen, List<Prepared> train, List<Prepared> dev,
      Settings settings) {
    List<Prepared> all = new ArrayList<>(train);
    all.addAll(dev);
    Heads h = fitHeads(corpus, all, settings);
    ObjectNode card = chosen.card().deepCopy();
    card.put("refitOn", corpus.root().getFileName() + ":" + settings.trainSplit() + "+" + settings.devSplit()
        + "(" + all.size() + ")");
    card.put("refitArticles", all.size());
    card.put("refitGoldEvents", h.gold());
    log.printf(Locale.ROOT, "events: refitted on %d train and dev articles (%d gold events)%n", all.size(), h.gold());
    return new EventModel(encoder.name(), encoder.dimension(), settings.input(), h.trigger(), h.party(), h.modality(),
        h.country(), h.codes(), chosen.triggerThreshold(), chosen.ruleThreshold(), chosen.partyThreshold(),
        chosen.keepRuleEvents(), chosen.calibration(), card);
  }

  private List<Prepared> prepare(List<CorpusDocuments.Coded> coded) {
    List<Prepared> out = new ArrayList<>();
    for (CorpusDocuments.Coded c : coded) {
      float[][] vectors = LearnedEventCoder.vectors(c.document(), encoder);
      out.add(new Prepared(c.id(), c, vectors));
    }
    return out;
  }

  private EventScoring.Counts score(EventModel model, List<Prepared> docs, EventCorpus corpus) {
    LearnedEventCoder coder = new LearnedEventCoder(resources.events(), new QuotesLayerLookup(), EventsConfig.DEFAULT,
        model, encoder);
    Map<String, List<EventScoring.Item>> gold = new LinkedHashMap<>();
    Map<String, List<EventScoring.Item>> coded = new LinkedHashMap<>();
    for (Prepared p : docs) {
      gold.put(p.id(), corpus.gold().get(p.id()).stream().map(EventScoring::of).toList());
      coded.put(p.id(), items(p.coded().document().article().text(), coder.code(p.coded().document(), p.vectors())));
    }
    EventScoring.Counts c = new EventScoring.Counts();
    EventScoring.score(gold, coded, c);
    return c;
  }

  /**
   * Platt scaling of the event probability on the dev split: each coded event is right when a
   * gold event of its type is in its sentence. Fitted by gradient descent on the log-loss.
   */
  private double[] calibrate(EventModel model, List<Prepared> docs, EventCorpus corpus) {
    EventModel raw = model.withCalibration(new double[] {1, 0});
    LearnedEventCoder coder = new LearnedEventCoder(resources.events(), new QuotesLayerLookup(), EventsConfig.DEFAULT,
        raw, encoder);
    List<double[]> points = new ArrayList<>();
    for (Prepared p : docs) {
      String text = p.coded().document().article().text();
      List<GoldEvent> gold = corpus.gold().get(p.id());
      for (Event e : coder.code(p.coded().document(), p.vectors())) {
        String sentence = text.substring(e.sentence().begin(), e.sentence().end());
        boolean right = gold.stream().anyMatch(g -> g.type().equals(e.ploverType()) && EventScoring.sameSentence(g.sentence(), sentence));
        double q = Math.min(1 - 1e-6, Math.max(1e-6, e.confidence()));
        points.add(new double[] {Math.log(q / (1 - q)), right ? 1 : 0});
      }
    }
    double a = 1;
    double b = 0;
    for (int it = 0; it < 2000 && !points.isEmpty(); it++) {
      double ga = 0;
      double gb = 0;
      for (double[] pt : points) {
        double p = 1 / (1 + Math.exp(-(a * pt[0] + b)));
        ga += (p - pt[1]) * pt[0];
        gb += p - pt[1];
      }
      a -= 0.5 * ga / points.size();
      b -= 0.5 * gb / points.size();
    }
    return new double[] {a, b};
  }

  /**
   * A classifier that remembers its answer for each input it has seen (by the features' names and
   * dense values): the threshold search asks the same questions many times. Not thread-safe.
   */
  private static final class Remembering implements Classifier {
    private record Key(List<String> names, float[] dense) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && names.equals(k.names) && java.util.Arrays.equals(dense, k.dense);
      }

      @Override
      public int hashCode() {
        return 31 * names.hashCode() + java.util.Arrays.hashCode(dense);
      }
    }

    private final Classifier inner;
    private final Map<Key, double[]> seen = new HashMap<>();

    Remembering(Classifier inner) {
      this.inner = inner;
    }

    @Override
    public List<String> labels() {
      return inner.labels();
    }

    @Override
    public double[] probabilities(Features f) {
      return seen.computeIfAbsent(new Key(f.names(), f.dense().clone()), k -> inner.probabilities(f)).clone();
    }

    @Override
    public ObjectNode toJson() {
      return inner.toJson();
    }
  }

  /** A coder's events as the scorer compares them. */
  public static List<EventScoring.Item> items(String text, List<Event> events) {
    List<EventScoring.Item> out = new ArrayList<>();
    for (Event e : events) {
      if (!TYPES.contains(e.ploverType())) {
        continue;
      }
      out.add(new EventScoring.Item(text.substring(e.sentence().begin(), e.sentence().end()), e.ploverType(),
          e.triggerText(), country(e.source()), country(e.target()), EventScoring.modalityClass(e.modality().name())));
    }
    return out;
  }

  private static String country(EventActor a) {
    if (a == null || a.name().startsWith("implied:") && a.actorId() == null) {
      return null;
    }
    return a.code().length() >= 3 ? a.code().substring(0, 3).toUpperCase(Locale.ROOT) : null;
  }

  /** The commonest annotated root of each type, as the code the ontology lists for it. */
  private Map<String, String> defaultCodes(Map<String, Map<String, Integer>> roots) {
    Map<String, String> out = new TreeMap<>();
    for (String type : TYPES) {
      List<String> order = new ArrayList<>();
      roots.getOrDefault(type, Map.of()).entrySet().stream()
          .sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> order.add(e.getKey()));
      CameoEntry chosen = null;
      for (String root : order) {
        chosen = shortest(type, root);
        if (chosen != null) {
          break;
        }
      }
      if (chosen == null) {
        chosen = resources.events().ontology().all().stream().filter(c -> c.ploverType().equals(type))
            .min(SHORTEST_FIRST)
            .orElseThrow(() -> new IllegalStateException("the CAMEO ontology has no code of PLOVER type " + type));
      }
      out.put(type, chosen.code().value());
    }
    return out;
  }

  /** Codes with fewer digits first (a root before its codes), then in code order. */
  private static final java.util.Comparator<CameoEntry> SHORTEST_FIRST =
      java.util.Comparator.comparingInt((CameoEntry c) -> c.code().value().length()).thenComparing(CameoEntry::code);

  private CameoEntry shortest(String type, String root) {
    return resources.events().ontology().all().stream()
        .filter(c -> c.root().value().equals(root) && c.ploverType().equals(type))
        .min(SHORTEST_FIRST)
        .orElse(null);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

}

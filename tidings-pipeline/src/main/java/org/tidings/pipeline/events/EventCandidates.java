package org.tidings.pipeline.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.events.learn.Features;
import org.tidings.pipeline.events.learn.TriggerInput;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.syntax.PennTag;

/**
 * The candidates a learned event coder decides on in one annotated document, with their features:
 * trigger tokens (is this word an act, and of which PLOVER type?), the actor mentions of a
 * trigger's sentence (its source, its target, or neither?) and the trigger's modality. The same
 * features serve training ({@code tidings train events}) and coding ({@link LearnedEventCoder}).
 *
 * <p>Features are named indicators read from the parse, the lemmas, WordNet, the CAMEO lexicon
 * and the rule coder's events when the document has them (rules as features), plus the
 * encoder's vector of the token (dense part). Built once per document in time linear in its
 * tokens and mentions. Not thread-safe; one per document.
 */
public final class EventCandidates {
  /** Longest sentence (tokens) whose words are candidates; longer ones are tables or lists. */
  public static final int MAX_SENTENCE_TOKENS = 150;
  private static final Set<String> AUX = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> SPEECH = Set.of("say", "tell", "according", "state", "claim", "report", "announce");

  /** One actor mention of a trigger's sentence as a possible party; {@code head} is a token index. */
  public record Party(Actor actor, ActorMention mention, int head, Features features) {}

  private final DocumentView v;
  private final EventResources resources;
  private final float[][] vectors;
  private final int dimension;
  private final TriggerInput input;
  /** Mean encoder vector of each sentence, by sentence index; filled when first asked. */
  private final Map<Integer, float[]> sentenceMeans = new HashMap<>();
  private final Map<Integer, Event> ruleEvents = new HashMap<>();
  private final List<Quote> quotes;

  /**
   * @param doc a document with tokens, sentences, actors, places and times (and, when present,
   *     quotes and the rule coder's events)
   * @param vectors encoder vector per token index of {@code doc}, a row null where a token was not
   *     encoded; null when no encoder is used
   * @param dimension length of each vector (0 without an encoder)
   * @param input what the trigger features' dense part holds
   */
  public EventCandidates(Document doc, EventResources resources, float[][] vectors, int dimension, TriggerInput input) {
    this.v = new DocumentView(doc);
    this.resources = resources;
    this.vectors = vectors;
    this.dimension = dimension;
    this.input = Objects.requireNonNull(input, "input");
    if (doc.has(Layers.EVENTS)) {
      for (Event e : doc.get(Layers.EVENTS)) {
        int t = DocumentView.firstToken(doc.tokens(), e.trigger().begin());
        if (t < doc.tokens().size()) {
          ruleEvents.putIfAbsent(t, e);
        }
      }
    }
    this.quotes = doc.has(Layers.QUOTES) ? doc.get(Layers.QUOTES) : List.of();
  }

  /** What the candidates read of the document. */
  DocumentView view() {
    return v;
  }

  /** The rule coder's events by the index of their trigger's first token (empty without them). */
  Map<Integer, Event> ruleEvents() {
    return ruleEvents;
  }

  /** The sentences whose words are candidates: body text with a parse, not over-long. */
  public static boolean readable(Sentence s) {
    return s.segment() == SegmentKind.BODY && !s.dependencies().isEmpty()
        && s.tokens().end() - s.tokens().first() <= MAX_SENTENCE_TOKENS;
  }

  /** Token indices that may name an act: verbs and common nouns (and any word the rules coded). */
  public List<Integer> triggerTokens() {
    List<Integer> out = new ArrayList<>();
    for (Sentence s : v.doc.sentences()) {
      if (!readable(s)) {
        continue;
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        if (candidate(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** True when a token may be a trigger: a verb, a common noun, or a word the rules coded. */
  public boolean candidate(int token) {
    PennTag tag = v.tag(token);
    return tag.isVerb() || tag.isCommonNoun() || ruleEvents.containsKey(token);
  }

  /** The document's tokens. */
  public List<Token> tokens() {
    return v.doc.tokens();
  }

  /** Features of a token as a trigger. */
  public Features trigger(int t) {
    List<String> f = new ArrayList<>();
    Token tok = v.token(t);
    String lemma = v.lemma(t);
    String pos = coarse(PennTag.of(tok));
    f.add("l=" + lemma);
    f.add("p=" + tok.pos());
    f.add("lp=" + lemma + "|" + pos);
    String rel = v.parse.relationOf(t);
    f.add("r=" + base(rel));
    int gov = v.parse.governorOf(t);
    if (gov >= 0) {
      f.add("gl=" + v.lemma(gov));
      f.add("gr=" + base(rel) + "|" + v.lemma(gov));
    } else {
      f.add("root");
    }
    for (Dependency d : v.parse.children(t)) {
      String r = d.relation();
      f.add("c=" + r);
      if (r.startsWith("nsubj") || r.equals("obj") || r.startsWith("obl") || r.startsWith("nmod")) {
        DocumentView.ActorAt a = v.actorAt(d.dependent());
        f.add("ca=" + base(r) + "|" + (a == null ? "none" : a.actor().type().name()));
        f.add("lca=" + lemma + "|" + base(r) + "|" + (a == null ? "-" : "A"));
      }
      if (AUX.contains(r) || r.equals("advmod")) {
        f.add("aux=" + v.lemma(d.dependent()));
      }
    }
    WordNetSenses wn = resources.wordNet();
    String file = pos.equals("V") ? wn.firstVerbSenseFile(lemma) : wn.firstSenseFile(lemma);
    f.add("wn=" + (file == null ? "none" : file));
    List<LexiconEntry> entries = resources.lexicon().entries(!pos.equals("V"), lemma);
    if (!entries.isEmpty()) {
      String code = entries.get(0).code();
      f.add("lex=" + code.substring(0, 2));
      CameoEntry c = resources.ontology().get(code);
      f.add("lexT=" + (c == null ? "?" : c.ploverType()));
    }
    Event rule = ruleEvents.get(t);
    if (rule != null) {
      f.add("rule=" + rule.ploverType());
      f.add("ruleR=" + rule.cameoRoot());
      f.add("ruleM=" + rule.modality());
    } else {
      f.add("rule=none");
    }
    Sentence s = v.doc.sentences().get(tok.sentence());
    f.add("prev=" + (t > s.tokens().first() ? v.lemma(t - 1) : "<s>"));
    f.add("next=" + (t + 1 < s.tokens().end() ? v.lemma(t + 1) : "</s>"));
    DocumentView.ActorAt in = v.actorAt(t);
    if (in != null) {
      f.add("inActor=" + in.mention().kind());
    }
    return new Features(f, input == TriggerInput.WORD ? vector(t) : context(t, gov, tok.sentence()));
  }

  /** The word's vector, its governor's (zeros for none) and its sentence's mean, end to end. */
  private float[] context(int t, int gov, int sentence) {
    if (dimension == 0) {
      return Features.NO_DENSE;
    }
    float[] out = new float[3 * dimension];
    System.arraycopy(vector(t), 0, out, 0, dimension);
    if (gov >= 0) {
      System.arraycopy(vector(gov), 0, out, dimension, dimension);
    }
    System.arraycopy(sentenceMean(sentence), 0, out, 2 * dimension, dimension);
    return out;
  }

  private float[] sentenceMean(int sentence) {
    return sentenceMeans.computeIfAbsent(sentence, k -> {
      Sentence s = v.doc.sentences().get(k);
      float[] mean = new float[dimension];
      int n = 0;
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        float[] row = vectors == null ? null : vectors[i];
        if (row != null) {
          for (int d = 0; d < dimension; d++) {
            mean[d] += row[d];
          }
          n++;
        }
      }
      for (int d = 0; n > 0 && d < dimension; d++) {
        mean[d] /= n;
      }
      return mean;
    });
  }

  /**
   * The actor mentions of a trigger's sentence as possible parties, one per actor (its mention
   * nearest the trigger in the parse), with features of the pair; {@code type} is the event's
   * PLOVER type (gold in training, predicted in coding).
   */
  public List<Party> parties(int trigger, String type) {
    Sentence s = v.doc.sentences().get(v.token(trigger).sentence());
    Map<String, Party> byActor = new LinkedHashMap<>();
    Map<String, Integer> distance = new HashMap<>();
    Event rule = ruleEvents.get(trigger);
    java.util.Set<ActorMention> seen = new java.util.HashSet<>();
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      DocumentView.ActorAt a = v.actorAt(i);
      if (a == null || !seen.add(a.mention())) {
        continue;
      }
      int head = head(a.mention());
      if (head == trigger) {
        continue;
      }
      String path = path(trigger, head);
      int len = path.isEmpty() ? 9 : path.split(" ").length;
      Integer best = distance.get(a.actor().id());
      if (best != null && best <= len) {
        continue;
      }
      distance.put(a.actor().id(), len);
      List<String> f = new ArrayList<>();
      String p = len > 4 ? "far" : path;
      f.add("path=" + p);
      f.add("tpath=" + type + "|" + p);
      f.add("lpath=" + v.lemma(trigger) + "|" + p);
      f.add("first=" + (len > 4 ? "far" : path.split(" ")[0]));
      f.add("tfirst=" + type + "|" + (len > 4 ? "far" : path.split(" ")[0]));
      f.add("len=" + Math.min(len, 5));
      f.add("k=" + a.mention().kind());
      f.add("at=" + a.actor().type());
      f.add("tat=" + type + "|" + a.actor().type());
      f.add(a.actor().countries().isEmpty() ? "noCountry" : "country");
      f.add("dir=" + (head < trigger ? "before" : "after"));
      f.add("tdir=" + type + "|" + (head < trigger ? "before" : "after"));
      f.add("dist=" + Math.min(Math.abs(head - trigger) / 3, 6));
      if (rule != null && rule.source() != null && a.actor().id().equals(rule.source().actorId())) {
        f.add("ruleSrc");
      }
      if (rule != null && rule.target() != null && a.actor().id().equals(rule.target().actorId())) {
        f.add("ruleTgt");
      }
      if (speakerOf(trigger, a.actor().id())) {
        f.add("speaker");
      }
      byActor.put(a.actor().id(), new Party(a.actor(), a.mention(), head, new Features(f, product(trigger, head))));
    }
    return new ArrayList<>(byActor.values());
  }

  /** A country a party may belong to ({@link #NO_COUNTRY} for none), with features. */
  public record CountryOption(String country, Features features) {}

  /** The option of no country. */
  public static final String NO_COUNTRY = "-";

  /**
   * The countries a chosen party may be coded with: its own, one named in its mention, those of
   * the places of the trigger's sentence, the article's focus and most-named countries, the other
   * party's, and none. Each option's features say where it came from.
   *
   * @param other the other party's country, or null
   */
  public List<CountryOption> countries(int trigger, Party party, String other, String type) {
    Map<String, List<String>> origins = new LinkedHashMap<>();
    List<String> own = party.actor().countries();
    for (int i = 0; i < own.size(); i++) {
      origins.computeIfAbsent(own.get(i), k -> new ArrayList<>()).add("own" + Math.min(i, 1));
    }
    for (int t = party.mention().tokens().first(); t < party.mention().tokens().end(); t++) {
      org.tidings.model.Place p = v.placeAt(t);
      if (p != null && p.country() != null && !p.country().isEmpty()) {
        origins.computeIfAbsent(p.country(), k -> new ArrayList<>()).add("mention");
      }
    }
    Sentence s = v.doc.sentences().get(v.token(trigger).sentence());
    for (int t = s.tokens().first(); t < s.tokens().end(); t++) {
      org.tidings.model.Place p = v.placeAt(t);
      if (p != null && p.country() != null && !p.country().isEmpty()) {
        origins.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(t < trigger ? "sentBefore" : "sentAfter");
      }
    }
    List<String> ranked = articleCountries();
    for (int i = 0; i < Math.min(2, ranked.size()); i++) {
      origins.computeIfAbsent(ranked.get(i), k -> new ArrayList<>()).add("article" + i);
    }
    if (v.doc.has(Layers.FOCUS) && v.doc.get(Layers.FOCUS).country() != null) {
      String c = v.doc.get(Layers.FOCUS).country().country();
      if (c != null && !c.isEmpty()) {
        origins.computeIfAbsent(c, k -> new ArrayList<>()).add("focus");
      }
    }
    if (other != null) {
      origins.computeIfAbsent(other, k -> new ArrayList<>()).add("other");
    }
    String kind = party.actor().type().name();
    String role = party.actor().roles().isEmpty() ? "none" : party.actor().roles().get(0);
    List<CountryOption> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : origins.entrySet()) {
      List<String> f = new ArrayList<>();
      boolean hasOwn = !own.isEmpty();
      for (String o : e.getValue()) {
        f.add("o=" + o);
        f.add("ok=" + o + "|" + kind);
        f.add("or=" + o + "|" + role);
        f.add("oh=" + o + "|" + hasOwn);
      }
      f.add("n=" + Math.min(e.getValue().size(), 4));
      f.add("all=" + String.join("+", e.getValue()));
      f.add(e.getKey().equals("IGO") ? "igo" : "state");
      out.add(new CountryOption(e.getKey(), new Features(f, Features.NO_DENSE)));
    }
    List<String> f = new ArrayList<>();
    f.add("none");
    f.add("none|" + kind);
    f.add("none|" + role);
    f.add("none|" + !own.isEmpty());
    f.add("none|" + party.mention().kind());
    f.add("none|" + type);
    f.add("none|options=" + Math.min(out.size(), 4));
    out.add(new CountryOption(NO_COUNTRY, new Features(f, Features.NO_DENSE)));
    return out;
  }

  private List<String> articleRanking;

  /** The article's countries, most named first (places and actors' countries). */
  private List<String> articleCountries() {
    if (articleRanking == null) {
      Map<String, Integer> counts = new HashMap<>();
      for (org.tidings.model.Place p : v.doc.get(Layers.PLACES)) {
        if (p.country() != null && !p.country().isEmpty()) {
          counts.merge(p.country(), 1, Integer::sum);
        }
      }
      for (Actor a : v.doc.get(Layers.ACTORS)) {
        if (!a.countries().isEmpty()) {
          counts.merge(a.countries().get(0), a.mentions().size(), Integer::sum);
        }
      }
      articleRanking = counts.entrySet().stream()
          .sorted((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()))
          .map(Map.Entry::getKey).toList();
    }
    return articleRanking;
  }

  /** Features of a trigger's modality; {@code type} is the event's PLOVER type. */
  public Features modality(int t, String type) {
    List<String> f = new ArrayList<>();
    f.add("type=" + type);
    f.add("pos=" + v.token(t).pos());
    for (Dependency d : v.parse.children(t)) {
      String r = d.relation();
      String l = v.lemma(d.dependent());
      if (AUX.contains(r) || r.equals("mark") || r.equals("advmod") && (l.equals("not") || l.equals("never"))) {
        f.add("cl=" + r + "|" + l);
      }
      if (r.startsWith("advcl:")) {
        f.add("advcl=" + r.substring(6));
      }
    }
    int gov = v.parse.governorOf(t);
    String rel = base(v.parse.relationOf(t));
    f.add("r=" + rel);
    for (int depth = 0; gov >= 0 && depth < 3; depth++) {
      String gl = v.lemma(gov);
      f.add("g" + depth + "=" + rel + "|" + gl);
      f.add("ga=" + gl);
      for (Dependency d : v.parse.children(gov)) {
        if (AUX.contains(d.relation()) || d.relation().equals("advmod")) {
          f.add("gaux=" + v.lemma(d.dependent()));
        }
      }
      rel = base(v.parse.relationOf(gov));
      gov = v.parse.governorOf(gov);
    }
    Token tok = v.token(t);
    for (Quote q : quotes) {
      if (q.span().begin() <= tok.span().begin() && tok.span().end() <= q.span().end()) {
        f.add("inQuote=" + q.kind());
      }
    }
    Sentence s = v.doc.sentences().get(tok.sentence());
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      String l = v.lemma(i);
      if (SPEECH.contains(l)) {
        f.add("sent=" + l + (i < t ? "<" : ">"));
      }
      if (l.equals("if") || l.equals("unless") || l.equals("would") || l.equals("could") || l.equals("may")) {
        f.add("sentw=" + l);
      }
    }
    Event rule = ruleEvents.get(t);
    f.add("ruleM=" + (rule == null ? "none" : rule.modality()));
    return new Features(f, vector(t));
  }

  /** The mention's head: its token whose governor lies outside it (the last token when none). */
  public int head(ActorMention m) {
    for (int i = m.tokens().first(); i < m.tokens().end(); i++) {
      int g = v.parse.governorOf(i);
      if (g < m.tokens().first() || g >= m.tokens().end()) {
        return i;
      }
    }
    return m.tokens().end() - 1;
  }

  /** The dependency path from one token to another ("^obj", "vnsubj ^xcomp"...), "" when none within 5 arcs. */
  String path(int from, int to) {
    Map<Integer, String> seen = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    seen.put(from, "");
    queue.add(from);
    while (!queue.isEmpty()) {
      int at = queue.poll();
      String p = seen.get(at);
      if (at == to) {
        return p.trim();
      }
      if (!p.isEmpty() && p.trim().split(" ").length >= 5) {
        continue;
      }
      for (Dependency d : v.parse.children(at)) {
        if (!seen.containsKey(d.dependent())) {
          seen.put(d.dependent(), p + " v" + base(d.relation()));
          queue.add(d.dependent());
        }
      }
      for (Dependency d : v.parse.parents(at)) {
        if (d.governor() >= 0 && !seen.containsKey(d.governor())) {
          seen.put(d.governor(), p + " ^" + base(d.relation()));
          queue.add(d.governor());
        }
      }
    }
    return "";
  }

  private boolean speakerOf(int trigger, String actorId) {
    Token tok = v.token(trigger);
    for (Quote q : quotes) {
      if (actorId.equals(q.speakerActorId()) && q.span().begin() <= tok.span().begin() && tok.span().end() <= q.span().end()) {
        return true;
      }
    }
    return false;
  }

  private float[] vector(int t) {
    if (dimension == 0) {
      return Features.NO_DENSE;
    }
    float[] row = vectors == null ? null : vectors[t];
    return row == null ? new float[dimension] : row;
  }

  private float[] product(int a, int b) {
    if (dimension == 0) {
      return Features.NO_DENSE;
    }
    float[] x = vector(a);
    float[] y = vector(b);
    float[] out = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      out[i] = x[i] * y[i];
    }
    return out;
  }

  private static String coarse(PennTag tag) {
    return tag.isVerb() ? "V" : tag.isNoun() ? "N" : tag.isAdjective() ? "J" : "O";
  }

  /** "obl:with" stays; "nsubj:pass" stays; "conj:and" becomes "conj". */
  private static String base(String rel) {
    return rel.startsWith("conj") ? "conj" : rel.toLowerCase(Locale.ROOT);
  }
}

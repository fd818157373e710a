package org.tidings.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.PrfCounts;
import org.tidings.eval.Scorer;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Article;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.output.DocumentJson;

/**
 * Named actor mentions on MEANTIME ({@code docs.jsonl} with {@code doc_id, dct, title, text};
 * {@code gold.jsonl} with {@code entity_mentions: [{start, end, syntactic_type, ent_type,
 * instance_id}]}). Gold: mentions of people and organisations written as names ({@code NAM},
 * {@code PRE.NAM}); predicted: NAME mentions of person, organisation and group actors.
 *
 * <p>Only the part of each document MEANTIME annotates in full is scored, for both sides: the
 * first {@value #ANNOTATED_LINES} lines of {@code text} (title, dateline and the first sentences;
 * the text holds one sentence per line). Beyond it MEANTIME marks only mentions of its
 * cross-document entities, without a syntactic type, so names found there could never match.
 * The region is fixed by the annotation scheme, not read off each document's gold.
 *
 * <p>A pair matches when the spans overlap and the predicted one lies within the gold one or
 * shares its last character (MEANTIME extents take in titles, "JSA Research defence analysist Paul
 * Nesbit"); exact pairs are made first, so a name nested in a longer gold extent ("Paul Nesbit"
 * inside the one above, both marked) pairs with its own gold mention. Exact matches are reported
 * too. Within-document coreference is B³ over matched mentions, with the gold {@code instance_id}
 * as the key. Items are documents.
 *
 * <p>Loads CoreNLP on first use. Used by one thread at a time.
 */
public final class MeantimeEntityScorer implements Scorer {
  /** Lines of {@code text} MEANTIME annotates in full: title, dateline and the first four sentences. */
  static final int ANNOTATED_LINES = 6;
  private static final Set<String> GOLD_TYPES = Set.of("PER", "ORG");
  private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
  private static final Set<Actor.Type> ACTOR_TYPES =
      Set.of(Actor.Type.PERSON, Actor.Type.ORGANISATION, Actor.Type.GROUP);
  private Pipeline pipeline;

  @Override
  public String suite() {
    return "entities-meantime";
  }

  @Override
  public String description() {
    return "MEANTIME person/organisation name mentions (P/R/F1) and within-document B3: a directory with docs.jsonl and gold.jsonl";
  }

  private record Gold(TextSpan span, String entity) {}

  private record Predicted(TextSpan span, String actor) {}

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    Map<String, JsonNode> docs = readJsonl(data.resolve("docs.jsonl"), "doc_id");
    Map<String, JsonNode> golds = readJsonl(data.resolve("gold.jsonl"), "doc_id");
    if (pipeline == null) {
      pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    }
    PrfCounts overlap = new PrfCounts();
    PrfCounts exact = new PrfCounts();
    double b3p = 0;
    double b3r = 0;
    int b3n = 0;
    int items = 0;
    for (var entry : docs.entrySet()) {
      JsonNode doc = entry.getValue();
      JsonNode gold = golds.get(entry.getKey());
      if (gold == null) {
        continue;
      }
      items++;
      String text = doc.path("text").asText("");
      int annotatedEnd = annotatedEnd(text);
      List<Gold> g = new ArrayList<>();
      Set<TextSpan> seen = new java.util.HashSet<>();
      for (JsonNode m : gold.path("entity_mentions")) {
        if (GOLD_TYPES.contains(m.path("ent_type").asText()) && NAMED.contains(m.path("syntactic_type").asText())) {
          TextSpan s = new TextSpan(m.path("start").asInt(), m.path("end").asInt());
          if (s.begin() < annotatedEnd && seen.add(s)) {
            g.add(new Gold(s, m.path("instance_id").asText(s.toString())));
          }
        }
      }
      List<Predicted> p = new ArrayList<>();
      for (Predicted pr : predict(text, doc.path("dct").asText(""), entry.getKey())) {
        if (pr.span().begin() < annotatedEnd) {
          p.add(pr);
        }
      }
      List<TextSpan> gs = new ArrayList<>();
      g.forEach(x -> gs.add(x.span()));
      List<TextSpan> ps = new ArrayList<>();
      p.forEach(x -> ps.add(x.span()));
      Map<Integer, Integer> pairs = pair(gs, ps);
      int tp = pairs.size();
      int tpExact = 0;
      for (var pair : pairs.entrySet()) {
        tpExact += g.get(pair.getKey()).span().equals(p.get(pair.getValue()).span()) ? 1 : 0;
      }
      overlap.add(tp, p.size() - tp, g.size() - tp);
      exact.add(tpExact, p.size() - tpExact, g.size() - tpExact);
      // B3 over matched mentions: how far each mention's predicted and gold clusters agree
      for (var pair : pairs.entrySet()) {
        String ge = g.get(pair.getKey()).entity();
        String pa = p.get(pair.getValue()).actor();
        int both = 0;
        int inGold = 0;
        int inPred = 0;
        for (var other : pairs.entrySet()) {
          boolean sg = g.get(other.getKey()).entity().equals(ge);
          boolean sp = p.get(other.getValue()).actor().equals(pa);
          inGold += sg ? 1 : 0;
          inPred += sp ? 1 : 0;
          both += sg && sp ? 1 : 0;
        }
        b3p += (double) both / inPred;
        b3r += (double) both / inGold;
        b3n++;
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("mention.precision", overlap.precision());
    metrics.put("mention.recall", overlap.recall());
    metrics.put("mention.f1", overlap.f1());
    metrics.put("mention.exact.f1", exact.f1());
    double p = b3n == 0 ? 0 : b3p / b3n;
    double r = b3n == 0 ? 0 : b3r / b3n;
    metrics.put("coref.b3.precision", p);
    metrics.put("coref.b3.recall", r);
    metrics.put("coref.b3.f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    return new EvalReport(suite(), data.toString(), items, metrics);
  }

  /** Offset where the fully annotated part of {@code text} ends: after its first {@link #ANNOTATED_LINES} lines. */
  static int annotatedEnd(String text) {
    int at = 0;
    for (int line = 0; line < ANNOTATED_LINES; line++) {
      int nl = text.indexOf('\n', at);
      if (nl < 0) {
        return text.length();
      }
      at = nl + 1;
    }
    return at;
  }

  /**
   * Gold index to predicted index, one to one: exact span pairs first, then lenient ones
   * ({@link #matches}) in gold order.
   */
  static Map<Integer, Integer> pair(List<TextSpan> gold, List<TextSpan> predicted) {
    boolean[] used = new boolean[predicted.size()];
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int gi = 0; gi < gold.size(); gi++) {
        for (int pi = 0; pi < predicted.size() && !pairs.containsKey(gi); pi++) {
          boolean ok = pass == 0 ? gold.get(gi).equals(predicted.get(pi)) : matches(gold.get(gi), predicted.get(pi));
          if (!used[pi] && ok) {
            used[pi] = true;
            pairs.put(gi, pi);
          }
        }
      }
    }
    return pairs;
  }

  static boolean matches(TextSpan gold, TextSpan predicted) {
    return gold.overlaps(predicted) && (gold.contains(predicted) || gold.end() == predicted.end());
  }

  private List<Predicted> predict(String text, String dct, String id) {
    Published published = null;
    try {
      published = dct.isBlank() ? null : Published.of(LocalDate.parse(dct));
    } catch (RuntimeException e) {
      System.err.println("entities-meantime: " + id + ": ignoring bad date '" + dct + "'");
    }
    Article article = Article.builder(text, id).published(published).externalId(id).build();
    Outcome outcome = pipeline.run(article);
    List<Predicted> out = new ArrayList<>();
    if (outcome instanceof Outcome.Coded coded && coded.document().has(Layers.ACTORS)) {
      for (Actor a : coded.document().get(Layers.ACTORS)) {
        if (ACTOR_TYPES.contains(a.type())) {
          for (ActorMention m : a.mentions()) {
            if (m.kind() == ActorMention.Kind.NAME) {
              out.add(new Predicted(m.span(), a.id()));
            }
          }
        }
      }
    } else {
      System.err.println("entities-meantime: " + id + ": not coded: " + outcome);
    }
    return out;
  }

  /** JSON lines keyed by a field, in file order; shared by the MEANTIME scorers. */
  public static Map<String, JsonNode> readJsonl(Path file, String key) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = DocumentJson.MAPPER.readTree(line);
          out.put(n.path(key).asText(), n);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not readable JSON lines: " + e.getMessage(), e);
    }
    return out;
  }
}

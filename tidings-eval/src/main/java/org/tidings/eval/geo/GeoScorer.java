package org.tidings.eval.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.model.Article;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Place;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.places.PlaceResolver;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.places.Toponym;

/**
 * Geoparsing on a JSONL set such as GeoWebNews or TR-News (form in {@link GeoDocument}); metrics
 * in {@link GeoCounts}. Items are the documents.
 *
 * <ul>
 *   <li>Suite {@code geo}: end to end. The annotator (NER only, no parse) and the places stage run on
 *       each text; recognition is scored against all gold toponyms, resolution on matched ones.
 *   <li>{@code geo --oracle} ({@link #oracle()}): the gold spans are given to the resolver (as in
 *       CamCoder's evaluation); a gold toponym the resolver cannot place counts as the largest error.
 * </ul>
 *
 * <p>An article the pipeline fails on is reported on stderr; its gold toponyms count as missed.
 * Loads CoreNLP and the gazetteer on first use. Used by one thread at a time.
 */
public final class GeoScorer implements Scorer {
  private final boolean oracle;
  private final PlaceResources resources;
  private Pipeline pipeline;
  private PlaceResolver resolver;

  private GeoScorer(boolean oracle, PlaceResources resources) {
    this.oracle = oracle;
    this.resources = resources;
  }

  /** End-to-end scorer over the built-in gazetteer. */
  public static GeoScorer endToEnd() {
    return new GeoScorer(false, PlaceResources.builtIn());
  }

  /** This scorer's oracle-span mode, over the same gazetteer. */
  @Override
  public GeoScorer oracle() {
    return oracle ? this : new GeoScorer(true, resources);
  }

  /** A scorer over given resources (tests share one gazetteer). */
  public static GeoScorer of(boolean oracle, PlaceResources resources) {
    return new GeoScorer(oracle, resources);
  }

  @Override
  public String suite() {
    return "geo";
  }

  @Override
  public String description() {
    return "toponym recognition P/R/F1 and resolution (accuracy@161km, mean/median km, AUC); --oracle:"
        + " resolution alone on the gold spans. Data: a geoparsing JSONL file, e.g. geoparsing/geowebnews.jsonl";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    List<GeoDocument> docs = GeoDocument.read(data);
    GeoCounts counts = new GeoCounts();
    for (GeoDocument doc : docs) {
      if (oracle) {
        scoreOracle(doc, counts);
      } else {
        scoreEndToEnd(doc, predict(doc), counts);
      }
    }
    return new EvalReport(oracle ? "geo --oracle" : "geo", data.toString(), docs.size(), counts.metrics(!oracle));
  }

  private void scoreOracle(GeoDocument doc, GeoCounts counts) {
    List<Toponym> gold = new ArrayList<>();
    doc.toponyms().forEach(t -> gold.add(new Toponym(t.span(), t.text())));
    List<Place> places = resolver().resolve(doc.text(), gold, List.of()).places();
    for (GeoDocument.GoldToponym g : doc.toponyms()) {
      if (!g.hasCoordinates()) {
        continue;
      }
      Place p = places.stream().filter(x -> x.span().equals(g.span())).findFirst().orElse(null);
      counts.addError(p == null ? GeoCounts.MAX_ERROR_KM : GeoCounts.km(g.lat(), g.lon(), p.lat(), p.lon()));
    }
  }

  /** Greedy one-to-one matching in text order; package-private for tests. */
  static void scoreEndToEnd(GeoDocument doc, List<Place> predicted, GeoCounts counts) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GeoDocument.GoldToponym g : doc.toponyms()) {
      for (int i = 0; i < predicted.size(); i++) {
        Place p = predicted.get(i);
        if (!used[i] && p.span().overlaps(g.span()) && p.text().equalsIgnoreCase(g.text())) {
          used[i] = true;
          tp++;
          if (g.hasCoordinates()) {
            counts.addError(GeoCounts.km(g.lat(), g.lon(), p.lat(), p.lon()));
          }
          break;
        }
      }
    }
    counts.addRecognition(tp, predicted.size() - tp, doc.toponyms().size() - tp);
  }

  private List<Place> predict(GeoDocument doc) {
    String text = doc.text();
    Article article = Article.builder(text, "geo:" + doc.id()).externalId(doc.id()).build();
    Outcome outcome = pipeline().run(article);
    if (outcome instanceof Outcome.Coded coded) {
      return coded.document().get(Layers.PLACES);
    }
    System.err.println("geo: pipeline did not code document " + doc.id() + ": " + outcome);
    return List.of();
  }

  private PlaceResolver resolver() {
    if (resolver == null) {
      resolver = new PlaceResolver(resources);
    }
    return resolver;
  }

  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.of(List.of(new CoreNlpAnnotator(AnnotatorConfig.DEFAULT.withParse(false)), resolver()));
    }
    return pipeline;
  }
}

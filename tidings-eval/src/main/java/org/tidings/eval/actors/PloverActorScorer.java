package org.tidings.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Place;
import org.tidings.model.Published;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.output.DocumentJson;

/**
 * Actor coding on PLOVER gold sentences (a JSON array with {@code text}, {@code date} and
 * {@code source}/{@code target} lists of {@code {actorText, code, sector}}). Each sentence runs
 * through the standard pipeline; each gold actor is found in the text by its {@code actorText}
 * (parts around "..." located in order) and matched to the actor with the mention overlapping it
 * most. Country is correct when the gold code is among the actor's countries (one gold actor of a
 * multi-country collective); country+role, scored where the gold has a sector other than
 * "***", also needs the sector's first three letters among the actor's roles. An unmatched gold
 * actor counts as wrong. Items are gold actors.
 *
 * <p>Like is compared with like in two places. Gold codes from before CAMEO took ISO 3166
 * alpha-3 ({@link #LEGACY_CODES}: JAP, ITL, VTN; JRN for the media sector) are read as their
 * current codes. A gold actor that Tidings keeps as a place rather than an actor ("a curfew in
 * Algiers", "targets in Jericho") is scored by the country of the place overlapping it, as the
 * events stage codes a place acted on by its country; no role is credited for it.
 *
 * <p>Loads CoreNLP on first use. Used by one thread at a time.
 */
public final class PloverActorScorer implements Scorer {
  /** Pre-ISO CAMEO country codes and sector names found in CAMEO-manual gold, with today's code. */
  static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "JRN", "MED");
  private Pipeline pipeline;

  @Override
  public String suite() {
    return "actors-plover";
  }

  @Override
  public String description() {
    return "PLOVER gold source/target actor codes (country, country+role): a JSON file such as events/plover-gsr-dev.json";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    JsonNode root = records(data);
    if (pipeline == null) {
      pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    }
    int[][] counts = new int[2][4]; // [source,target][country ok, country n, role ok, role n]
    int items = 0;
    for (JsonNode rec : root) {
      String text = rec.path("text").asText("");
      if (text.isBlank()) {
        continue;
      }
      Document doc = document(text, rec.path("date").asText(""), rec.path("id").asText("plover"));
      List<Actor> actors = doc != null && doc.has(Layers.ACTORS) ? doc.get(Layers.ACTORS) : List.of();
      List<Place> places = doc != null && doc.has(Layers.PLACES) ? doc.get(Layers.PLACES) : List.of();
      for (int side = 0; side < 2; side++) {
        JsonNode list = rec.path(side == 0 ? "source" : "target");
        if (!list.isArray()) {
          continue;
        }
        for (JsonNode gold : list) {
          String code = current(gold.path("code").asText(""));
          if (code.isEmpty()) {
            continue;
          }
          items++;
          TextSpan span = locate(text, gold.path("actorText").asText(""));
          Actor a = match(actors, span);
          Place place = a == null ? placeAt(places, span) : null;
          boolean countryOk = a != null ? a.countries().contains(code) : place != null && code.equals(place.country());
          counts[side][0] += countryOk ? 1 : 0;
          counts[side][1]++;
          String sector = gold.path("sector").asText("");
          if (sector.length() >= 3 && !sector.startsWith("*")) {
            String role = current(sector.substring(0, 3).toUpperCase(Locale.ROOT));
            counts[side][2] += countryOk && a != null && a.roles().contains(role) ? 1 : 0;
            counts[side][3]++;
          }
        }
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("source.country.accuracy", ratio(counts[0][0], counts[0][1]));
    metrics.put("target.country.accuracy", ratio(counts[1][0], counts[1][1]));
    metrics.put("source.country+role.accuracy", ratio(counts[0][2], counts[0][3]));
    metrics.put("target.country+role.accuracy", ratio(counts[1][2], counts[1][3]));
    metrics.put("country+role.accuracy", ratio(counts[0][2] + counts[1][2], counts[0][3] + counts[1][3]));
    metrics.put("source.actors", (double) counts[0][1]);
    metrics.put("target.actors", (double) counts[1][1]);
    metrics.put("with-role.actors", (double) (counts[0][3] + counts[1][3]));
    return new EvalReport(suite(), data.toString(), items, metrics);
  }

  private Document document(String text, String date, String id) {
    Published published = null;
    try {
      published = date.isBlank() ? null : Published.of(LocalDate.parse(date));
    } catch (RuntimeException e) {
      System.err.println("actors-plover: " + id + ": ignoring bad date '" + date + "'");
    }
    Article article = Article.builder(text, id).published(published).externalId(id).build();
    Outcome outcome = pipeline.run(article);
    if (outcome instanceof Outcome.Coded coded) {
      return coded.document();
    }
    System.err.println("actors-plover: " + id + ": not coded: " + outcome);
    return null;
  }

  static String current(String code) {
    return LEGACY_CODES.getOrDefault(code, code);
  }

  /** The place overlapping {@code span} most, or null. */
  static Place placeAt(List<Place> places, TextSpan span) {
    if (span == null) {
      return null;
    }
    Place best = null;
    int bestOverlap = 0;
    for (Place p : places) {
      int overlap = Math.min(p.span().end(), span.end()) - Math.max(p.span().begin(), span.begin());
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * The records of a PLOVER gold file (a JSON array); shared with the events scorer.
   *
   * @throws IllegalArgumentException when the file is unreadable or not an array
   */
  public static JsonNode records(Path data) {
    JsonNode root;
    try {
      root = DocumentJson.MAPPER.readTree(data.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(data + ": not readable PLOVER JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(data + ": expected a JSON array of PLOVER records");
    }
    return root;
  }

  /**
   * Where the gold actor text lies: from its first part to its last ("U.S. ... negotiators"). Gold
   * texts that are not verbatim ("US forces" for "US and British forces") fall back to the span
   * from their first word to their last, in order, within one sentence's length.
   */
  static TextSpan locate(String text, String actorText) {
    TextSpan verbatim = locateParts(text, actorText);
    if (verbatim != null) {
      return verbatim;
    }
    String[] words = actorText.replace("...", " ").trim().split("\\s+");
    if (words.length < 2) {
      return null;
    }
    TextSpan first = locateParts(text, words[0]);
    if (first == null) {
      return null;
    }
    int last = indexOf(text, words[words.length - 1], first.end());
    int end = last < 0 ? -1 : last + words[words.length - 1].length();
    return end < 0 || end - first.begin() > 2 * actorText.length() + 40 ? null : new TextSpan(first.begin(), end);
  }

  private static TextSpan locateParts(String text, String actorText) {
    String[] parts = actorText.split("\\s*\\.\\.\\.\\s*");
    int begin = -1;
    int end = -1;
    int from = 0;
    for (String p : parts) {
      String part = p.trim().replaceAll("\\s+", " ");
      if (part.isEmpty()) {
        continue;
      }
      int at = indexOf(text, part, from);
      if (at < 0) {
        return null;
      }
      begin = begin < 0 ? at : begin;
      end = at + part.length();
      from = end;
    }
    return begin < 0 ? null : new TextSpan(begin, end);
  }

  private static int indexOf(String text, String part, int from) {
    int at = text.indexOf(part, from);
    return at >= 0 ? at : text.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT), from);
  }

  /** The actor with a mention overlapping {@code span} most; ties go to the longer mention. */
  static Actor match(List<Actor> actors, TextSpan span) {
    if (span == null) {
      return null;
    }
    Actor best = null;
    int bestOverlap = 0;
    int bestLength = 0;
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().begin(), span.begin());
        if (overlap > bestOverlap || overlap == bestOverlap && overlap > 0 && m.span().length() > bestLength) {
          best = a;
          bestOverlap = overlap;
          bestLength = m.span().length();
        }
      }
    }
    return best;
  }

  private static double ratio(int ok, int n) {
    return n == 0 ? 0 : (double) ok / n;
  }

}

package org.tidings.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.eval.actors.PloverActorScorer;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.pipeline.events.CameoEntry;

/**
 * Event coding on PLOVER gold sentences ({@code events/plover-gsr-dev.json}: one gold event per
 * sentence with {@code event}, {@code source}/{@code target} lists of {@code {code}}). Each
 * sentence runs through the standard pipeline; the coded event compared is the first, in text
 * order, of those PLOVER keeps (statements and appeals, CAMEO 01/02, are dropped by PLOVER): a news
 * sentence leads with its main act, and subordinate acts ("after a jet shot down ...") follow.
 *
 * <p>The gold uses PLOVER 0.5 type names; they are read as the 2021 types (DEMAND is REQUEST,
 * DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT). CAMEO root accuracy counts the coded
 * root correct when it is one of the roots the gold type covers. Source/target country accuracy:
 * the coded actor's country is among the gold codes of that side, over sentences whose gold has
 * that side; a missing event or actor counts as wrong. Items are gold sentences.
 *
 * <p>Used by one thread at a time.
 */
public final class PloverEventScorer implements Scorer {
  private static final Map<String, String> TYPE_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  private static final Map<String, Set<String>> ROOTS = Map.ofEntries(
      Map.entry("AGREE", Set.of("03")), Map.entry("CONSULT", Set.of("04")), Map.entry("SUPPORT", Set.of("05")),
      Map.entry("COOPERATE", Set.of("06")), Map.entry("AID", Set.of("07")), Map.entry("CONCEDE", Set.of("08")),
      Map.entry("RETREAT", Set.of("08")), Map.entry("INVESTIGATE", Set.of("09")), Map.entry("DEMAND", Set.of("10")),
      Map.entry("DISAPPROVE", Set.of("11")), Map.entry("REJECT", Set.of("12")), Map.entry("THREATEN", Set.of("13")),
      Map.entry("PROTEST", Set.of("14")), Map.entry("MOBILIZE", Set.of("15")), Map.entry("SANCTION", Set.of("16")),
      Map.entry("COERCE", Set.of("17")), Map.entry("ASSAULT", Set.of("18")), Map.entry("FIGHT", Set.of("19", "20")));

  private final EventRun run = new EventRun(suite());

  @Override
  public String suite() {
    return "events-plover";
  }

  @Override
  public String description() {
    return "PLOVER gold events: type and CAMEO root accuracy, source/target country accuracy: a JSON file such as events/plover-gsr-dev.json";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    JsonNode root = PloverActorScorer.records(data);
    int items = 0;
    int coded = 0;
    int typeOk = 0;
    int rootOk = 0;
    int[] side = new int[4]; // source ok, source n, target ok, target n
    for (JsonNode rec : root) {
      String text = rec.path("text").asText("");
      String goldType = rec.path("event").asText("");
      if (text.isBlank() || goldType.isBlank()) {
        continue;
      }
      items++;
      Event e = chosen(run.events(rec.path("id").asText("plover"), text, rec.path("date").asText("")));
      coded += e == null ? 0 : 1;
      typeOk += e != null && e.ploverType().equals(TYPE_2021.getOrDefault(goldType, goldType)) ? 1 : 0;
      rootOk += e != null && ROOTS.getOrDefault(goldType, Set.of()).contains(e.cameoRoot()) ? 1 : 0;
      count(rec.path("source"), e == null ? null : e.source(), side, 0);
      count(rec.path("target"), e == null ? null : e.target(), side, 2);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("plover.type.accuracy", ratio(typeOk, items));
    metrics.put("cameo.root.accuracy", ratio(rootOk, items));
    metrics.put("source.country.accuracy", ratio(side[0], side[1]));
    metrics.put("target.country.accuracy", ratio(side[2], side[3]));
    metrics.put("coded.fraction", ratio(coded, items));
    metrics.put("source.gold", (double) side[1]);
    metrics.put("target.gold", (double) side[3]);
    return new EvalReport(suite(), data.toString(), items, metrics);
  }

  /**
   * The first event in text order that PLOVER keeps (not {@link CameoEntry#DROPPED}); null when
   * none. Also used by the outside checks ({@code org.tidings.eval.events.outside}).
   */
  public static Event chosen(List<Event> events) {
    return events.stream()
        .filter(e -> !e.ploverType().equals(CameoEntry.DROPPED))
        .min(Comparator.comparingInt(e -> e.trigger().begin()))
        .orElse(null);
  }

  private static void count(JsonNode gold, EventActor coded, int[] side, int at) {
    if (!gold.isArray() || gold.isEmpty()) {
      return;
    }
    Set<String> codes = new HashSet<>();
    gold.forEach(g -> codes.add(g.path("code").asText("")));
    side[at + 1]++;
    if (coded != null && coded.code().length() >= 3 && codes.contains(coded.code().substring(0, 3))) {
      side[at]++;
    }
  }

  private static double ratio(int ok, int n) {
    return n == 0 ? 0 : (double) ok / n;
  }
}

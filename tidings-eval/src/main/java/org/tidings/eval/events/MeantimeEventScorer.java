package org.tidings.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.PrfCounts;
import org.tidings.eval.Scorer;
import org.tidings.eval.actors.MeantimeEntityScorer;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.TextSpan;

/**
 * Event triggers and participants on MEANTIME ({@code docs.jsonl}, {@code gold.jsonl} with
 * {@code event_mentions}, {@code entity_mentions} and {@code has_participant}). A coded trigger is
 * a true positive when it overlaps a gold event mention. A coded source or target is a true
 * positive when it overlaps a gold participant (entity mention) of the gold event its trigger
 * matched; gold participants of all gold events are the recall base.
 *
 * <p>MEANTIME marks every event predicate ("said", "rose", "contract"), while Tidings codes only
 * the political interactions CAMEO has codes for: recall is bounded far below 1 by design, and
 * precision is the telling figure. Used by one thread at a time.
 */
public final class MeantimeEventScorer implements Scorer {
  private final EventRun run = new EventRun(suite());

  @Override
  public String suite() {
    return "events-meantime";
  }

  @Override
  public String description() {
    return "MEANTIME event triggers and participants (P/R/F1, overlap): a directory with docs.jsonl and gold.jsonl";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    Map<String, JsonNode> docs = MeantimeEntityScorer.readJsonl(data.resolve("docs.jsonl"), "doc_id");
    Map<String, JsonNode> golds = MeantimeEntityScorer.readJsonl(data.resolve("gold.jsonl"), "doc_id");
    PrfCounts triggers = new PrfCounts();
    PrfCounts participants = new PrfCounts();
    int items = 0;
    for (var entry : docs.entrySet()) {
      JsonNode gold = golds.get(entry.getKey());
      if (gold == null) {
        continue;
      }
      items++;
      Map<String, TextSpan> entities = new HashMap<>();
      gold.path("entity_mentions").forEach(m -> entities.put(m.path("m_id").asText(), span(m)));
      Map<String, TextSpan> events = new LinkedHashMap<>();
      gold.path("event_mentions").forEach(m -> events.put(m.path("m_id").asText(), span(m)));
      Map<String, List<TextSpan>> roles = new HashMap<>();
      int goldParticipants = 0;
      for (JsonNode p : gold.path("has_participant")) {
        TextSpan s = entities.get(p.path("participant_m_id").asText());
        if (s != null) {
          roles.computeIfAbsent(p.path("event_m_id").asText(), k -> new ArrayList<>()).add(s);
          goldParticipants++;
        }
      }
      JsonNode doc = entry.getValue();
      List<Event> coded = run.events(entry.getKey(), doc.path("text").asText(""), doc.path("dct").asText(""));
      int tp = 0;
      int argTp = 0;
      int argCoded = 0;
      for (Event e : coded) {
        String matched = null;
        for (var g : events.entrySet()) {
          if (g.getValue().overlaps(e.trigger())) {
            matched = g.getKey();
            break;
          }
        }
        tp += matched == null ? 0 : 1;
        for (EventActor a : new EventActor[] {e.source(), e.target()}) {
          if (a == null) {
            continue;
          }
          argCoded++;
          List<TextSpan> gp = matched == null ? List.of() : roles.getOrDefault(matched, List.of());
          argTp += gp.stream().anyMatch(s -> s.overlaps(a.span())) ? 1 : 0;
        }
      }
      triggers.add(tp, coded.size() - tp, events.size() - tp);
      participants.add(argTp, argCoded - argTp, goldParticipants - argTp);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("trigger.precision", triggers.precision());
    metrics.put("trigger.recall", triggers.recall());
    metrics.put("trigger.f1", triggers.f1());
    metrics.put("participant.precision", participants.precision());
    metrics.put("participant.recall", participants.recall());
    metrics.put("participant.f1", participants.f1());
    return new EvalReport(suite(), data.toString(), items, metrics);
  }

  private static TextSpan span(JsonNode m) {
    return new TextSpan(m.path("start").asInt(), m.path("end").asInt());
  }
}

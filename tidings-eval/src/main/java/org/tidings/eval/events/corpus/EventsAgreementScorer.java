package org.tidings.eval.events.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;

/**
 * Agreement of the two annotations of the event corpus ({@code gold/} against {@code second/}) on
 * the articles both annotated, with the same definitions as {@link EventsCorpusScorer}: the
 * ceiling a coder is measured against. Items are articles. Used by one thread at a time.
 */
public final class EventsAgreementScorer implements Scorer {

  @Override
  public String suite() {
    return "events-agreement";
  }

  @Override
  public String description() {
    return "agreement of the event corpus's two annotations (gold/ vs second/): type, parties and full F1; a corpus folder such as corpus/events";
  }

  @Override
  public EvalReport score(Path data) {
    EventCorpus corpus = EventCorpus.read(data);
    Map<String, List<EventScoring.Item>> first = new LinkedHashMap<>();
    Map<String, List<EventScoring.Item>> second = new LinkedHashMap<>();
    for (Map.Entry<String, List<GoldEvent>> e : corpus.second().entrySet()) {
      List<GoldEvent> g = corpus.gold().get(e.getKey());
      if (g != null) {
        first.put(e.getKey(), g.stream().map(EventScoring::of).toList());
        second.put(e.getKey(), e.getValue().stream().map(EventScoring::of).toList());
      }
    }
    if (first.isEmpty()) {
      throw new IllegalArgumentException(data + " has no article annotated twice (gold/ and second/)");
    }
    EventScoring.Counts c = new EventScoring.Counts();
    EventScoring.score(first, second, c);
    Map<String, Double> metrics = new LinkedHashMap<>();
    EventsCorpusScorer.put(metrics, "", c);
    return new EvalReport(suite(), data.toString(), first.size(), metrics);
  }
}

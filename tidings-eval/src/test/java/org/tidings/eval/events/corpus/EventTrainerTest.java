package org.tidings.eval.events.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Event;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.events.LearnedEventCoder;
import org.tidings.pipeline.events.QuotesLayerLookup;
import org.tidings.pipeline.events.learn.Encoders;
import org.tidings.pipeline.events.learn.EnsembleModel;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.TriggerInput;
import org.tidings.pipeline.events.learn.SentenceEncoder;
import org.tidings.pipeline.places.PlaceResources;

/**
 * Trains a tiny event model on six annotated Wikinews articles (four train, two dev) through the
 * real code path: the standard pipeline, the MiniLM encoder, the heads (a two-member ensemble over
 * the word-in-context input), thresholds chosen on dev, the heads refitted on train and dev,
 * the model file written and read back.
 */
class EventTrainerTest {
  @TempDir Path dir;

  private static Path tinyCorpus() throws URISyntaxException {
    return Paths.get(EventTrainerTest.class.getResource("/events-corpus-tiny/splits.tsv").toURI()).getParent();
  }

  @Test
  void trainsAModelThatLearnsItsTrainingArticles() throws URISyntaxException {
    EventCorpus corpus = EventCorpus.read(tinyCorpus());
    assertEquals(4, corpus.split("train").size());
    assertEquals(2, corpus.split("dev").size());
    PipelineResources resources = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
    SentenceEncoder encoder = Encoders.byName("minilm-l6", 2);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    EventModel model = new EventTrainer(resources, encoder, new PrintStream(log, true, StandardCharsets.UTF_8))
        .trainBest(corpus, List.of(encoder), List.of(new EventTrainer.Settings(18, 6, "train", "dev", 32, 1.0, TriggerInput.CONTEXT, 2)),
            true);
    assertEquals("minilm-l6", model.encoder());
    assertEquals(384, model.dimension());
    assertEquals(4, model.card().path("trainArticles").asInt());
    assertTrue(model.card().path("trainAlignedEvents").asInt() > 90, model.card().toString());
    assertTrue(model.card().path("dev").has("typeF1"), model.card().toString());
    assertEquals(6, model.card().path("refitArticles").asInt(), "refitted on train and dev");

    Path file = dir.resolve("tiny.json.gz");
    model.write(file);
    EventModel back = EventModel.read(file);
    assertEquals(TriggerInput.CONTEXT, back.triggerInput());
    assertEquals(2, ((EnsembleModel) back.trigger()).members().size());

    // in sample, the model must find most of what it was taught
    LearnedEventCoder coder = new LearnedEventCoder(resources.events(), new QuotesLayerLookup(), EventsConfig.DEFAULT,
        back, encoder);
    Map<String, List<EventScoring.Item>> gold = new LinkedHashMap<>();
    Map<String, List<EventScoring.Item>> coded = new LinkedHashMap<>();
    for (CorpusDocuments.Coded c : CorpusDocuments.code(
        Pipelines.standard(resources, EventsConfig.DEFAULT.withCoder(EventsConfig.Coder.RULES)), corpus, corpus.split("train"))) {
      gold.put(c.id(), corpus.gold().get(c.id()).stream().map(EventScoring::of).toList());
      List<Event> events = coder.code(c.document(), LearnedEventCoder.vectors(c.document(), encoder));
      coded.put(c.id(), EventTrainer.items(c.document().article().text(), events));
      for (Event e : events) {
        assertTrue(e.confidence() > 0 && e.confidence() < 1, e.toString());
      }
    }
    EventScoring.Counts counts = new EventScoring.Counts();
    EventScoring.score(gold, coded, counts);
    assertTrue(counts.recall(counts.type) > 0.5, "in-sample type recall " + counts.recall(counts.type));
    assertTrue(counts.precision(counts.type) > 0.5, "in-sample type precision " + counts.precision(counts.type));
  }
}

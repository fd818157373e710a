package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tidings.pipeline.FakeStages.LENGTH;
import static org.tidings.pipeline.FakeStages.UPPER;
import static org.tidings.pipeline.FakeStages.article;
import static org.tidings.pipeline.FakeStages.stage;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Outcome;

class PipelineTest {

  @Test
  void assemblyRejectsARequirementNoEarlierStageProduces() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> Pipeline.of(List.of(FakeStages.length(a -> false), FakeStages.upper())));
    assertEquals("stage 'length' requires layer 'upper', which no earlier stage produces", e.getMessage());
  }

  @Test
  void assemblyRejectsALayerProducedTwice() {
    Stage again = stage("shout", Set.of(), Set.of(UPPER), d -> d);
    var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(FakeStages.upper(), again)));
    assertEquals("stage 'shout' produces layer 'upper', already produced earlier", e.getMessage());
  }

  @Test
  void assemblyRejectsAStageRequiringItsOwnLayer() {
    Stage selfish = stage("selfish", Set.of(LENGTH), Set.of(LENGTH), d -> d);
    var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(selfish)));
    assertTrue(e.getMessage().contains("'selfish'") && e.getMessage().contains("'length'"), e.getMessage());
  }

  @Test
  void runAddsEveryLayerInOrder() {
    Pipeline p = Pipeline.of(List.of(FakeStages.upper(), FakeStages.length(a -> false)));
    Outcome.Coded coded = assertInstanceOf(Outcome.Coded.class, p.run(article("a", "Paris")));
    assertEquals(List.of("upper", "length"), coded.document().layerNames());
    assertEquals("PARIS", coded.document().get(UPPER));
    assertEquals(5, coded.document().get(LENGTH));
    assertEquals(List.of(), coded.warnings());
  }

  @Test
  void aTimedPipelineAddsEachStagesTimeInPipelineOrder() {
    StageTimings timings = new StageTimings();
    Stage slow = stage("slow", Set.of(), Set.of(), d -> {
      long until = System.nanoTime() + 2_000_000;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      return d;
    });
    Pipeline p = Pipeline.of(List.of(FakeStages.upper(), slow)).timed(timings);
    p.run(article("t", "Paris"));
    p.run(article("u", "Rome"));
    assertEquals(List.of("upper", "slow"), List.copyOf(timings.seconds().keySet()));
    assertTrue(timings.seconds().get("slow") >= 0.004, () -> timings.seconds().toString());
  }

  @Test
  void aRuntimeExceptionBecomesFailedNamingTheStage() {
    Pipeline p = Pipeline.of(List.of(FakeStages.upper(), FakeStages.length(a -> true)));
    Article a = article("b", "Moscow");
    Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, p.run(a));
    assertEquals("length", failed.stage());
    assertEquals("IllegalStateException: cannot measure b", failed.reason());
    assertEquals("test:b", failed.origin());
    assertSame(a, failed.article(), "the failed outcome keeps the article so it can be re-run");
  }

  @Test
  void anExceptionWithoutMessageStillSaysWhatItWas() {
    Stage npe = stage("npe", Set.of(), Set.of(), d -> { throw new NullPointerException(); });
    Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, Pipeline.of(List.of(npe)).run(article("c", "x")));
    assertEquals("NullPointerException", failed.reason());
  }

  @Test
  void aStackOverflowInAStageIsAFailureNotACrash() {
    Stage deep = stage("deep", Set.of(), Set.of(), d -> { throw new StackOverflowError(); });
    Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, Pipeline.of(List.of(deep)).run(article("d", "x")));
    assertEquals("deep", failed.stage());
  }

  @Test
  void skipArticleBecomesSkippedWithItsReason() {
    Stage picky = stage("picky", Set.of(), Set.of(), d -> { throw new SkipArticle("not English"); });
    Pipeline p = Pipeline.of(List.of(FakeStages.upper(), picky, FakeStages.length(a -> false)));
    Outcome.Skipped skipped = assertInstanceOf(Outcome.Skipped.class, p.run(article("e", "Bonjour")));
    assertEquals("picky", skipped.stage());
    assertEquals("not English", skipped.reason());
    assertEquals("test:e", skipped.origin());
  }

  @Test
  void aStageThatDoesNotProduceWhatItDeclaresFails() {
    Stage liar = stage("liar", Set.of(), Set.of(UPPER), d -> d);
    Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, Pipeline.of(List.of(liar)).run(article("f", "x")));
    assertEquals("liar", failed.stage());
    assertEquals("stage did not produce layer 'upper'", failed.reason());
  }

  @Test
  void anArticleWithoutDateIsCodedWithAWarning() {
    Article dated = article("g", "Kabul");
    Article undated =
        new Article(dated.id(), null, null, null, null, "en", dated.text(), dated.segments(), "test:g", "g");
    Outcome.Coded coded =
        assertInstanceOf(Outcome.Coded.class, Pipeline.of(List.of(FakeStages.upper())).run(undated));
    assertEquals(List.of("no publication date: relative time expressions are left unresolved"), coded.warnings());
  }
}

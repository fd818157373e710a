package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tidings.pipeline.FakeStages.LENGTH;
import static org.tidings.pipeline.FakeStages.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tidings.model.Outcome;
import org.tidings.pipeline.extract.InputItem;

class BatchRunnerTest {

  /** A pipeline whose first stage sleeps a little, longer for early items, so they finish out of order. */
  private static Pipeline slowPipeline() {
    Stage nap =
        FakeStages.stage(
            "nap",
            Set.of(),
            Set.of(),
            d -> {
              int n = Integer.parseInt(d.article().externalId());
              try {
                Thread.sleep((n * 7919L) % 5);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return d;
            });
    return Pipeline.of(
        List.of(nap, FakeStages.upper(), FakeStages.length(a -> a.externalId().endsWith("3"))));
  }

  private static List<InputItem> items(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> (InputItem) new InputItem.Read(article(Integer.toString(i), "article " + i)))
        .toList();
  }

  @Test
  void deliversOutcomesInInputOrderFromSeveralThreads() {
    Set<String> workerThreads = ConcurrentHashMap.newKeySet();
    List<String> origins = new ArrayList<>();
    try (BatchRunner runner =
        new BatchRunner(
            4,
            () -> {
              workerThreads.add(Thread.currentThread().getName());
              return slowPipeline();
            },
            6)) {
      int delivered = runner.run(items(200).iterator(), o -> origins.add(o.origin()));
      assertEquals(200, delivered);
    }
    assertEquals(IntStream.range(0, 200).mapToObj(i -> "test:" + i).toList(), origins);
    assertTrue(workerThreads.size() > 1, "several workers built pipelines: " + workerThreads);
    assertTrue(workerThreads.size() <= 4, "one pipeline per worker thread at most: " + workerThreads);
    assertTrue(workerThreads.stream().allMatch(t -> t.startsWith("tidings-worker-")), workerThreads.toString());
  }

  @Test
  void neverHasMoreThanQueueCapacityItemsInFlight() {
    int capacity = 5;
    AtomicInteger pulled = new AtomicInteger();
    int[] delivered = {0};
    List<Integer> inFlight = new ArrayList<>();
    Iterator<InputItem> source = items(100).iterator();
    Iterator<InputItem> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public InputItem next() {
            pulled.incrementAndGet();
            return source.next();
          }
        };
    try (BatchRunner runner = new BatchRunner(3, BatchRunnerTest::slowPipeline, capacity)) {
      runner.run(
          counting,
          o -> {
            delivered[0]++;
            inFlight.add(pulled.get() - delivered[0] + 1);
          });
    }
    assertEquals(100, delivered[0]);
    int most = Collections.max(inFlight);
    assertTrue(most <= capacity, "at most " + capacity + " items read ahead, saw " + most);
    assertEquals(capacity, most, "the queue is used up to its capacity");
  }

  @Test
  void failingAndRejectedItemsDoNotStopTheBatch() {
    List<InputItem> input = new ArrayList<>(items(30));
    input.add(10, new InputItem.Rejected("in/empty.txt", "empty text", false));
    input.add(20, new InputItem.Rejected("in/bad.jsonl:2", "malformed JSON: Unexpected character", true));
    List<Outcome> outcomes = new ArrayList<>();
    try (BatchRunner runner = new BatchRunner(2, BatchRunnerTest::slowPipeline, 4)) {
      runner.run(input.iterator(), outcomes::add);
    }
    assertEquals(32, outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      assertEquals(input.get(i).origin(), outcomes.get(i).origin(), "outcome " + i + " in input order");
    }
    Outcome.Skipped empty = assertInstanceOf(Outcome.Skipped.class, outcomes.get(10));
    assertEquals("input", empty.stage());
    assertEquals("empty text", empty.reason());
    Outcome.Failed malformed = assertInstanceOf(Outcome.Failed.class, outcomes.get(20));
    assertEquals("input", malformed.stage());
    assertTrue(malformed.reason().startsWith("malformed JSON"));
    long failed = outcomes.stream().filter(o -> o instanceof Outcome.Failed f && f.stage().equals("length")).count();
    assertEquals(3, failed, "articles 3, 13 and 23 fail in the length stage");
    long coded = outcomes.stream().filter(o -> o instanceof Outcome.Coded).count();
    assertEquals(27, coded);
    outcomes.stream()
        .filter(o -> o instanceof Outcome.Coded)
        .map(o -> ((Outcome.Coded) o).document())
        .forEach(d -> assertEquals(d.article().text().length(), d.get(LENGTH)));
  }

  @Test
  void aPipelineThatCannotBeBuiltStopsTheRunWithTheCause() {
    try (BatchRunner runner =
        new BatchRunner(1, () -> { throw new IllegalStateException("model missing"); }, 1)) {
      var e = assertThrows(IllegalStateException.class, () -> runner.run(items(3).iterator(), o -> {}));
      assertTrue(e.getMessage().contains("model missing"), e.getMessage());
    }
  }

  @Test
  void emptyInputDeliversNothing() {
    try (BatchRunner runner = new BatchRunner(2, BatchRunnerTest::slowPipeline, 2)) {
      assertEquals(0, runner.run(List.<InputItem>of().iterator(), o -> { throw new AssertionError(); }));
    }
  }

  @Test
  void rejectsNonsenseSizes() {
    assertThrows(IllegalArgumentException.class, () -> new BatchRunner(0, BatchRunnerTest::slowPipeline, 4));
    assertThrows(IllegalArgumentException.class, () -> new BatchRunner(4, BatchRunnerTest::slowPipeline, 3));
  }
}

package org.tidings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tidings.bench.SutimeProbe.Scope;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpModels;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * SUTime's own cost, whole sentences against token windows ({@link SutimeProbe.Scope}): annotates
 * the first articles of a corpus once without SUTime (tokenize to NER, no parser), then runs SUTime
 * over them in both scopes, several rounds, alternating which scope goes first. Prints per round the
 * CPU seconds of this thread for each scope (less sensitive than wall time to other work on a
 * shared machine) and their ratio; the CPU seconds of the annotation without SUTime, for scale; the
 * tokens SUTime is given in each scope; and whether both scopes found the same expressions (span,
 * type, value), which they must for the windows to be a pure saving.
 *
 * <p>Usage: {@code SutimeCost CORPUS [ARTICLES [ROUNDS]]} (default 80 articles, 5 rounds).
 */
public final class SutimeCost {
  private SutimeCost() {}

  public static void main(String[] args) {
    Path corpus = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 80;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    SutimeProbe probe = new SutimeProbe(CoreNlpModels.load(AnnotatorConfig.DEFAULT.withParse(false)));

    List<SutimeProbe.Prepared> prepared = new ArrayList<>();
    long tokens = 0;
    long start = cpu.getCurrentThreadCpuTime();
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    try (Stream<InputItem> items = reader.read(corpus).limit(limit)) {
      for (InputItem item : (Iterable<InputItem>) items::iterator) {
        if (item instanceof InputItem.Read read) {
          prepared.add(probe.prepare(read.article()));
        }
      }
    }
    double annotateCpu = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    long seenSentences = 0;
    long seenWindows = 0;
    for (SutimeProbe.Prepared p : prepared) {
      seenSentences += probe.tokensSeen(p, Scope.SENTENCES);
      seenWindows += probe.tokensSeen(p, Scope.WINDOWS);
    }
    System.out.printf(Locale.ROOT, "%d articles; CoreNLP without SUTime or parser (first, cold pass): %.2f s cpu%n",
        prepared.size(), annotateCpu);
    System.out.printf(Locale.ROOT, "tokens given to SUTime: sentences %,d, windows %,d (%.2f)%n",
        seenSentences, seenWindows, seenWindows / (double) seenSentences);

    double[] ratios = new double[rounds];
    for (int round = 1; round <= rounds; round++) {
      Scope first = round % 2 == 1 ? Scope.SENTENCES : Scope.WINDOWS;
      Scope second = first == Scope.SENTENCES ? Scope.WINDOWS : Scope.SENTENCES;
      List<List<TimeRef>> firstTimes = new ArrayList<>();
      List<List<TimeRef>> secondTimes = new ArrayList<>();
      double firstCpu = run(probe, prepared, first, firstTimes, cpu);
      double secondCpu = run(probe, prepared, second, secondTimes, cpu);
      double sentencesCpu = first == Scope.SENTENCES ? firstCpu : secondCpu;
      double windowsCpu = first == Scope.WINDOWS ? firstCpu : secondCpu;
      ratios[round - 1] = windowsCpu / sentencesCpu;
      System.out.printf(Locale.ROOT,
          "round %d (%s first): sentences %.2f s cpu, windows %.2f s cpu, windows/sentences %.2f; %s%n",
          round, first.name().toLowerCase(Locale.ROOT), sentencesCpu, windowsCpu, ratios[round - 1],
          differences(firstTimes, secondTimes, round == 1));
    }
    double[] warm = Arrays.copyOfRange(ratios, Math.min(1, rounds - 1), rounds);
    Arrays.sort(warm);
    double median =
        warm.length % 2 == 1 ? warm[warm.length / 2] : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
    System.out.printf(Locale.ROOT, "median windows/sentences over the warm rounds (2 on): %.2f%n", median);
  }

  private static double run(
      SutimeProbe probe, List<SutimeProbe.Prepared> prepared, Scope scope, List<List<TimeRef>> out,
      ThreadMXBean cpu) {
    long start = cpu.getCurrentThreadCpuTime();
    for (SutimeProbe.Prepared p : prepared) {
      out.add(probe.times(p, scope));
    }
    return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
  }

  /** Expressions found in one scope only; listed on stderr when {@code list}. */
  private static String differences(List<List<TimeRef>> a, List<List<TimeRef>> b, boolean list) {
    int expressions = 0;
    int differing = 0;
    for (int i = 0; i < a.size(); i++) {
      expressions += a.get(i).size();
      List<String> x = a.get(i).stream().map(SutimeCost::key).toList();
      List<String> y = b.get(i).stream().map(SutimeCost::key).toList();
      for (TimeRef t : a.get(i)) {
        if (!y.contains(key(t))) {
          differing++;
          if (list) {
            System.err.println("article " + i + ", first scope only: " + key(t) + " \"" + t.text() + "\"");
          }
        }
      }
      for (TimeRef t : b.get(i)) {
        if (!x.contains(key(t))) {
          differing++;
          if (list) {
            System.err.println("article " + i + ", second scope only: " + key(t) + " \"" + t.text() + "\"");
          }
        }
      }
    }
    return String.format(Locale.ROOT, "%d expressions, %d differing", expressions, differing);
  }

  private static String key(TimeRef t) {
    return t.span() + " " + t.type() + " " + t.value();
  }
}

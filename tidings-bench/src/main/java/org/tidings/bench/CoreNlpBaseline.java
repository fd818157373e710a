package org.tidings.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * The comparison: plain Stanford CoreNLP with its default English pipeline over the same articles
 * (the cleaned text {@link InputReader} gives), in a JVM of its own, printing one JSON line with
 * its figures on standard output (CoreNLP's log goes to standard error). The only class of
 * Tidings outside the {@code annotate} package that uses CoreNLP directly, because it is the
 * thing we compare with, not our pipeline.
 *
 * <p>One {@link StanfordCoreNLP} shared by {@code --threads} worker threads, which is what
 * CoreNLP's own {@code threads} option does (its annotators are thread-safe). A properties file
 * ({@code --properties}) replaces the default annotators, which lets the same harness time any
 * CoreNLP configuration, e.g. ours from {@code CoreNlpAnnotator.corenlpProperties}.
 *
 * <pre>java -Xmx6g -cp ... org.tidings.bench.CoreNlpBaseline --corpus FILE [--limit N]
 *     [--threads N] [--properties FILE]</pre>
 */
public final class CoreNlpBaseline {
  /** CoreNLP's default English annotators. */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static final Pattern TIMING = Pattern.compile("^\\s*(\\w+): ([0-9.]+) sec\\.\\s*$");

  private CoreNlpBaseline() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = options(args);
    Path corpus = Path.of(required(options, "--corpus"));
    int limit = Integer.parseInt(options.getOrDefault("--limit", "0"));
    int threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
    Properties props = new Properties();
    if (options.containsKey("--properties")) {
      try (Reader r = Files.newBufferedReader(Path.of(options.get("--properties")))) {
        props.load(r);
      }
    } else {
      props.setProperty("annotators", DEFAULT_ANNOTATORS);
    }
    ObjectNode result = run(corpus, limit, threads, props);
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  private static ObjectNode run(Path corpus, int limit, int threads, Properties props)
      throws InterruptedException {
    HeapPeak.reset();
    long jvmStart = ThroughputRun.jvmStartNanos();
    List<String> texts = texts(corpus, limit);
    StanfordCoreNLP nlp = new StanfordCoreNLP(props);
    AtomicLong tokens = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong firstDone = new AtomicLong(-1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (String text : texts) {
      futures.add(
          pool.submit(
              () -> {
                Annotation annotation = new Annotation(text);
                try {
                  nlp.annotate(annotation);
                } catch (RuntimeException e) {
                  System.err.println("baseline: article failed: " + e);
                  failed.incrementAndGet();
                  return;
                }
                tokens.addAndGet(annotation.get(CoreAnnotations.TokensAnnotation.class).size());
                done.incrementAndGet();
                firstDone.compareAndSet(-1, System.nanoTime() - jvmStart);
              }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("baseline worker failed", e.getCause());
      }
    }
    pool.shutdown();
    double total = (System.nanoTime() - jvmStart) / 1e9;
    ObjectNode out = new ObjectMapper().createObjectNode();
    out.put("annotators", props.getProperty("annotators"));
    out.put("articles", done.get());
    out.put("failed", failed.get());
    out.put("tokens", tokens.get());
    out.put("threads", threads);
    out.put("startupSeconds", firstDone.get() / 1e9);
    out.put("totalSeconds", total);
    out.put("peakHeapMb", HeapPeak.megabytes());
    ObjectNode per = out.putObject("annotatorSeconds");
    annotatorSeconds(nlp.timingInformation()).forEach(per::put);
    return out;
  }

  /** "POSTaggerAnnotator: 1.2 sec." lines of CoreNLP's timing report, in seconds. */
  static Map<String, Double> annotatorSeconds(String timing) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String line : timing.split("\n")) {
      Matcher m = TIMING.matcher(line);
      if (m.matches()) {
        seconds.put(m.group(1), Double.parseDouble(m.group(2)));
      }
    }
    return seconds;
  }

  private static List<String> texts(Path corpus, int limit) {
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    try (Stream<InputItem> items = reader.read(corpus)) {
      Stream<InputItem> limited = limit > 0 ? items.limit(limit) : items;
      return limited
          .filter(InputItem.Read.class::isInstance)
          .map(i -> ((InputItem.Read) i).article().text())
          .toList();
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + corpus + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String v = options.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return v;
  }
}

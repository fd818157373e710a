package org.tidings.bench.jmh;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tidings.pipeline.annotate.ArcStandardParser;
import org.tidings.pipeline.annotate.ParserModel;

/**
 * The dependency parser alone, on the tagged sentences of the first {@link #articles} Wikinews
 * articles: ours ({@link ArcStandardParser}, basic tree only) against CoreNLP's
 * {@code DependencyParser.predict} (basic tree and its {@code GrammaticalStructure}) on the same
 * model. One operation parses every sentence once; the set-up prints the token count, so tokens/s
 * = tokens / (seconds per operation). Single-threaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DependencyParserBench {
  @Param("30")
  public int articles;

  private List<CoreMap> sentences;
  private List<List<String>> words;
  private List<List<String>> tags;
  private ArcStandardParser ours;
  private DependencyParser corenlp;

  @Setup
  public void setUp() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    sentences = new ArrayList<>();
    words = new ArrayList<>();
    tags = new ArrayList<>();
    int tokens = 0;
    for (int i = 0; i < articles; i++) {
      Annotation a = new Annotation(WikinewsArticle.article(i).text());
      tagger.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (CoreLabel token : s.get(CoreAnnotations.TokensAnnotation.class)) {
          w.add(token.word());
          t.add(token.tag());
        }
        sentences.add(s);
        words.add(w);
        tags.add(t);
        tokens += w.size();
      }
    }
    ours = new ArcStandardParser(ParserModel.loadDefault());
    corenlp = DependencyParser.loadFromModelFile(ParserModel.DEFAULT_RESOURCE, new Properties());
    System.out.println(articles + " articles: " + sentences.size() + " sentences, " + tokens + " tokens");
  }

  @Benchmark
  public int ours() {
    int heads = 0;
    for (int i = 0; i < words.size(); i++) {
      heads += ours.parse(words.get(i), tags.get(i)).heads().length;
    }
    return heads;
  }

  @Benchmark
  public int corenlp() {
    int deps = 0;
    for (CoreMap s : sentences) {
      deps += corenlp.predict(s).typedDependencies().size();
    }
    return deps;
  }
}

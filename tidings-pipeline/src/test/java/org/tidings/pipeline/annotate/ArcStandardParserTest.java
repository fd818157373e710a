package org.tidings.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tidings.pipeline.SharedCorpus;

/**
 * Our parser against CoreNLP's own {@code nndep} parser on the same model: the enhanced++ graphs of
 * real news sentences (the seed and eight Wikinews articles) must be the same, edge for edge.
 */
@Tag(SharedCorpus.TAG)
class ArcStandardParserTest {
  private static ArcStandardParser ours;
  private static List<CoreMap> sentences;

  @BeforeAll
  static void load() throws IOException {
    ours = new ArcStandardParser(ParserModel.loadDefault());
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    StringBuilder text = new StringBuilder(Files.readString(SharedCorpus.seed()));
    text.append("\n\nPolice said the suspect, who had fled to Texas, was arrested on Monday.");
    // The first eight Wikinews articles: about 160 sentences of other news.
    List<String> lines = Files.readAllLines(SharedCorpus.wikinews());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines.subList(0, 8)) {
      text.append("\n\n").append(json.readTree(line).path("text").asText());
    }
    Annotation a = new Annotation(text.toString());
    tagger.annotate(a);
    sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void givesCoreNlpsEnhancedPlusPlusGraphs() {
    DependencyParser reference = DependencyParser.loadFromModelFile(ParserModel.DEFAULT_RESOURCE, new Properties());
    int compared = 0;
    for (CoreMap sentence : sentences) {
      GrammaticalStructure gs = reference.predict(sentence);
      SemanticGraph expected =
          SemanticGraphFactory.makeFromTree(
              gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null);
      UniversalDependencies.annotate(ours, sentence);
      SemanticGraph actual = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      assertEquals(edges(expected), edges(actual), sentence.toString());
      compared++;
    }
    assertTrue(compared > 100, "the seed and eight Wikinews articles give over a hundred sentences");
  }

  @Test
  void parsesOneWordAndEmptySentences() {
    ArcStandardParser.Tree one = ours.parse(List.of("Yes"), List.of("UH"));
    assertArrayEquals(new int[] {0}, one.heads());
    ArcStandardParser.Tree none = ours.parse(List.of(), List.of());
    assertEquals(0, none.heads().length);
  }

  @Test
  void everyWordGetsAHeadInALongSentence() {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      words.add(i % 2 == 0 ? "troops" : "and");
      tags.add(i % 2 == 0 ? "NNS" : "CC");
    }
    ArcStandardParser.Tree tree = ours.parse(words, tags);
    int roots = 0;
    for (int h : tree.heads()) {
      assertTrue(h >= 0 && h <= 300);
      roots += h == 0 ? 1 : 0;
    }
    assertEquals(1, roots);
  }

  @Test
  void rejectsWordsWithoutTags() {
    assertThrows(IllegalArgumentException.class, () -> ours.parse(List.of("a", "b"), List.of("DT")));
  }

  private static TreeSet<String> edges(SemanticGraph g) {
    TreeSet<String> out = new TreeSet<>();
    g.edgeIterable().forEach(e -> out.add(e.getGovernor().index() + ">" + e.getRelation() + ">" + e.getDependent().index() + "/" + e.getDependent().copyCount()));
    for (var root : g.getRoots()) {
      out.add("root>" + root.index());
    }
    return out;
  }
}

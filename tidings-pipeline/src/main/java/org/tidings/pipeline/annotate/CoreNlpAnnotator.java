package org.tidings.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.tidings.model.Article;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.Stage;

/**
 * Stanford CoreNLP annotation: tokens, sentences, POS, lemmas, 4-class CRF named entities,
 * Universal Dependencies (enhanced++) and SUTime time expressions normalised against the
 * publication date. The only class of Tidings that touches CoreNLP's pipeline.
 *
 * <p>Why these annotators: the default {@code ner} annotator adds two more CRFs, numeric
 * classifiers, fine-grained regex NER and entity linking, which cost most of its time and add
 * nothing the later stages read; SUTime runs here once, directly, against the article's date.
 * {@code coref} and {@code quote} are not run (see BENCHMARKS.md for the cost). The dependency
 * parse comes from {@link ArcStandardParser}, our inference over CoreNLP's own {@code english_UD}
 * parser model (same trees, about four times faster than the {@code depparse} annotator), turned
 * into CoreNLP's enhanced++ graph by {@link UniversalDependencies}.
 *
 * <p>Text outside content segments (site residue, captions) is blanked before annotation, so no
 * token, entity or time comes from it; offsets are unchanged because only characters are replaced.
 *
 * <p>Not thread-safe: the batch runner gives each worker thread its own instance. Instances made
 * from one {@link CoreNlpModels} share the loaded models, so a second instance is cheap.
 */
public final class CoreNlpAnnotator implements Stage {
  private final StanfordCoreNLP corenlp;
  private final TimeAnnotator sutime;
  private final ArcStandardParser parser;

  /** An annotator with models of its own; use {@link #CoreNlpAnnotator(CoreNlpModels)} for several. */
  public CoreNlpAnnotator(AnnotatorConfig config) {
    this(CoreNlpModels.load(config));
  }

  /** An annotator over loaded models, shared with the other annotators made from them. */
  public CoreNlpAnnotator(CoreNlpModels models) {
    this.parser = models.parser();
    this.corenlp = models.newPipeline();
    this.sutime = models.sutime();
  }

  /** The CoreNLP settings used; also the record of what "our" pipeline is in benchmarks. */
  public static Properties corenlpProperties(AnnotatorConfig config) {
    Properties p = new Properties();
    // No "depparse": the dependency parse is ours (ArcStandardParser over CoreNLP's model).
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", config.nerModel());
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.docdate.usePresent", "false");
    return p;
  }

  static Properties sutimeProperties() {
    Properties p = new Properties();
    // No ranges: with them SUTime loses "Sunday night" and similar expressions (TempEval-3
    // relaxed recall 0.9627 with, 0.9654 without; value F1 unchanged by this setting alone).
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.teRelHeurLevel", "MORE");
    p.setProperty("sutime.searchForDocDate", "false");
    return p;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMEX);
  }

  @Override
  public Document process(Document document) {
    Article article = document.article();
    Annotation annotation = new Annotation(contentOnly(article));
    if (article.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
    }
    corenlp.annotate(annotation);
    if (parser != null) {
      for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        UniversalDependencies.annotate(parser, s);
      }
    }
    Annotation timeCandidates = TimeCandidates.windowsThatMayHoldTime(annotation);
    sutime.annotate(timeCandidates);

    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    String text = article.text();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int sentenceIndex = sentences.size();
      int firstToken = tokens.size();
      for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
        TextSpan span = new TextSpan(label.beginPosition(), label.endPosition());
        String ner = label.ner() == null ? "O" : label.ner();
        tokens.add(
            new Token(tokens.size(), span, span.of(text), label.lemma(), label.tag(), ner, sentenceIndex));
      }
      TokenRange range = new TokenRange(firstToken, tokens.size());
      TextSpan sentenceSpan =
          new TextSpan(tokens.get(firstToken).span().begin(), tokens.get(tokens.size() - 1).span().end());
      sentences.add(
          new Sentence(
              sentenceIndex,
              sentenceSpan,
              range,
              parser != null ? dependencies(s, firstToken) : List.of(),
              article.kindAt(sentenceSpan.begin())));
      for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class)) {
        if (isNamed(m)) {
          mentions.add(mention(m, text));
        }
      }
    }
    return document
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.MENTIONS, List.copyOf(mentions))
        .with(Layers.TIMEX, timexes(timeCandidates, text));
  }

  /** The article text with non-content segments replaced by spaces, offsets unchanged. */
  public static String contentOnly(Article article) {
    char[] chars = article.text().toCharArray();
    for (Segment segment : article.segments()) {
      if (segment.kind() != SegmentKind.BODY && segment.kind() != SegmentKind.TITLE) {
        for (int i = segment.span().begin(); i < segment.span().end(); i++) {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  private static List<Dependency> dependencies(CoreMap sentence, int firstToken) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> arcs = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency("root", Dependency.ROOT, firstToken + root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (edge.getDependent().copyCount() > 0 || edge.getGovernor().copyCount() > 0) {
        continue; // copy nodes for ellipsis have no characters of their own
      }
      arcs.add(
          new Dependency(
              edge.getRelation().toString(),
              firstToken + edge.getGovernor().index() - 1,
              firstToken + edge.getDependent().index() - 1));
    }
    return arcs;
  }

  /** CoreNLP also lists pronouns ("he", "his") as PERSON mentions; only names are mentions here. */
  private static boolean isNamed(CoreMap m) {
    for (CoreLabel t : m.get(CoreAnnotations.TokensAnnotation.class)) {
      if (!t.tag().startsWith("PRP") && !"O".equals(t.ner())) {
        return true;
      }
    }
    return false;
  }

  private static Mention mention(CoreMap m, String text) {
    List<CoreLabel> mTokens = m.get(CoreAnnotations.TokensAnnotation.class);
    CoreLabel first = mTokens.get(0);
    CoreLabel last = mTokens.get(mTokens.size() - 1);
    TextSpan span = new TextSpan(first.beginPosition(), last.endPosition());
    String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
    Map<String, Double> probs = m.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    double confidence = probs == null || probs.isEmpty() ? 1.0 : probs.values().iterator().next();
    int firstIndex = first.get(CoreAnnotations.TokenBeginAnnotation.class);
    int endIndex = last.get(CoreAnnotations.TokenEndAnnotation.class);
    return new Mention(span, new TokenRange(firstIndex, endIndex), span.of(text), type, confidence);
  }

  public static List<TimeRef> timexes(Annotation annotation, String text) {
    List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null) {
      return List.of();
    }
    List<TimeRef> refs = new ArrayList<>();
    for (CoreMap t : found) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.timexType() == null) {
        continue;
      }
      TextSpan span =
          new TextSpan(
              t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      String value = timex.value() != null ? timex.value() : timex.altVal();
      TimexType type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
      refs.add(new TimeRef(span, span.of(text), type, value == null ? "" : value, null));
    }
    return List.copyOf(refs);
  }
}

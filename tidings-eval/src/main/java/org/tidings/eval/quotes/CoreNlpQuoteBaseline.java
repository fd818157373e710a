package org.tidings.eval.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

/**
 * CoreNLP's own quote finder and attributor ({@code quote} with coreference), run only as the
 * baseline Tidings' quotes are measured against. Not part of any pipeline.
 *
 * <p>CoreNLP gives a quote, the mention it attributes it to and that mention's canonical
 * (coreference) mention, but no cue; the cue here is the verb the mention is the subject of, when
 * it is (so "he said" gives "said"), else none.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class CoreNlpQuoteBaseline {
  /** The CoreNLP settings of the baseline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /**
   * One quote as CoreNLP reads it.
   *
   * @param quote the quote: kind always direct, speaker the attributed mention, speakerName
   *     CoreNLP's speaker string; no actor ids
   * @param speakerMentions the attributed mention and its canonical mention, for scoring the
   *     speaker by coreference; never null
   */
  public record Attributed(Quote quote, List<TextSpan> speakerMentions) {
    public Attributed {
      speakerMentions = List.copyOf(speakerMentions);
    }
  }

  private final StanfordCoreNLP corenlp;

  public CoreNlpQuoteBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    this.corenlp = new StanfordCoreNLP(p);
  }

  /** CoreNLP's quotes of {@code text}, in text order. Offsets are UTF-16 offsets into {@code text}. */
  public List<Attributed> quotes(String text) {
    Annotation doc = new Annotation(text);
    corenlp.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Attributed> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    for (CoreMap q : found) {
      TextSpan inner = inner(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      if (inner == null) {
        continue;
      }
      TextSpan speaker = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      TextSpan canonical = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      TextSpan cue = speaker == null ? null : cueOf(sentences, tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      String name = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      Quote quote = new Quote("B" + (out.size() + 1), Quote.Kind.DIRECT, inner, inner.of(text), cue,
          cue == null ? null : cue.of(text), speaker, null, speaker == null ? null : name, null, null, speaker == null ? 0.0 : 0.5);
      List<TextSpan> mentions = new ArrayList<>();
      if (speaker != null) {
        mentions.add(speaker);
      }
      if (canonical != null) {
        mentions.add(canonical);
      }
      out.add(new Attributed(quote, mentions));
    }
    return out;
  }

  /** The quote's characters without its marks. */
  private static TextSpan inner(String text, Integer begin, Integer end) {
    if (begin == null || end == null) {
      return null;
    }
    int b = begin;
    int e = end;
    while (b < e && isMarkOrSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && isMarkOrSpace(text.charAt(e - 1))) {
      e--;
    }
    return e > b ? new TextSpan(b, e) : null;
  }

  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c) || "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB`".indexOf(c) >= 0;
  }

  /** Document token indexes {@code [begin, end]} (end inclusive, as CoreNLP stores them) as characters. */
  private static TextSpan tokenSpan(List<CoreLabel> tokens, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end >= tokens.size() || end < begin) {
      return null;
    }
    return new TextSpan(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
  }

  /** The verb a mention token is the nominal subject of, as characters, or null. */
  private static TextSpan cueOf(List<CoreMap> sentences, List<CoreLabel> tokens, Integer begin, Integer end) {
    int sentence = tokens.get(begin).sentIndex();
    SemanticGraph graph = sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return null;
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      IndexedWord dependent = e.getDependent();
      int docIndex = dependent.get(CoreAnnotations.TokenBeginAnnotation.class) == null
          ? -1 : dependent.get(CoreAnnotations.TokenBeginAnnotation.class);
      if (docIndex >= begin && docIndex <= end && e.getRelation().toString().startsWith("nsubj")) {
        IndexedWord verb = e.getGovernor();
        return new TextSpan(verb.beginPosition(), verb.endPosition());
      }
    }
    return null;
  }
}

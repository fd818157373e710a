package org.tidings.pipeline.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.Stage;
import org.tidings.pipeline.quotes.QuoteMarks.Quoted;
import org.tidings.pipeline.quotes.SpeechCues.Cued;

/**
 * Finds who said what: direct quotes in quotation marks (over several sentences or paragraphs,
 * broken by "he said"), partial quotes of a few words inside the writer's sentence, and reported
 * speech (a cue from the {@link CueLexicon} with a content clause, or "according to"; with
 * {@link #withLearnedCues}, also a verb the lexicon lacks that the learned {@link CueModel} accepts).
 *
 * <p>Each quote is tied to its cue and speaker by one {@link SpeakerRule}; the speaker's mention is
 * looked up in the actors layer, so a pronoun or a description ("he", "Tajikistan's national
 * security chief") gives the canonical actor. Scare quotes and titles in quotation marks (short,
 * with no cue in their sentence, or in Title Case) are not speech and are dropped.
 *
 * <p>Cost is linear in tokens and quotation marks, plus a scan of the sentence's cues per quote.
 * Thread-safe: no per-document state is kept between calls.
 */
public final class QuoteFinder implements Stage {
  private final CueLexicon lexicon;
  /** Null for the lexicon alone. */
  private final LearnedCues learned;

  /** Cues from the lexicon alone. */
  public QuoteFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
    this.learned = null;
  }

  /**
   * Cues from the lexicon, and verbs it lacks that the learned model accepts ({@link CueModel}).
   *
   * @param features features of such verbs, built over the same lexicon
   */
  public QuoteFinder(CueLexicon lexicon, CueFeatures features, CueModel model) {
    this.lexicon = lexicon;
    this.learned = new LearnedCues(features, model);
  }

  /**
   * Cues from the lexicon and from the bundled learned model ({@link CueModel#bundled}), its
   * features reading word senses through {@code verbSenseFile} and {@code nounSenseFile} (WordNet's
   * lexicographer file of a lemma's first sense, "" when unknown; called at the first document,
   * not here).
   */
  public static QuoteFinder withLearnedCues(CueLexicon lexicon, UnaryOperator<String> verbSenseFile,
      UnaryOperator<String> nounSenseFile) {
    return new QuoteFinder(lexicon, new CueFeatures(lexicon, verbSenseFile, nounSenseFile), CueModel.bundled());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.TIMES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.QUOTES);
  }

  /** Version of the cue lexicon in use. */
  public String lexiconVersion() {
    return lexicon.version();
  }

  @Override
  public Document process(Document doc) {
    Clauses clauses = new Clauses(doc);
    List<Quoted> marked = new ArrayList<>();
    BitSet quotedTokens = new BitSet();
    for (Quoted q : QuoteMarks.find(doc.article().text())) {
      if (doc.article().isContent(q.inner())) {
        marked.add(q);
        clauses.tokensIn(q.inner(), quotedTokens);
      }
    }
    SpeechCues speech = new SpeechCues(doc, clauses, lexicon, learned, quotedTokens);
    List<Cued> found = speech.find();
    Attributor attributor = new Attributor(doc, clauses, found, speech, quotedTokens);
    QuoteWriter writer = new QuoteWriter(doc, clauses);
    List<Draft> drafts = new ArrayList<>();
    for (Quoted q : marked) {
      Draft d = attributor.attribute(q, drafts);
      if (d != null) {
        drafts.add(d);
      }
    }
    for (Cued c : found) {
      TextSpan content = clauses.span(c.content());
      if (content == null || coveredByDirect(content, c, drafts) || quotedTokens.get(c.head())) {
        continue;
      }
      drafts.add(new Draft(Quote.Kind.REPORTED, content, c, c.rule(), -1));
    }
    drafts.sort(Comparator.comparing(Draft::span));
    List<Quote> quotes = new ArrayList<>();
    for (Draft d : drafts) {
      quotes.add(writer.write("Q" + (quotes.size() + 1), d));
    }
    return doc.with(Layers.QUOTES, List.copyOf(quotes));
  }

  /** True when direct quotes attributed to this cue make up most of its content. */
  private static boolean coveredByDirect(TextSpan content, Cued cue, List<Draft> drafts) {
    int covered = 0;
    for (Draft d : drafts) {
      if (d.cue() == cue && d.kind() == Quote.Kind.DIRECT && d.span().overlaps(content)) {
        covered += Math.min(d.span().end(), content.end()) - Math.max(d.span().begin(), content.begin());
      }
    }
    return covered * 2 >= content.length();
  }

  /**
   * A quote before it is written out.
   *
   * @param kind direct, partial or reported
   * @param span the content
   * @param cue the cue it is tied to, or null
   * @param rule how the speaker was found
   * @param paragraph the paragraph of a quote in quotation marks, or -1 for reported speech
   */
  record Draft(Quote.Kind kind, TextSpan span, Cued cue, SpeakerRule rule, int paragraph) {
    boolean hasSpeaker() {
      return cue != null && cue.subject().isPresent();
    }

    BitSet speakerTokens() {
      return cue == null ? new BitSet() : cue.source();
    }
  }
}

package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Quote;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.quotes.QuoteFinder.Draft;
import org.tidings.pipeline.quotes.QuoteMarks.Quoted;
import org.tidings.pipeline.quotes.SpeechCues.Cued;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Decides what a stretch of quoted text is (direct quote, partial quote, or a scare quote or title
 * that is not speech) and ties it to a cue by the {@link SpeakerRule}s, tried in order: a cue in
 * the quote's own sentences, a colon introduction, a paragraph continuing an open quote, the last
 * speaker. One per document; not thread-safe.
 */
final class Attributor {
  /** How far (tokens) a cue outside the quote may stand from it in the same sentence. */
  private static final int CUE_REACH = 12;
  /** Longest quote (tokens) read as a title when in Title Case. */
  private static final int TITLE_WORDS = 6;
  /** How many paragraphs back the last speaker may have been quoted. */
  private static final int LAST_SPEAKER_PARAGRAPHS = 2;

  /** Most words of a name signing a quote after a colon ("Blumenthal and Cohen:"). */
  private static final int SIGNED_NAME_WORDS = 6;

  private final Document doc;
  private final Clauses clauses;
  private final List<Cued> cues;
  private final BitSet quoted;
  private final SpeechCues speech;

  /**
   * @param cues the cues {@code speech} found
   * @param speech the cue finder, asked for the verb that introduces a quote no cue claims
   * @param quoted tokens inside quotation marks: a cue among them is the quoted speaker's word and
   *     introduces no other quote
   */
  Attributor(Document doc, Clauses clauses, List<Cued> cues, SpeechCues speech, BitSet quoted) {
    this.doc = doc;
    this.clauses = clauses;
    this.cues = cues;
    this.speech = speech;
    this.quoted = quoted;
  }

  /** The quote drafted from {@code q}, or null when it is not speech. */
  Draft attribute(Quoted q, List<Draft> earlier) {
    int first = clauses.firstTokenIn(q.inner());
    int last = clauses.lastTokenIn(q.inner());
    if (first < 0 || last < first) {
      return null;
    }
    Cued label = transcriptLabel(first, last);
    if (label != null) {
      // '"WALLACE: Let's start ...': the speaker's label is no part of what was said
      int from = label.cue().end();
      TextSpan said = new TextSpan(clauses.token(from).span().begin(), q.inner().end());
      return new Draft(Quote.Kind.DIRECT, said, label, SpeakerRule.NAME_COLON, q.paragraph());
    }
    Quote.Kind kind = kind(q, first, last);
    if (kind == null) {
      return null;
    }
    if (kind == Quote.Kind.PARTIAL) {
      Cued holder = containing(q.inner());
      if (holder == null) {
        holder = nearestInSentence(q.inner(), first, last, false);
      }
      return holder == null ? null : new Draft(kind, q.inner(), holder, ruleOf(holder), q.paragraph());
    }
    Cued cue = nearestInSentence(q.inner(), first, last, true);
    if (cue != null) {
      return new Draft(kind, q.inner(), cue, ruleOf(cue), q.paragraph());
    }
    cue = dashSignature(last);
    if (cue != null) {
      return new Draft(kind, q.inner(), cue, SpeakerRule.DASH_SIGNATURE, q.paragraph());
    }
    cue = nameBeforeColon(first);
    if (cue != null) {
      return new Draft(kind, q.inner(), cue, SpeakerRule.NAME_COLON, q.paragraph());
    }
    cue = colonIntro(first);
    if (cue != null) {
      return new Draft(kind, q.inner(), cue, cue.subject().isPresent() ? SpeakerRule.COLON_INTRO : SpeakerRule.NONE, q.paragraph());
    }
    Draft previous = lastDirect(earlier);
    if (!q.continues() || previous == null) {
      cue = found(speech.quoteVerb(first, last), first, last);
      if (cue != null) {
        return new Draft(kind, q.inner(), cue, ruleOf(cue), q.paragraph());
      }
    }
    if (q.continues() && previous != null && previous.paragraph() == q.paragraph() - 1) {
      return new Draft(kind, q.inner(), previous.cue(), SpeakerRule.PARAGRAPH_CONTINUES, q.paragraph());
    }
    if (startsSentence(first) && previous != null && previous.hasSpeaker()
        && q.paragraph() - previous.paragraph() <= LAST_SPEAKER_PARAGRAPHS
        && noOtherSpeakerBetween(previous, q.inner())) {
      return new Draft(kind, q.inner(), previous.cue(), SpeakerRule.LAST_SPEAKER, q.paragraph());
    }
    return new Draft(kind, q.inner(), null, SpeakerRule.NONE, q.paragraph());
  }

  /**
   * The cue already found for this quote, so that the two are one attribution: one at the same
   * word as {@code c}, or one whose content holds the quote's tokens {@code first..last} (but
   * perhaps its closing punctuation) ("released
   * the following statement: ..."); else {@code c}. Null for null.
   */
  private Cued found(Cued c, int first, int last) {
    if (c == null) {
      return null;
    }
    for (Cued other : cues) {
      if (other.head() == c.head() && other.cue().first() == c.cue().first() && other.subject().equals(c.subject())) {
        return other;
      }
    }
    for (Cued other : cues) {
      if (other.subject().equals(c.subject()) && other.content().get(first) && other.content().nextClearBit(first) >= last) {
        return other;
      }
    }
    return c;
  }

  /** A "NAME:" label opening the quote (a transcript line in quotation marks), or null. */
  private Cued transcriptLabel(int first, int last) {
    for (Cued c : cues) {
      int colon = c.cue().first();
      if (c.rule() == SpeakerRule.NAME_COLON && colon > first && colon < last && c.source().nextSetBit(0) == first) {
        return c;
      }
    }
    return null;
  }

  private static SpeakerRule ruleOf(Cued c) {
    return c.subject().isPresent() ? c.rule() : SpeakerRule.NONE;
  }

  /**
   * Direct when it reads as someone's sentence or clause: it ends in sentence punctuation and has a
   * verb or several words (a name with the writer's comma inside the marks, '"Face the Nation,"', is
   * not a sentence), has a verb and a few words (and is not embedded in reported speech: 'attempts to "smuggle drugs,
   * weapons"' is partial), opens a sentence, or runs on from an open quote. Otherwise a partial
   * quote when a cue stands in its sentence; titles (a few words in Title Case) are never speech.
   */
  private Quote.Kind kind(Quoted q, int first, int last) {
    int n = last - first + 1;
    String text = q.inner().of(doc.article().text());
    char end = text.charAt(text.length() - 1);
    boolean endsClause = ".,!?".indexOf(end) >= 0;
    boolean hasVerb = false;
    for (int i = first; i <= last; i++) {
      hasVerb |= clauses.isVerb(i);
    }
    if (n <= TITLE_WORDS && !q.continues() && isTitleCase(first, last)) {
      return null; // a title or name: "Face the Nation," "Born To Run"
    }
    boolean embedded = containing(q.inner()) != null && !startsSentence(first);
    if (q.continues() || endsClause && n >= 3 && (hasVerb || n >= 6) || hasVerb && n >= 5 && !embedded || startsSentence(first) && n >= 4
        || !q.closed() && n >= 4) {
      return Quote.Kind.DIRECT;
    }
    if (!hasVerb && isTitleCase(first, last)) {
      return null;
    }
    return Quote.Kind.PARTIAL;
  }

  private boolean isTitleCase(int first, int last) {
    int words = 0;
    for (int i = first; i <= last; i++) {
      String t = clauses.token(i).text();
      if (t.length() > 3 && Character.isLetter(t.charAt(0))) {
        if (!Character.isUpperCase(t.charAt(0))) {
          return false;
        }
        words++;
      }
    }
    return words >= 2;
  }

  /** The cue whose content holds the span most tightly, or null. */
  private Cued containing(TextSpan span) {
    Cued best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Cued c : cues) {
      TextSpan content = clauses.span(c.content());
      if (content != null && content.contains(span) && content.length() < bestLength && !span.overlaps(cueSpan(c))) {
        best = c;
        bestLength = content.length();
      }
    }
    return best;
  }

  /**
   * The cue nearest the quote among those outside it in the sentences it touches (or opening the
   * next sentence, when the tokenizer split the cue off after the closing mark): within
   * {@link #CUE_REACH} tokens of it (its speaker's own words not counted: '"...," Vann R. Newkirk
   * II, a writer for The Atlantic, said'), or with content overlapping it. Only speech cues may
   * introduce a direct quote.
   */
  private Cued nearestInSentence(TextSpan quote, int first, int last, boolean speechOnly) {
    int firstSentence = clauses.token(first).sentence();
    int lastSentence = clauses.token(last).sentence();
    Cued best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean endsSentence = endsSentence(last);
    for (Cued c : cues) {
      int at = c.cue().first();
      int sentence = clauses.token(at).sentence();
      boolean splitOff = endsSentence && sentence == lastSentence + 1 && at - last <= CUE_REACH
          && c.content().isEmpty();
      if (sentence < firstSentence || sentence > lastSentence && !splitOff || quote.overlaps(cueSpan(c))) {
        continue;
      }
      if (speechOnly && c.entry().kind() != CueLexicon.Kind.SPEECH || quoted.get(c.head())) {
        continue;
      }
      int distance = at < first ? first - c.cue().end() : at - last;
      distance -= sourceTokensBetween(c, at < first ? c.cue().end() : last, at < first ? first : at);
      TextSpan content = clauses.span(c.content());
      boolean reports = content != null && content.overlaps(quote);
      if ((reports || distance <= CUE_REACH) && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The cue's source tokens in [from, to): a long speaker's name between quote and cue is no distance. */
  private static int sourceTokensBetween(Cued c, int from, int to) {
    BitSet between = new BitSet();
    between.set(Math.max(0, from), Math.max(from, to));
    between.and(c.source());
    return between.cardinality();
  }

  /** '"...," ― Sonya Herridge': a dash right after the quote, then a name to the end of the line. */
  private Cued dashSignature(int last) {
    int dash = last + 1;
    while (dash < doc.tokens().size() && clauses.isPunct(dash) && !isDash(dash)) {
      dash++;
    }
    if (dash >= doc.tokens().size() - 1 || !isDash(dash) || !PennTag.of(clauses.token(dash + 1)).isProperNoun()) {
      return null;
    }
    int end = dash + 1;
    while (end < doc.tokens().size() && PennTag.of(clauses.token(end)).isProperNoun()) {
      end++;
    }
    BitSet name = new BitSet();
    name.set(dash + 1, end);
    CueLexicon.Cue entry = new CueLexicon.Cue(clauses.token(dash).text(), CueLexicon.Pos.PHRASE, CueLexicon.Kind.SPEECH,
        Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(dash, dash + 1), entry, end - 1, new BitSet(), end - 1, name, SpeakerRule.DASH_SIGNATURE);
  }

  private boolean isDash(int i) {
    String t = clauses.token(i).text();
    return t.equals("\u2015") || t.equals("\u2014") || t.equals("--") || t.equals("\u2013");
  }

  /**
   * '- Jeffrey M. Jones: “Gallup's analysis ...”', 'More from Blumenthal and Cohen: “...”': a short
   * name (proper nouns, "and") right before the colon that opens the quote, itself after the
   * sentence's start, a dash or "from"; or null. The colon is the cue, the name the source.
   */
  private Cued nameBeforeColon(int first) {
    int colon = clauses.colonBefore(first);
    if (colon <= 0) {
      return null;
    }
    int sentenceStart = clauses.sentenceOf(colon).first();
    int start = colon;
    while (start - 1 >= sentenceStart && colon - start < SIGNED_NAME_WORDS
        && (PennTag.of(clauses.token(start - 1)).isProperNoun() || clauses.token(start - 1).text().equals("and"))) {
      start--;
    }
    if (start == colon || !PennTag.of(clauses.token(start)).isProperNoun()) {
      return null;
    }
    boolean opens = start == sentenceStart || isDash(start - 1) || clauses.token(start - 1).text().equals("-")
        || clauses.token(start - 1).text().equalsIgnoreCase("from");
    if (!opens) {
      return null;
    }
    BitSet name = new BitSet();
    name.set(start, colon);
    CueLexicon.Cue entry = new CueLexicon.Cue(":", CueLexicon.Pos.PHRASE, CueLexicon.Kind.SPEECH,
        Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(colon, colon + 1), entry, colon - 1, new BitSet(), colon - 1, name,
        SpeakerRule.NAME_COLON);
  }

  /** "He said:" right before the quote: the cue of the colon's sentence nearest the colon. */
  private Cued colonIntro(int first) {
    int before = clauses.colonBefore(first);
    if (before < 0) {
      return null;
    }
    Cued best = null;
    int sentence = clauses.token(before).sentence();
    for (Cued c : cues) {
      if (clauses.token(c.cue().first()).sentence() == sentence && c.cue().first() < before
          && c.entry().kind() == CueLexicon.Kind.SPEECH) {
        best = c;
      }
    }
    return best;
  }

  private static Draft lastDirect(List<Draft> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (earlier.get(i).kind() == Quote.Kind.DIRECT) {
        return earlier.get(i);
      }
    }
    return null;
  }

  /**
   * No other speaker stands between the previous quote's cue and this quote: no other cue that
   * reports something and has a subject, and no proper name as the subject, in a sentence after
   * the previous cue's ("Elijah Cummings disagreed"). Cues and names in the previous cue's own
   * sentence ('said Chaffetz after Pagliano failed to show up'; 'said Morgan, who has been
   * challenging the industry') do not take the floor.
   */
  private boolean noOtherSpeakerBetween(Draft previous, TextSpan quote) {
    TextSpan previousCue = cueSpan(previous.cue());
    int from = Math.max(previous.span().end(), previousCue.end());
    int cueSentence = clauses.token(previous.cue().cue().first()).sentence();
    for (Cued c : cues) {
      TextSpan s = cueSpan(c);
      if (c != previous.cue() && c.subject().isPresent() && !c.content().isEmpty() && s.begin() >= from && s.end() <= quote.begin()
          && clauses.token(c.cue().first()).sentence() > cueSentence) {
        return false;
      }
    }
    for (int i = 0; i < doc.tokens().size(); i++) {
      Token t = clauses.token(i);
      if (t.span().begin() >= from && t.span().end() <= quote.begin() && t.sentence() > cueSentence && PennTag.of(t).isProperNoun()
          && clauses.parse().relationOf(i).startsWith("nsubj") && !previous.cue().source().get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when only punctuation follows the quote's last token in its sentence: the tokenizer split
   * '"...?" Trump said' after the mark, and the cue opens the next sentence.
   */
  private boolean endsSentence(int last) {
    Sentence s = doc.sentences().get(clauses.token(last).sentence());
    for (int i = last + 1; i < s.tokens().end(); i++) {
      if (!clauses.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean startsSentence(int first) {
    Sentence s = doc.sentences().get(clauses.token(first).sentence());
    int start = s.tokens().first();
    while (start < first && clauses.isPunct(start)) {
      start++;
    }
    return start == first;
  }

  TextSpan cueSpan(Cued c) {
    return clauses.charSpan(c.cue());
  }
}

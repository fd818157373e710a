package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.quotes.SpeechCues.Cued;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Cues made by a line's layout rather than a word: "NAME: words" in transcripts and a headline's
 * speaker before its colon ("Former AG Mukasey at RNC: ..."). Split out of {@link SpeechCues}. One
 * per document; not thread-safe.
 */
final class LineCues {
  /** Longest name taken as the speaker of a "NAME: words" line. */
  private static final int NAME_COLON_WORDS = 4;
  /** Parts of speech of a headline's speaker. */
  private static final Set<String> HEADLINE_SPEAKER_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "IN");
  /** Most words of a headline's speaker before its colon ("Former AG Mukasey at RNC: ..."). */
  private static final int HEADLINE_SPEAKER_WORDS = 6;

  private final Document doc;
  private final Clauses clauses;

  LineCues(Document doc, Clauses clauses) {
    this.doc = doc;
    this.clauses = clauses;
  }

  /**
   * "Pat Caddell: Democrat Voters Worried ...", "WALLACE: Let's start ...": a line opening with a
   * short name and a colon gives the name's words after the colon (headlines, transcripts).
   */
  Cued nameColon(Sentence s) {
    int first = s.tokens().first();
    while (first < s.tokens().end() && clauses.isPunct(first)) {
      first++;
    }
    int colon = first;
    while (colon < s.tokens().end() && colon - first < NAME_COLON_WORDS && isNameWord(colon)) {
      colon++;
    }
    if (colon < s.tokens().end() && !clauses.token(colon).text().equals(":") && isHeadline(first)) {
      colon = headlineSpeaker(first, s);
    }
    if (colon == first || colon >= s.tokens().end() - 3 || !clauses.token(colon).text().equals(":")
        || !lineStartsAt(clauses.token(first).span().begin())) {
      return null;
    }
    BitSet content = new BitSet();
    content.set(colon + 1, s.tokens().end());
    clauses.dropPunctuationEdges(content);
    BitSet source = new BitSet();
    source.set(first, colon);
    int head = colon - 1;
    CueLexicon.Cue entry = new CueLexicon.Cue(":", CueLexicon.Pos.PHRASE, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(colon, colon + 1), entry, head, content, head, source, SpeakerRule.NAME_COLON);
  }

  /** True when token {@code first} is in the article's first sentence (its headline). */
  private boolean isHeadline(int first) {
    return clauses.token(first).sentence() == 0;
  }

  /**
   * "Clinton camp: ...", "Former AG Mukasey at RNC: ...": in a headline, a noun phrase of a few
   * words (nouns, adjectives, "at", possessives) holding a proper noun before the colon; the
   * colon's token, or {@code first} when there is none.
   */
  private int headlineSpeaker(int first, Sentence s) {
    int colon = first;
    boolean named = false;
    while (colon < s.tokens().end() && colon - first < HEADLINE_SPEAKER_WORDS && HEADLINE_SPEAKER_TAGS.contains(clauses.token(colon).pos())) {
      named |= PennTag.of(clauses.token(colon)).isProperNoun();
      colon++;
    }
    return named && colon < s.tokens().end() && clauses.token(colon).text().equals(":") ? colon : first;
  }

  /** A proper noun, or a word in capitals (the tagger reads "PENCE" in a transcript as a common noun). */
  private boolean isNameWord(int i) {
    Token t = clauses.token(i);
    return PennTag.of(t).isProperNoun() || PennTag.of(t).isNoun() && t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
  }

  private boolean lineStartsAt(int offset) {
    String text = doc.article().text();
    int i = offset - 1;
    while (i >= 0 && text.charAt(i) != '\n' && (Character.isWhitespace(text.charAt(i)) || "\"\u201C".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }
}

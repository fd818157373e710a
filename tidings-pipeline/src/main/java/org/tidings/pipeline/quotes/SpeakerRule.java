package org.tidings.pipeline.quotes;

/**
 * The rule that tied a quote to its cue and speaker. Each is one news-writing convention; the
 * confidence says how often it holds (set by reading PolNeAR training articles, not tuned per
 * file). Tests name the rule they check.
 */
public enum SpeakerRule {
  /** The cue verb's own subject, before or after it: "Putin said", "said Putin", "he added". */
  CUE_SUBJECT(0.9),
  /**
   * '"...," said Caddell': after a cue that follows its content, the parser's object of the cue
   * is the speaker.
   */
  SAID_INVERSION(0.85),
  /**
   * A cue with no subject of its own takes the subject of the verb it hangs from: "he added,
   * warning that they could even try ..." is said by "he".
   */
  SHARED_SUBJECT(0.8),
  /** A passive cue's agent: "the plan was criticized by Democrats", "an issue reported by the Post". */
  PASSIVE_AGENT(0.85),
  /** A noun cue's holder: the subject of its verb or its possessor ("the Kremlin voiced concerns that"). */
  NOUN_HOLDER(0.75),
  /** "according to X": X is the source. */
  ACCORDING_TO(0.85),
  /** "Pat Caddell: Democrats worried ...": a line opening with a short name and a colon. */
  NAME_COLON(0.7),
  /** '"...," ― Sonya Herridge': a quote signed with a dash and a name after it. */
  DASH_SIGNATURE(0.8),
  /** A quote right after a sentence that ends in a colon: that sentence's cue and subject. */
  COLON_INTRO(0.8),
  /**
   * A quote opening a paragraph after a paragraph whose quote was left open (the news convention
   * for a quote running over paragraphs): the same cue and speaker.
   */
  PARAGRAPH_CONTINUES(0.8),
  /**
   * A quote with no cue of its own that makes up a paragraph (or its first sentence): the speaker
   * of the nearest earlier quote within two paragraphs, as long as nobody else was quoted in between.
   */
  LAST_SPEAKER(0.6),
  /** No speaker found: the quote is kept with a null speaker. */
  NONE(0.3);

  private final double confidence;

  SpeakerRule(double confidence) {
    this.confidence = confidence;
  }

  /** How sure an attribution by this rule is, 0..1, when the speaker resolved to an actor. */
  public double confidence() {
    return confidence;
  }
}

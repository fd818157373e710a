package org.tidings.pipeline.syntax;

import java.util.HashMap;
import java.util.Map;
import org.tidings.model.Token;

/**
 * A part-of-speech tag of the Penn Treebank tag set, as CoreNLP's English tagger writes it in
 * {@link Token#pos()}, with the word classes the stages ask about ({@link #isVerb()}, {@link
 * #isNoun()}, ...) instead of prefix tests on the tag string. A tag outside the set reads as
 * {@link #OTHER}, which belongs to no class.
 *
 * <p>Immutable and thread-safe.
 */
public enum PennTag {
  CC("CC"), CD("CD"), DT("DT"), EX("EX"), FW("FW"), IN("IN"),
  JJ("JJ"), JJR("JJR"), JJS("JJS"), LS("LS"), MD("MD"),
  NN("NN"), NNS("NNS"), NNP("NNP"), NNPS("NNPS"),
  PDT("PDT"), POS("POS"), PRP("PRP"), PRP_POSSESSIVE("PRP$"),
  RB("RB"), RBR("RBR"), RBS("RBS"), RP("RP"), SYM("SYM"), TO("TO"), UH("UH"),
  VB("VB"), VBD("VBD"), VBG("VBG"), VBN("VBN"), VBP("VBP"), VBZ("VBZ"),
  WDT("WDT"), WP("WP"), WP_POSSESSIVE("WP$"), WRB("WRB"),
  LEFT_BRACKET("-LRB-"), RIGHT_BRACKET("-RRB-"), COMMA(","), PERIOD("."), COLON(":"),
  OPENING_QUOTE("``"), CLOSING_QUOTE("''"), DOLLAR("$"), HASH("#"),
  /** Any tag not listed above. */
  OTHER("");

  private static final Map<String, PennTag> BY_LABEL = new HashMap<>();

  static {
    for (PennTag t : values()) {
      if (t != OTHER) {
        BY_LABEL.put(t.label, t);
      }
    }
  }

  private final String label;

  PennTag(String label) {
    this.label = label;
  }

  /** The tag as written in the tag set ("PRP$", "-LRB-"); "" for {@link #OTHER}. */
  public String label() {
    return label;
  }

  /** The tag of a label; {@link #OTHER} for null or a label outside the set. */
  public static PennTag of(String label) {
    PennTag t = label == null ? null : BY_LABEL.get(label);
    return t == null ? OTHER : t;
  }

  /** The tag of a token's {@link Token#pos()}. */
  public static PennTag of(Token token) {
    return of(token.pos());
  }

  /** VB, VBD, VBG, VBN, VBP, VBZ. */
  public boolean isVerb() {
    return this == VB || this == VBD || this == VBG || this == VBN || this == VBP || this == VBZ;
  }

  /** NN, NNS, NNP, NNPS. */
  public boolean isNoun() {
    return this == NN || this == NNS || isProperNoun();
  }

  /** NN, NNS: common nouns, singular or plural. */
  public boolean isCommonNoun() {
    return this == NN || this == NNS;
  }

  /** NNP, NNPS. */
  public boolean isProperNoun() {
    return this == NNP || this == NNPS;
  }

  /** JJ, JJR, JJS. */
  public boolean isAdjective() {
    return this == JJ || this == JJR || this == JJS;
  }

  /**
   * NNS, NNPS, JJS, RBS, POS, LS: the tags that end in "S", which the stages read as a plural form
   * (plural nouns, and superlatives as subjects: "most agreed"); POS and LS are in the set because
   * plurality was first tested as "the tag ends in S", and keeping them keeps every outcome.
   */
  public boolean isPluralForm() {
    return this == NNS || this == NNPS || this == JJS || this == RBS || this == POS || this == LS;
  }

  /** PRP, PRP$: personal and possessive pronouns. */
  public boolean isPronoun() {
    return this == PRP || this == PRP_POSSESSIVE;
  }
}

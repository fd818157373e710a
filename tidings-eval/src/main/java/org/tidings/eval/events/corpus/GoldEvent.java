package org.tidings.eval.events.corpus;

import java.util.Objects;

/**
 * One event mention as an annotator marked it (see {@code events-guide.md}).
 *
 * @param sentence the sentence as written in the text, never null
 * @param trigger the words naming the act, as in the sentence; never null
 * @param type PLOVER type, upper case, never null
 * @param cameoRoot two-digit CAMEO root, or null when not given
 * @param source who acts, or null when the text names no one
 * @param target to whom, or null
 * @param modality asserted, reported, intended, negated or hypothetical (lower case), never null
 */
public record GoldEvent(String sentence, String trigger, String type, String cameoRoot, Party source, Party target,
    String modality) {

  /**
   * A party as annotated.
   *
   * @param text the most informative words for it, never null (may be empty)
   * @param country ISO alpha-3, IGO, or null when unknown
   */
  public record Party(String text, String country) {
    public Party {
      Objects.requireNonNull(text, "text");
    }
  }

  public GoldEvent {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(modality, "modality");
  }
}

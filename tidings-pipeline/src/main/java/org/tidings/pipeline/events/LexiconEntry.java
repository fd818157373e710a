package org.tidings.pipeline.events;

import java.util.Set;

/**
 * One trigger frame of the {@link CameoLexicon}: a verb or noun lemma, optionally with the object,
 * preposition or particle it needs, and the CAMEO code it stands for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code CAMEO code, never null
 * @param noun true for a nominal trigger ("talks"), false for a verb
 * @param lemma lower-case lemma, never null
 * @param objects object lemmas of which one must be present; {@code ["*"]} for any object;
 *     {@code ["-"]} ({@link #NO_OBJECT}) when the verb must have neither object nor content clause
 *     (intransitive "demonstrated", not "demonstrated its power"); empty when the frame needs no object
 * @param modifiers lemmas of which one must modify the trigger (compound or adjective: "hunger"
 *     strike, "war" games); empty when none is needed
 * @param prep preposition of a required argument ("on" for "call on"), or "" when none
 * @param particle required verb particle ("down" in "step down"), or "" when none
 * @param target dependency relation holding the target ("obj", "obl:with", "nmod:to"), or "" for
 *     the default (the object, else the required preposition's argument)
 * @param speech true for a speech verb whose content clause is reported by its subject
 * @param denial true when the content clause is denied ("deny")
 * @param exact true when WordNet synonyms must not reach this frame (it codes a rarer sense)
 */
public record LexiconEntry(
    String code,
    boolean noun,
    String lemma,
    Set<String> objects,
    Set<String> modifiers,
    String prep,
    String particle,
    String target,
    boolean speech,
    boolean denial,
    boolean exact) {

  /** The object constraint of an intransitive frame ({@code obj=-}). */
  public static final String NO_OBJECT = "-";

  public LexiconEntry {
    objects = Set.copyOf(objects);
    modifiers = Set.copyOf(modifiers);
  }

  /** How many constraints the frame sets; a more specific matching frame wins. */
  public int specificity() {
    return (objects.isEmpty() ? 0 : objects.contains("*") || objects.contains(NO_OBJECT) ? 1 : 2) + (modifiers.isEmpty() ? 0 : 2)
        + (prep.isEmpty() ? 0 : 1) + (particle.isEmpty() ? 0 : 1);
  }
}

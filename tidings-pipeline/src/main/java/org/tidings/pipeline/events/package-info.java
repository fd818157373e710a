/**
 * The events stage: the learned coder (trigger, party, modality and country heads over encoder
 * vectors and rule features, {@link org.tidings.pipeline.events.LearnedEventCoder}) and the rule
 * coder it reads as features, which finds triggers with the CAMEO lexicon and WordNet, reads source, target, place,
 * date and modality, and codes each event in CAMEO and PLOVER with a learned confidence.
 *
 * <p>Depends on the model, {@code events.learn}, {@code syntax}, {@code lexicon}, {@code places} (for {@code Countries} and
 * the registry only, never the gazetteer) and the root package's {@code Stage}. It reads the quotes
 * layer through the model. Only the root package and tools (tidings-eval) depend on it.
 */
package org.tidings.pipeline.events;

package org.tidings.model;

/**
 * A named-entity mention found by the annotator.
 *
 * @param span characters in the article text
 * @param tokens its tokens
 * @param text the mention as written
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param confidence tagger's probability for the label, 0..1
 */
public record Mention(TextSpan span, TokenRange tokens, String text, String type, double confidence) {}

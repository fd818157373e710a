package org.tidings.model;

/**
 * One token of the article.
 *
 * @param index position in {@link Document#tokens()}
 * @param span characters in the article text
 * @param text the token as written
 * @param lemma dictionary form, never null
 * @param pos Penn Treebank tag, never null
 * @param ner coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...) or "O"
 * @param sentence index of its sentence
 */
public record Token(int index, TextSpan span, String text, String lemma, String pos, String ner, int sentence) {}

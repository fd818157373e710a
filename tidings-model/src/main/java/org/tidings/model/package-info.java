/**
 * The immutable records every module speaks: {@link org.tidings.model.Article}, {@link
 * org.tidings.model.TextSpan} (UTF-16 offsets into the article text, end exclusive), the layers of a
 * {@link org.tidings.model.Document} (tokens, sentences, mentions, times, actors, places, quotes,
 * events) and the sealed {@link org.tidings.model.Outcome} of an article.
 *
 * <p>Depends on nothing but the JDK. Every other module may depend on it.
 */
package org.tidings.model;

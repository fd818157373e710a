package org.tidings.store;

import org.tidings.model.TextSpan;

/**
 * A stored quote with its article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId never null
 * @param quoteId id inside the article (Q2), never null
 * @param kind DIRECT, PARTIAL or REPORTED; never null
 * @param span the words' span in the article text, never null
 * @param text the words, never null
 * @param cueText the speech cue ("said"), or null
 * @param speakerName the speaker, or null when not found
 * @param speakerActorId the speaker's actor id in the article, or null
 * @param speakerCode the speaker actor's code (first country then first role, RUSGOV; empty when
 *     neither is known), or null when the speaker is no actor of the article
 * @param speaker the span naming the speaker, or null
 * @param confidence 0..1
 */
public record StoredQuote(
    String articleId,
    String quoteId,
    String kind,
    TextSpan span,
    String text,
    String cueText,
    String speakerName,
    String speakerActorId,
    String speakerCode,
    TextSpan speaker,
    double confidence) {}

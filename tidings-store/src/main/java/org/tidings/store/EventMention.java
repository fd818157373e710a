package org.tidings.store;

import org.tidings.model.Modality;
import org.tidings.model.TextSpan;

/**
 * One report of an event in one article: the evidence for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventId the event reported
 * @param articleId the reporting article, never null
 * @param localId the event's id inside that article (E4), never null
 * @param articleSource the article's publisher, or null
 * @param url the article's URL, or null
 * @param sentence the evidence sentence's span in the article text, never null
 * @param sentenceText the evidence sentence, never null
 * @param trigger the trigger's span, never null
 * @param triggerText the trigger as written, never null
 * @param sourceSpan the words naming the event's source actor at the event, or null when it has none
 * @param targetSpan the words naming its target, or null when it has none
 * @param dateSpan the time expression that dates it, or null when it is dated otherwise or not at all
 * @param modality how this article reports it, never null
 * @param confidence 0..1
 * @param nearDuplicate true when the article is a near copy of one stored before
 */
public record EventMention(
    long eventId,
    String articleId,
    String localId,
    String articleSource,
    String url,
    TextSpan sentence,
    String sentenceText,
    TextSpan trigger,
    String triggerText,
    TextSpan sourceSpan,
    TextSpan targetSpan,
    TextSpan dateSpan,
    Modality modality,
    double confidence,
    boolean nearDuplicate) {}

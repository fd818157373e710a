package org.tidings.pipeline.quotes;

import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Precision;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.quotes.QuoteFinder.Draft;
import org.tidings.pipeline.quotes.SpeechCues.Cued;

/**
 * Turns a drafted quote into a {@link Quote}: the speaker's actor through the actors layer (the
 * smallest mention holding the speaker's head word, so "he" and "the official" give the canonical
 * actor), the addressee of "told X", the cue's own time expression or else the article's date, and
 * a confidence from the rule that found the speaker. One per document; not thread-safe.
 */
final class QuoteWriter {
  private static final Set<String> ADDRESSEE = Set.of("obj", "iobj", "obl:to");
  /** Confidence factor for cues of belief or evidence, which report less surely than speech. */
  private static final double NOT_SPEECH = 0.7;
  /** Confidence factor for a speaker that is no actor ("the poll", an unresolved "they"). */
  private static final double NO_ACTOR = 0.8;

  private final Document doc;
  private final Clauses clauses;
  private final Actor[] actorAt;
  private final int[] mentionLength;

  QuoteWriter(Document doc, Clauses clauses) {
    this.doc = doc;
    this.clauses = clauses;
    int n = doc.tokens().size();
    this.actorAt = new Actor[n];
    this.mentionLength = new int[n];
    for (Actor a : doc.get(Layers.ACTORS)) {
      for (ActorMention m : a.mentions()) {
        for (int i = m.tokens().first(); i < m.tokens().end() && i < n; i++) {
          if (actorAt[i] == null || m.tokens().size() < mentionLength[i]) {
            actorAt[i] = a;
            mentionLength[i] = m.tokens().size();
          }
        }
      }
    }
  }

  Quote write(String id, Draft d) {
    String text = d.span().of(doc.article().text());
    Cued cue = d.cue();
    if (cue == null) {
      return new Quote(id, d.kind(), d.span(), text, null, null, null, null, null, null, articleDate(), d.rule().confidence());
    }
    TextSpan cueSpan = clauses.charSpan(cue.cue());
    String cueText = clauses.text(cueSpan);
    TextSpan speaker = clauses.span(cue.source());
    Actor actor = cue.subject().isPresent() ? actorAt[cue.subject().getAsInt()] : null;
    String speakerName = actor != null ? actor.name() : speaker == null ? null : clauses.text(speaker);
    double confidence = d.rule().confidence();
    if (cue.entry().kind() != CueLexicon.Kind.SPEECH) {
      confidence *= NOT_SPEECH;
    }
    if (actor == null && speaker != null) {
      confidence *= NO_ACTOR;
    }
    return new Quote(id, d.kind(), d.span(), text, cueSpan, cueText, speaker, actor == null ? null : actor.id(),
        speakerName, addressee(cue), date(cue), confidence);
  }

  private String addressee(Cued cue) {
    if (cue.entry().pos() != CueLexicon.Pos.VERB) {
      return null;
    }
    for (Dependency d : clauses.parse().children(cue.head())) {
      if (ADDRESSEE.contains(d.relation()) && !cue.content().get(d.dependent()) && actorAt[d.dependent()] != null) {
        return actorAt[d.dependent()].id();
      }
    }
    return null;
  }

  /** The resolved time expression the cue governs ("said Wednesday"), else the article's date. */
  private TimeInterval date(Cued cue) {
    if (doc.has(Layers.TIMES)) {
      for (TimeRef t : doc.get(Layers.TIMES)) {
        if (t.resolved() != null && governedBy(t.span(), cue.head())) {
          return t.resolved();
        }
      }
    }
    return articleDate();
  }

  private boolean governedBy(TextSpan span, int head) {
    for (Dependency d : clauses.parse().children(head)) {
      TextSpan s = clauses.token(d.dependent()).span();
      if (span.contains(s) && (d.relation().startsWith("obl") || d.relation().equals("nmod:tmod"))) {
        return true;
      }
    }
    return false;
  }

  private TimeInterval articleDate() {
    var published = doc.article().published();
    if (published == null) {
      return null;
    }
    return new TimeInterval(published.date().atStartOfDay(), published.date().plusDays(1).atStartOfDay(), Precision.DAY);
  }
}

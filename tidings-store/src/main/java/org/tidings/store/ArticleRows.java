package org.tidings.store;

import java.time.LocalDateTime;
import java.util.List;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Place;
import org.tidings.model.Quote;
import org.tidings.model.Segment;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;

/** Turns an outcome's article and its non-event layers into rows. Stateless. */
final class ArticleRows {
  private ArticleRows() {}

  /** The id an outcome is stored under: the article's content hash, else one from its origin. */
  static String idOf(Outcome outcome) {
    Article a = article(outcome);
    return a != null ? a.id() : "origin:" + Article.idOf(outcome.origin());
  }

  static Article article(Outcome outcome) {
    if (outcome instanceof Outcome.Coded c) {
      return c.document().article();
    }
    if (outcome instanceof Outcome.Skipped s) {
      return s.article();
    }
    return ((Outcome.Failed) outcome).article();
  }

  static String kind(Outcome outcome) {
    return outcome instanceof Outcome.Coded ? "coded" : outcome instanceof Outcome.Skipped ? "skipped" : "failed";
  }

  static int day(java.time.LocalDate date) {
    return date == null ? 0 : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /**
   * The article's row. Its {@code minhash} column stays empty: the signature is computed from the
   * text whenever it is needed (see {@link MinHash}).
   */
  static void article(WriteBatch batch, String id, Outcome outcome, String nearDuplicateOf, LocalDateTime now) {
    Article a = article(outcome);
    String stage = null;
    String reason = null;
    List<String> warnings = List.of();
    String layers = null;
    if (outcome instanceof Outcome.Coded c) {
      warnings = c.warnings();
      layers = String.join(",", c.document().layerNames());
    } else if (outcome instanceof Outcome.Skipped s) {
      stage = s.stage();
      reason = s.reason();
    } else if (outcome instanceof Outcome.Failed f) {
      stage = f.stage();
      reason = f.reason();
    }
    batch.add(Table.ARTICLES, id, kind(outcome), stage, reason, outcome.origin(),
        a == null ? null : a.url(), a == null ? null : a.source(), a == null ? null : a.title(),
        a == null || a.published() == null ? null : a.published().toString(),
        a == null || a.published() == null ? 0 : day(a.published().date()),
        a == null ? null : a.language(), a == null ? null : a.externalId(), a == null ? null : a.text(),
        warnings.isEmpty() ? null : String.join("\n", warnings), layers, nearDuplicateOf, null, now);
  }

  /**
   * The article's segments (every line as the clean-up classed it), then actors, places, times and
   * quotes of a coded document: whichever layers it has.
   */
  static void layers(WriteBatch batch, String id, Document doc) {
    int ordinal = 0;
    for (Segment s : doc.article().segments()) {
      batch.add(Table.SEGMENTS, id, ordinal++, s.kind().name(), s.span().begin(), s.span().end(), s.reason());
    }
    if (doc.has(Layers.ACTORS)) {
      for (Actor actor : doc.get(Layers.ACTORS)) {
        batch.add(Table.ACTORS, id, actor.id(), actor.name(), actor.type().name(),
            actor.countries().isEmpty() ? null : String.join("/", actor.countries()),
            actor.roles().isEmpty() ? null : String.join("/", actor.roles()),
            actor.group(), actor.confidence(), actor.unknownReason());
        int n = 0;
        for (ActorMention m : actor.mentions()) {
          batch.add(Table.ACTOR_MENTIONS, id, actor.id(), n++, m.span().begin(), m.span().end(), m.text(), m.kind().name());
        }
        n = 0;
        for (ActorCode code : actor.codes()) {
          batch.add(Table.ACTOR_CODES, id, actor.id(), n++, code.field().name(), code.value(), code.source(),
              code.evidence(), begin(code.span()), end(code.span()));
        }
      }
    }
    if (doc.has(Layers.PLACES)) {
      int n = 0;
      for (Place p : doc.get(Layers.PLACES)) {
        batch.add(Table.PLACES, id, n++, p.span().begin(), p.span().end(), p.text(), p.geonameId(), p.name(),
            p.featureClass(), p.featureCode(), p.country(), p.admin1(), p.lat(), p.lon(),
            p.precision() == null ? null : p.precision().name(), p.confidence());
      }
    }
    if (doc.has(Layers.TIMES)) {
      int n = 0;
      for (TimeRef t : doc.get(Layers.TIMES)) {
        TimeInterval r = t.resolved();
        batch.add(Table.TIMES, id, n++, t.span().begin(), t.span().end(), t.text(), t.type().name(), t.value(),
            r == null ? null : r.begin(), r == null ? null : r.end(), r == null ? null : r.precision().name());
      }
    }
    if (doc.has(Layers.QUOTES)) {
      for (Quote q : doc.get(Layers.QUOTES)) {
        TimeInterval d = q.date();
        batch.add(Table.QUOTES, id, q.id(), q.kind().name(), q.span().begin(), q.span().end(), q.text(),
            begin(q.cue()), end(q.cue()), q.cueText(), begin(q.speaker()), end(q.speaker()), q.speakerActorId(),
            q.speakerName(), q.addresseeActorId(), d == null ? null : d.begin(), d == null ? null : d.end(),
            d == null ? null : d.precision().name(), q.confidence());
      }
    }
  }

  static Integer begin(TextSpan span) {
    return span == null ? null : span.begin();
  }

  static Integer end(TextSpan span) {
    return span == null ? null : span.end();
  }
}

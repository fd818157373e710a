package org.tidings.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Set;
import org.tidings.model.Article;
import org.tidings.model.Dependency;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.FocusLocation;
import org.tidings.model.Layers;
import org.tidings.model.Place;
import org.tidings.model.Precision;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.places.Countries;

/**
 * When and where an event happened. Both look first in the trigger's own phrase: the tokens
 * reached from the trigger through its arguments and modifiers, without entering other clauses
 * (ccomp, advcl, parataxis, conj), at most {@value #DEPTH} arcs deep.
 *
 * <p>Date: a resolved time expression in that phrase; else the reporting cue's date; else the
 * article's publication day. Place: a place in that phrase introduced by a locative preposition
 * ("in Paris", "to Moscow") and not part of an actor's name; else, for material acts, the target
 * when it is itself a place ("drills with Tajikistan"); else the source's country; else the
 * article's focus. Thread-safe.
 */
final class WhenWhere {
  static final int DEPTH = 4;
  private static final Set<String> CLAUSE = Set.of("ccomp", "parataxis", "csubj", "punct", "mark");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "into", "inside", "near", "on", "within", "across");
  private static final Set<String> MATERIAL_ROOTS = Set.of("06", "07", "15", "17", "18", "19", "20");

  private final Countries countries;

  WhenWhere(Countries countries) {
    this.countries = countries;
  }

  /** Token indexes of the trigger's own phrase. */
  static BitSet phrase(DocumentView v, int trigger) {
    return phrase(v, trigger, false);
  }

  /** The phrase without its subjects: where the subject comes from is not where the act is. */
  static BitSet predicate(DocumentView v, int trigger) {
    return phrase(v, trigger, true);
  }

  private static BitSet phrase(DocumentView v, int trigger, boolean withoutSubjects) {
    BitSet seen = new BitSet();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    seen.set(trigger);
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      if (at[1] >= DEPTH) {
        continue;
      }
      for (Dependency d : v.parse.children(at[0])) {
        String r = d.relation();
        if (withoutSubjects && (r.startsWith("nsubj") || r.equals("obl:agent"))) {
          continue;
        }
        if (CLAUSE.contains(r) || r.startsWith("advcl") || r.startsWith("conj") || seen.get(d.dependent())) {
          continue;
        }
        seen.set(d.dependent());
        queue.add(new int[] {d.dependent(), at[1] + 1});
      }
    }
    return seen;
  }

  /** The event's own date, or null when its phrase holds no resolved time. */
  EventDate ownDate(DocumentView v, BitSet phrase) {
    for (TimeRef t : v.times) {
      if (t.resolved() == null) {
        continue;
      }
      for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
        if (v.token(i).span().overlaps(t.span())) {
          return new EventDate(t.resolved(), t.span(), EventDate.Source.EVENT);
        }
      }
    }
    return null;
  }

  /** The publication day, or null for an undated article. */
  static EventDate articleDate(Article a) {
    if (a.published() == null) {
      return null;
    }
    LocalDate day = a.published().date();
    return new EventDate(new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), Precision.DAY),
        null, EventDate.Source.ARTICLE);
  }

  EventPlace place(DocumentView v, int trigger, String root, EventActor source, EventActor target) {
    BitSet phrase = predicate(v, trigger);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      Place p = v.placeAt(i);
      if (p == null || inside(p, source) || inside(p, target)) {
        continue;
      }
      String rel = v.parse.relationOf(i);
      int colon = rel.indexOf(':');
      if (colon > 0 && LOCATIVE.contains(rel.substring(colon + 1)) && (rel.startsWith("obl") || rel.startsWith("nmod"))) {
        return new EventPlace(p, EventPlace.Source.SENTENCE);
      }
    }
    if (target != null && MATERIAL_ROOTS.contains(root)) {
      for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
        Place p = v.placeAt(i);
        if (p != null && target.span().contains(p.span())) {
          return new EventPlace(p, EventPlace.Source.SENTENCE);
        }
      }
    }
    if (source != null && source.code().length() >= 3) {
      Place p = countries.place(source.code().substring(0, 3), source.span(), source.name(), 0.5);
      if (p != null) {
        return new EventPlace(p, EventPlace.Source.ACTOR_COUNTRY);
      }
    }
    FocusLocation focus = v.doc.has(Layers.FOCUS) ? v.doc.get(Layers.FOCUS) : FocusLocation.NONE;
    Place f = focus.city() != null ? focus.city() : focus.country();
    return f == null ? null : new EventPlace(f, EventPlace.Source.ARTICLE_FOCUS);
  }

  private static boolean inside(Place p, EventActor a) {
    return a != null && a.span().contains(p.span());
  }
}

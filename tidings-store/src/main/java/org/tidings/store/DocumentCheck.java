package org.tidings.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tidings.model.Actor;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.Segment;
import org.tidings.model.TextSpan;

/**
 * What a coded document must satisfy to be stored: ids unique within their layer (they key the
 * rows) and event and segment spans inside the text (the evidence is cut from it). Stateless.
 */
final class DocumentCheck {
  private DocumentCheck() {}

  /** Why {@code doc} cannot be stored, or null when it can. */
  static String problem(Document doc) {
    int length = doc.article().text().length();
    for (Segment s : doc.article().segments()) {
      if (outside(s.span(), length)) {
        return "segment " + s.span() + " points outside the text (length " + length + ")";
      }
    }
    if (doc.has(Layers.EVENTS)) {
      String dup = duplicate(doc.get(Layers.EVENTS), Event::id);
      if (dup != null) {
        return "two events with id " + dup;
      }
      for (Event e : doc.get(Layers.EVENTS)) {
        if (outside(e.sentence(), length) || outside(e.trigger(), length)) {
          return "event " + e.id() + " points outside the text (length " + length + ")";
        }
      }
    }
    if (doc.has(Layers.QUOTES)) {
      String dup = duplicate(doc.get(Layers.QUOTES), Quote::id);
      if (dup != null) {
        return "two quotes with id " + dup;
      }
    }
    if (doc.has(Layers.ACTORS)) {
      String dup = duplicate(doc.get(Layers.ACTORS), Actor::id);
      if (dup != null) {
        return "two actors with id " + dup;
      }
    }
    return null;
  }

  private static boolean outside(TextSpan span, int length) {
    return span.end() > length;
  }

  private static <T> String duplicate(List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        return id.apply(item);
      }
    }
    return null;
  }
}

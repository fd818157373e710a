package org.tidings.pipeline.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TimeRef;

/**
 * One readable line per annotation, e.g. {@code [1185,1190) LOCATION Paris} or
 * {@code [210,219) TIME Wednesday = 2021-10-13 (day)}: the {@code --format text} output and the
 * form of golden files.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnotationLines {
  private AnnotationLines() {}

  public static List<String> of(Document doc) {
    List<String> lines = new ArrayList<>();
    var a = doc.article();
    lines.add("ARTICLE " + a.id() + " " + (a.published() == null ? "undated" : a.published()) + " "
        + (a.title() == null ? "" : a.title()));
    for (Segment s : a.segments()) {
      if (s.kind() != SegmentKind.BODY) {
        lines.add(s.span() + " SEGMENT " + s.kind().name().toLowerCase(Locale.ROOT) + " ("
            + s.reason() + ") " + s.span().of(a.text()));
      }
    }
    if (doc.has(Layers.MENTIONS)) {
      for (Mention m : doc.mentions()) {
        lines.add(m.span() + " " + m.type() + " " + m.text());
      }
    }
    if (doc.has(Layers.TIMES)) {
      for (TimeRef t : doc.times()) {
        String resolved = t.resolved() == null ? "" : " (" + t.resolved().precision().name().toLowerCase(Locale.ROOT) + ")";
        lines.add(t.span() + " TIME " + t.text() + " = " + t.value() + resolved);
      }
    }
    if (doc.has(Layers.ACTORS)) {
      lines.addAll(ActorJson.lines(doc.get(Layers.ACTORS)));
    }
    if (doc.has(Layers.PLACES)) {
      lines.addAll(PlaceJson.lines(
          doc.get(Layers.PLACES), doc.has(Layers.FOCUS) ? doc.get(Layers.FOCUS) : null));
    }
    if (doc.has(Layers.QUOTES)) {
      lines.addAll(QuoteJson.lines(doc.get(Layers.QUOTES)));
    }
    if (doc.has(Layers.EVENTS)) {
      lines.addAll(EventJson.lines(doc.get(Layers.EVENTS)));
    }
    return lines;
  }
}

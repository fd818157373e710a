package org.tidings.pipeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;
import org.tidings.pipeline.Stage;

/**
 * Checks the annotator's time values against the text and the publication date, and resolves each
 * to an interval with its precision (see {@link TimexValues}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeResolver implements Stage {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TIMEX);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Document process(Document document) {
    LocalDate published =
        document.article().published() == null ? null : document.article().published().date();
    List<TimeRef> resolved = new ArrayList<>();
    for (TimeRef raw : document.get(Layers.TIMEX)) {
      boolean placeable = raw.type() == TimexType.DATE || raw.type() == TimexType.TIME;
      resolved.add(
          new TimeRef(
              raw.span(),
              raw.text(),
              raw.type(),
              raw.value(),
              placeable ? TimexValues.interval(raw.value(), published) : null));
    }
    return document.with(Layers.TIMES, List.copyOf(resolved));
  }
}

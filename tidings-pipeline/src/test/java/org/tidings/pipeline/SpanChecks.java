package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.TextSpan;

/**
 * Finds every {@link TextSpan} in a document, whatever the layer: walks records, lists and maps,
 * so a layer added later is checked without changing this class.
 */
public final class SpanChecks {
  private SpanChecks() {}

  /** Each span with a path saying where it was found, e.g. {@code mentions[3].span}. */
  public record Found(String path, TextSpan span) {}

  public static List<Found> spans(Document doc) {
    List<Found> found = new ArrayList<>();
    walk("article", doc.article(), found, 0);
    for (String name : doc.layerNames()) {
      walk(name, doc.get(Layer.named(name)), found, 0);
    }
    return found;
  }

  /** Asserts that every span of the document lies inside its text. */
  public static void assertAllInsideText(Document doc) {
    int length = doc.article().text().length();
    for (Found f : spans(doc)) {
      assertTrue(f.span().end() <= length, f.path() + " " + f.span() + " outside text of length " + length);
    }
  }

  private static void walk(String path, Object value, List<Found> found, int depth) {
    if (value == null || depth > 12) {
      return;
    }
    if (value instanceof TextSpan span) {
      found.add(new Found(path, span));
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(path + "[" + i++ + "]", item, found, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        walk(path + "[" + e.getKey() + "]", e.getValue(), found, depth + 1);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          var accessor = c.getAccessor();
          accessor.trySetAccessible();
          walk(path + "." + c.getName(), accessor.invoke(value), found, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + path + "." + c.getName(), e);
        }
      }
    }
  }
}

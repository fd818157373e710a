package org.tidings.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tidings.pipeline.output.DocumentJson;

/**
 * A scorer's result: the suite, the data, how many items (documents or sentences, as the suite
 * says) and named metrics in a stable order. Precision, recall, F1 and accuracy are fractions in
 * 0..1; distances are in km.
 *
 * @param suite suite name
 * @param data the data path as given
 * @param items number of scored items
 * @param metrics metric name to value, in display order
 */
public record EvalReport(String suite, String data, int items, Map<String, Double> metrics) {

  public EvalReport {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** {@code {"suite","data","items","metrics":{...}}}. */
  public ObjectNode toJson() {
    ObjectNode root = DocumentJson.MAPPER.createObjectNode();
    root.put("suite", suite);
    root.put("data", data);
    root.put("items", items);
    ObjectNode m = root.putObject("metrics");
    metrics.forEach((k, v) -> m.put(k, Math.round(v * 10000) / 10000.0));
    return root;
  }

  /** A two-column table, one metric a line. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s on %s (%d items)%n", suite, data, items));
    int width = metrics.keySet().stream().mapToInt(String::length).max().orElse(10);
    metrics.forEach(
        (k, v) -> sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %.4f%n", k, v)));
    return sb.toString();
  }
}

package org.tidings.eval.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.PrfCounts;

/**
 * Recognition and resolution counts of a geoparsing run. Recognition: a gold and a predicted
 * toponym match when their spans overlap and their texts are equal ignoring case. Resolution, on
 * matched toponyms with gold coordinates: the great-circle error in km, accuracy within 161 km
 * (100 miles), mean and median error, and AUC as defined by Gritta et al. (2018): the area under
 * the curve of sorted {@code ln(1 + error) / ln(20039)}, 0 (perfect) to 1.
 *
 * <p>Mutable; not thread-safe.
 */
public final class GeoCounts {
  /** Half the Earth's circumference in km: the largest possible error. */
  public static final double MAX_ERROR_KM = 20039;
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private final PrfCounts recognition = new PrfCounts();
  private final List<Double> errors = new ArrayList<>();

  public void addRecognition(int tp, int fp, int fn) {
    recognition.add(tp, fp, fn);
  }

  /** One resolved toponym's error in km; use {@link #MAX_ERROR_KM} for one left unresolved. */
  public void addError(double km) {
    errors.add(km);
  }

  /** Great-circle distance in km between two points in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** AUC of Gritta et al.: trapezoid area under sorted scaled log errors over [0, 1]. */
  static double auc(List<Double> errorsKm) {
    int n = errorsKm.size();
    if (n == 0) {
      return 0;
    }
    double[] y = errorsKm.stream().mapToDouble(e -> Math.log1p(Math.min(e, MAX_ERROR_KM)) / Math.log(MAX_ERROR_KM))
        .sorted().toArray();
    if (n == 1) {
      return y[0];
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (y[i - 1] + y[i]) / 2;
    }
    return area / (n - 1);
  }

  /** Metrics in display order; {@code withRecognition} false in oracle mode, where spans are given. */
  public Map<String, Double> metrics(boolean withRecognition) {
    Map<String, Double> m = new LinkedHashMap<>();
    if (withRecognition) {
      m.put("recognition_precision", recognition.precision());
      m.put("recognition_recall", recognition.recall());
      m.put("recognition_f1", recognition.f1());
    }
    double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    m.put("resolved_toponyms", (double) n);
    m.put("accuracy_161km", n == 0 ? 0 : (double) java.util.Arrays.stream(sorted).filter(e -> e <= 161).count() / n);
    m.put("mean_error_km", n == 0 ? 0 : java.util.Arrays.stream(sorted).average().orElse(0));
    m.put("median_error_km", n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    m.put("auc", auc(errors));
    return m;
  }
}

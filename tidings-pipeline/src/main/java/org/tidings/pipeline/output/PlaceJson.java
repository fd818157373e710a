package org.tidings.pipeline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.FocusLocation;
import org.tidings.model.Place;

/**
 * The output forms of the places layers: JSON fields {@code places} and {@code focus}, and golden
 * lines such as {@code [1185,1190) PLACE Paris -> geonames:2988507 FRA city}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlaceJson() {}

  /** {@code [{span, text, geonameId, name, featureClass, featureCode, country, admin1, lat, lon, precision, confidence}]}. */
  public static ArrayNode places(List<Place> places) {
    ArrayNode out = MAPPER.createArrayNode();
    places.forEach(p -> out.add(place(p)));
    return out;
  }

  /** {@code {country: place or null, city: place or null}}. */
  public static ObjectNode focus(FocusLocation focus) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("country", focus.country() == null ? null : place(focus.country()));
    n.set("city", focus.city() == null ? null : place(focus.city()));
    return n;
  }

  private static ObjectNode place(Place p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.putArray("span").add(p.span().begin()).add(p.span().end());
    n.put("text", p.text());
    if (p.geonameId() == 0) {
      n.putNull("geonameId");
    } else {
      n.put("geonameId", p.geonameId());
    }
    n.put("name", p.name());
    n.put("featureClass", p.featureClass());
    n.put("featureCode", p.featureCode());
    n.put("country", p.country());
    n.put("admin1", p.admin1());
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    n.put("precision", p.precision().name().toLowerCase(Locale.ROOT));
    n.put("confidence", p.confidence());
    return n;
  }

  /** One golden line per place, then a FOCUS line. */
  public static List<String> lines(List<Place> places, FocusLocation focus) {
    List<String> lines = new ArrayList<>();
    for (Place p : places) {
      lines.add(line(p));
    }
    if (focus != null) {
      lines.add("FOCUS country=" + (focus.country() == null ? "none" : focus.country().country())
          + " city=" + (focus.city() == null ? "none" : focus.city().name()));
    }
    return lines;
  }

  /** {@code [112,118) PLACE Paris -> geonames:2988507 FRA city}. */
  public static String line(Place p) {
    return p.span() + " PLACE " + p.text() + " -> " + (p.geonameId() == 0 ? p.name() : "geonames:" + p.geonameId())
        + " " + (p.country() == null ? "-" : p.country()) + " " + p.precision().name().toLowerCase(Locale.ROOT);
  }
}

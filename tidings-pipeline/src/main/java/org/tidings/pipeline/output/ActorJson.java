package org.tidings.pipeline.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;

/**
 * The output forms of the actors layer: the {@code actors} array of the extract JSON and the
 * readable {@code ACTOR} lines of the text format. Stateless and thread-safe.
 *
 * <p>JSON per actor: {@code id, name, type, country} (codes joined by '/', or null),
 * {@code countries, roles, group, confidence, unknownReason, codes:[{field, value, source,
 * evidence, span}], mentions:[{span, text, kind}]}. Spans are {@code [begin, end]} UTF-16 offsets.
 */
public final class ActorJson {
  private ActorJson() {}

  public static ArrayNode actors(List<Actor> actors) {
    ArrayNode out = DocumentJson.MAPPER.createArrayNode();
    for (Actor a : actors) {
      ObjectNode n = out.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("type", lower(a.type().name()));
      n.put("country", a.countryCode());
      a.countries().forEach(n.putArray("countries")::add);
      a.roles().forEach(n.putArray("roles")::add);
      n.put("group", a.group());
      n.put("confidence", Math.round(a.confidence() * 100) / 100.0);
      n.put("unknownReason", a.unknownReason());
      ArrayNode codes = n.putArray("codes");
      for (ActorCode c : a.codes()) {
        ObjectNode cn = codes.addObject();
        cn.put("field", lower(c.field().name()));
        cn.put("value", c.value());
        cn.put("source", c.source());
        cn.put("evidence", c.evidence());
        if (c.span() != null) {
          cn.putArray("span").add(c.span().begin()).add(c.span().end());
        }
      }
      ArrayNode mentions = n.putArray("mentions");
      for (ActorMention m : a.mentions()) {
        ObjectNode mn = mentions.addObject();
        mn.putArray("span").add(m.span().begin()).add(m.span().end());
        mn.put("text", m.text());
        mn.put("kind", lower(m.kind().name()));
      }
    }
    return out;
  }

  /** {@code [386,400) ACTOR A2 person Vladimir Putin RUS GOV | Russian President Vladimir Putin; Putin; he}. */
  public static List<String> lines(List<Actor> actors) {
    List<String> lines = new ArrayList<>();
    for (Actor a : actors) {
      String code = a.countryCode() == null ? "unknown(" + a.unknownReason() + ")" : a.countryCode();
      String roles = a.roles().isEmpty() ? "" : " " + String.join("/", a.roles());
      String mentions = a.mentions().stream().map(ActorMention::text).distinct().collect(Collectors.joining("; "));
      lines.add(a.mentions().get(0).span() + " ACTOR " + a.id() + " " + lower(a.type().name()) + " " + a.name()
          + " -> " + code + roles + " | " + mentions);
    }
    return lines;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

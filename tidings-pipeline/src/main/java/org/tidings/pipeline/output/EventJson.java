package org.tidings.pipeline.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;

/**
 * The output forms of the events layer: the {@code events} array of the extract JSON and the
 * readable {@code EVENT} lines of the text format (documented in {@code docs/record-format.md}).
 * Stateless and thread-safe.
 */
public final class EventJson {
  private EventJson() {}

  public static ArrayNode events(List<Event> events) {
    ArrayNode out = DocumentJson.MAPPER.createArrayNode();
    for (Event e : events) {
      ObjectNode n = out.addObject();
      n.put("id", e.id());
      ObjectNode cameo = n.putObject("cameo");
      cameo.put("code", e.cameoCode());
      cameo.put("root", e.cameoRoot());
      cameo.put("quadClass", e.quadClass());
      cameo.put("goldstein", e.goldstein());
      ObjectNode plover = n.putObject("plover");
      plover.put("type", e.ploverType());
      plover.put("mode", e.ploverMode());
      n.set("source", actor(e.source()));
      n.set("target", actor(e.target()));
      n.put("modality", lower(e.modality().name()));
      n.put("reportedBy", e.reportedBy());
      n.put("quoteId", e.quoteId());
      n.put("parentEventId", e.parentEventId());
      n.set("place", place(e.place()));
      n.set("date", date(e.date()));
      ObjectNode evidence = n.putObject("evidence");
      evidence.set("trigger", span(e.trigger()));
      evidence.put("triggerText", e.triggerText());
      evidence.set("sentence", span(e.sentence()));
      n.put("confidence", e.confidence());
      n.put("coderVersion", e.coderVersion());
      ArrayNode rules = n.putArray("codingRules");
      e.codingRules().forEach(rules::add);
    }
    return out;
  }

  /**
   * {@code [1900,1906) EVENT E5 043 CONSULT/visit FRAGOV(A14 Emmanuel Macron) -> TJKGOV(A15 ...)
   * asserted @Paris(sentence) 2021-10-13(event) "hosted" 0.85}.
   */
  public static List<String> lines(List<Event> events) {
    List<String> lines = new ArrayList<>();
    for (Event e : events) {
      StringBuilder sb = new StringBuilder();
      sb.append(e.trigger()).append(" EVENT ").append(e.id()).append(' ').append(e.cameoCode()).append(' ')
          .append(e.ploverType()).append(e.ploverMode() == null ? "" : "/" + e.ploverMode()).append(' ')
          .append(who(e.source())).append(" -> ").append(who(e.target())).append(' ')
          .append(lower(e.modality().name()));
      if (e.reportedBy() != null) {
        sb.append(" by ").append(e.reportedBy());
      }
      if (e.parentEventId() != null) {
        sb.append(" in ").append(e.parentEventId());
      }
      if (e.place() != null) {
        sb.append(" @").append(e.place().place().name()).append('(').append(lower(e.place().source().name())).append(')');
      }
      if (e.date() != null) {
        sb.append(' ').append(day(e.date().interval())).append('(').append(lower(e.date().source().name())).append(')');
      }
      sb.append(" \"").append(e.triggerText()).append("\" ").append(e.confidence());
      lines.add(sb.toString());
    }
    return lines;
  }

  private static String who(EventActor a) {
    if (a == null) {
      return "-";
    }
    return (a.code().isEmpty() ? "?" : a.code()) + "(" + (a.actorId() == null ? "" : a.actorId() + " ") + a.name() + ")";
  }

  private static String day(TimeInterval t) {
    if (t.begin() == null) {
      return "past";
    }
    return t.begin().toLocalDate() + "/" + lower(t.precision().name());
  }

  private static ObjectNode actor(EventActor a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = DocumentJson.MAPPER.createObjectNode();
    n.put("actorId", a.actorId());
    n.put("name", a.name());
    n.put("code", a.code());
    n.set("span", span(a.span()));
    return n;
  }

  private static ObjectNode place(EventPlace p) {
    if (p == null) {
      return null;
    }
    ObjectNode n = DocumentJson.MAPPER.createObjectNode();
    n.put("name", p.place().name());
    n.put("geonameId", p.place().geonameId());
    n.put("country", p.place().country());
    n.put("precision", lower(p.place().precision().name()));
    n.put("lat", p.place().lat());
    n.put("lon", p.place().lon());
    n.set("span", span(p.place().span()));
    n.put("source", lower(p.source().name()));
    return n;
  }

  private static ObjectNode date(EventDate d) {
    if (d == null) {
      return null;
    }
    ObjectNode n = DocumentJson.MAPPER.createObjectNode();
    TimeInterval t = d.interval();
    n.put("begin", t.begin() == null ? null : t.begin().toString());
    n.put("end", t.end() == null ? null : t.end().toString());
    n.put("precision", lower(t.precision().name()));
    n.set("span", d.span() == null ? null : span(d.span()));
    n.put("source", lower(d.source().name()));
    return n;
  }

  private static ArrayNode span(TextSpan s) {
    return DocumentJson.MAPPER.createArrayNode().add(s.begin()).add(s.end());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

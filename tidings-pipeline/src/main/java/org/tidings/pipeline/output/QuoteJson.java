package org.tidings.pipeline.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

/**
 * The output forms of the quotes layer: the {@code quotes} array of the extract JSON and the
 * readable {@code QUOTE} lines of the text format. Stateless and thread-safe.
 *
 * <p>JSON per quote: {@code id, kind} (direct, partial, reported), {@code span, text, cue, cueText,
 * speaker} (span of the speaker's words at the cue), {@code speakerActorId, speakerName,
 * addresseeActorId, date:{begin, end, precision}, confidence}. Spans are {@code [begin, end]}
 * UTF-16 offsets; absent values are null.
 */
public final class QuoteJson {
  private QuoteJson() {}

  public static ArrayNode quotes(List<Quote> quotes) {
    ArrayNode out = DocumentJson.MAPPER.createArrayNode();
    for (Quote q : quotes) {
      ObjectNode n = out.addObject();
      n.put("id", q.id());
      n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      span(n, "span", q.span());
      n.put("text", q.text());
      span(n, "cue", q.cue());
      n.put("cueText", q.cueText());
      span(n, "speaker", q.speaker());
      n.put("speakerActorId", q.speakerActorId());
      n.put("speakerName", q.speakerName());
      n.put("addresseeActorId", q.addresseeActorId());
      if (q.date() == null) {
        n.putNull("date");
      } else {
        ObjectNode d = n.putObject("date");
        d.put("begin", q.date().begin() == null ? null : q.date().begin().toString());
        d.put("end", q.date().end() == null ? null : q.date().end().toString());
        d.put("precision", q.date().precision().name().toLowerCase(Locale.ROOT));
      }
      n.put("confidence", Math.round(q.confidence() * 100) / 100.0);
    }
    return out;
  }

  /** {@code [538,545) QUOTE Q2 direct "The situation ..." <- Vladimir Putin (A1) cue "said" [555,559) 0.90}. */
  public static List<String> lines(List<Quote> quotes) {
    List<String> lines = new ArrayList<>();
    for (Quote q : quotes) {
      String who = q.speakerName() == null ? "?" : q.speakerName() + (q.speakerActorId() == null ? "" : " (" + q.speakerActorId() + ")");
      String cue = q.cue() == null ? "no cue" : "cue \"" + q.cueText() + "\" " + q.cue();
      lines.add(q.span() + " QUOTE " + q.id() + " " + q.kind().name().toLowerCase(Locale.ROOT) + " \"" + q.text()
          + "\" <- " + who + " " + cue + String.format(Locale.ROOT, " %.2f", q.confidence()));
    }
    return lines;
  }

  private static void span(ObjectNode n, String field, TextSpan s) {
    if (s == null) {
      n.putNull(field);
    } else {
      n.putArray(field).add(s.begin()).add(s.end());
    }
  }
}

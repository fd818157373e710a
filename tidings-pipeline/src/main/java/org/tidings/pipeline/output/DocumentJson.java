package org.tidings.pipeline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tidings.model.Article;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Outcome;
import org.tidings.model.Segment;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;
import org.tidings.model.Token;

/**
 * The JSON form of a document and of an outcome, as documented in {@code docs/record-format.md}.
 * Field names are stable; new layers add fields, existing ones do not change.
 *
 * <p>Thread-safe.
 */
public final class DocumentJson {
  /** Shared, configured once; Jackson's ObjectMapper is thread-safe after configuration. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentJson() {}

  /** {@code {"article", "sentences", "mentions", "times"}} for one annotated document. */
  public static ObjectNode document(Document doc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("article", article(doc.article()));
    if (doc.has(Layers.SENTENCES)) {
      ArrayNode sentences = root.putArray("sentences");
      for (Sentence s : doc.sentences()) {
        sentences.add(sentence(s, doc));
      }
    }
    if (doc.has(Layers.MENTIONS)) {
      ArrayNode mentions = root.putArray("mentions");
      for (Mention m : doc.mentions()) {
        ObjectNode n = mentions.addObject();
        n.set("span", span(m.span()));
        n.put("text", m.text());
        n.put("type", m.type());
        n.put("confidence", round(m.confidence()));
      }
    }
    if (doc.has(Layers.TIMES)) {
      ArrayNode times = root.putArray("times");
      for (TimeRef t : doc.times()) {
        times.add(time(t));
      }
    }
    if (doc.has(Layers.ACTORS)) {
      root.set("actors", ActorJson.actors(doc.get(Layers.ACTORS)));
    }
    if (doc.has(Layers.PLACES)) {
      root.set("places", PlaceJson.places(doc.get(Layers.PLACES)));
    }
    if (doc.has(Layers.FOCUS)) {
      root.set("focus", PlaceJson.focus(doc.get(Layers.FOCUS)));
    }
    if (doc.has(Layers.QUOTES)) {
      root.set("quotes", QuoteJson.quotes(doc.get(Layers.QUOTES)));
    }
    if (doc.has(Layers.EVENTS)) {
      root.set("events", EventJson.events(doc.get(Layers.EVENTS)));
    }
    return root;
  }

  /**
   * One line of {@code ingest} output: the document fields plus {@code outcome}, {@code origin}
   * and {@code warnings} for coded articles; {@code outcome}, {@code origin}, {@code stage},
   * {@code reason} and the article (when read) for skipped and failed ones.
   */
  public static ObjectNode outcome(Outcome outcome) {
    ObjectNode root = MAPPER.createObjectNode();
    if (outcome instanceof Outcome.Coded coded) {
      root.put("outcome", "coded");
      root.put("origin", coded.origin());
      ArrayNode warnings = root.putArray("warnings");
      coded.warnings().forEach(warnings::add);
      root.setAll(document(coded.document()));
    } else if (outcome instanceof Outcome.Skipped skipped) {
      root.put("outcome", "skipped");
      problem(root, skipped.origin(), skipped.stage(), skipped.reason(), skipped.article());
    } else if (outcome instanceof Outcome.Failed failed) {
      root.put("outcome", "failed");
      problem(root, failed.origin(), failed.stage(), failed.reason(), failed.article());
    }
    return root;
  }

  private static void problem(ObjectNode root, String origin, String stage, String reason, Article article) {
    root.put("origin", origin);
    root.put("stage", stage);
    root.put("reason", reason);
    if (article != null) {
      root.set("article", article(article));
    } else {
      root.putNull("article");
    }
  }

  static ObjectNode article(Article a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("externalId", a.externalId());
    n.put("url", a.url());
    n.put("source", a.source());
    n.put("title", a.title());
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("language", a.language());
    n.put("origin", a.origin());
    n.put("text", a.text());
    ArrayNode segments = n.putArray("segments");
    for (Segment s : a.segments()) {
      ObjectNode sn = segments.addObject();
      sn.set("span", span(s.span()));
      sn.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (!s.reason().isEmpty()) {
        sn.put("reason", s.reason());
      }
    }
    return n;
  }

  private static ObjectNode sentence(Sentence s, Document doc) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("index", s.index());
    n.set("span", span(s.span()));
    n.put("segment", s.segment().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode tokens = n.putArray("tokens");
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      Token t = doc.tokens().get(i);
      ObjectNode tn = tokens.addObject();
      tn.put("index", t.index());
      tn.set("span", span(t.span()));
      tn.put("text", t.text());
      tn.put("lemma", t.lemma());
      tn.put("pos", t.pos());
      tn.put("ner", t.ner());
    }
    ArrayNode deps = n.putArray("dependencies");
    for (Dependency d : s.dependencies()) {
      ObjectNode dn = deps.addObject();
      dn.put("relation", d.relation());
      dn.put("governor", d.governor());
      dn.put("dependent", d.dependent());
    }
    return n;
  }

  private static ObjectNode time(TimeRef t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("span", span(t.span()));
    n.put("text", t.text());
    n.put("type", t.type().name());
    n.put("value", t.value());
    TimeInterval r = t.resolved();
    if (r == null) {
      n.putNull("resolved");
    } else {
      ObjectNode rn = n.putObject("resolved");
      rn.put("begin", r.begin() == null ? null : r.begin().toString());
      rn.put("end", r.end() == null ? null : r.end().toString());
      rn.put("precision", r.precision().name().toLowerCase(java.util.Locale.ROOT));
    }
    return n;
  }

  /** A span as {@code [begin, end]} (UTF-16 offsets, end exclusive). */
  static ArrayNode span(TextSpan s) {
    ArrayNode a = MAPPER.createArrayNode();
    a.add(s.begin());
    a.add(s.end());
    return a;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

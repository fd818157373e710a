package org.tidings.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Published;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.extract.InputItem;

/**
 * The value of a message on the stream: one input item as UTF-8 JSON, either a cleaned article
 * ({@code {"article": {id, url, source, title, published, language, text, origin, externalId,
 * segments: [{begin, end, kind, reason}]}}}) or a rejection ({@code {"rejected": {origin, reason,
 * failed}}}): what the watcher found, nothing lost on the way. Stateless and thread-safe.
 */
final class ArticleMessage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleMessage() {}

  static byte[] encode(InputItem item) {
    ObjectNode root = JSON.createObjectNode();
    if (item instanceof InputItem.Read read) {
      Article a = read.article();
      ObjectNode n = root.putObject("article");
      n.put("id", a.id()).put("url", a.url()).put("source", a.source()).put("title", a.title())
          .put("published", a.published() == null ? null : a.published().toString()).put("language", a.language())
          .put("text", a.text()).put("origin", a.origin()).put("externalId", a.externalId());
      ArrayNode segments = n.putArray("segments");
      for (Segment s : a.segments()) {
        segments.addObject().put("begin", s.span().begin()).put("end", s.span().end()).put("kind", s.kind().name())
            .put("reason", s.reason());
      }
    } else {
      InputItem.Rejected r = (InputItem.Rejected) item;
      root.putObject("rejected").put("origin", r.origin()).put("reason", r.reason()).put("failed", r.failed());
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree: " + e.getMessage(), e);
    }
  }

  /**
   * The item in a message; a message that is not one becomes a failed item at {@code origin} with
   * the reason, so that it is stored as an outcome, never dropped.
   */
  static InputItem decode(byte[] value, String origin) {
    try {
      JsonNode root = value == null ? null : JSON.readTree(value);
      if (root != null && root.has("article")) {
        return new InputItem.Read(article(root.get("article")));
      }
      if (root != null && root.has("rejected")) {
        JsonNode r = root.get("rejected");
        return new InputItem.Rejected(r.path("origin").asText(origin), r.path("reason").asText(), r.path("failed").asBoolean());
      }
      return new InputItem.Rejected(origin, "not an article message: neither \"article\" nor \"rejected\"", true);
    } catch (IOException | RuntimeException e) {
      return new InputItem.Rejected(origin, "malformed article message: " + e.getMessage(), true);
    }
  }

  private static Article article(JsonNode n) {
    List<Segment> segments = new ArrayList<>();
    for (JsonNode s : n.path("segments")) {
      segments.add(new Segment(new TextSpan(s.get("begin").asInt(), s.get("end").asInt()), SegmentKind.valueOf(s.get("kind").asText()),
          text(s, "reason")));
    }
    String published = text(n, "published");
    return new Article(n.get("id").asText(), text(n, "url"), text(n, "source"), text(n, "title"),
        published == null ? null : Published.parse(published), n.get("language").asText(), n.get("text").asText(), segments,
        n.get("origin").asText(), text(n, "externalId"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}

package org.tidings.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The OpenAPI 3.0 document of the API, built from the same {@link Endpoint} table that routes and
 * checks requests, so the two cannot drift apart.
 */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode document(ObjectMapper mapper, List<Endpoint> endpoints, String version) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Tidings API");
    info.put("version", version);
    info.put("description", "Event data coded from news: events with their evidence sentences, quotes, actors,"
        + " full-text search and daily counts. GET reads; POST /api/articles (with the server's bearer token) adds articles;"
        + " every error is {status, message}.");
    info.putObject("license").put("name", "GPL-3.0-or-later");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode get = paths.putObject(e.path()).putObject("get");
      get.put("summary", e.summary());
      get.put("operationId", operationId(e.path()));
      ArrayNode params = get.putArray("parameters");
      for (Param p : e.params()) {
        params.add(parameter(mapper, p));
      }
      ObjectNode responses = get.putObject("responses");
      boolean json = e.produces().equals(List.of("application/json"));
      ObjectNode content = responses.putObject("200").put("description", json ? "the answer, as JSON" : "a file")
          .putObject("content");
      for (String type : e.produces()) {
        ObjectNode schema = content.putObject(type).putObject("schema");
        if (json) {
          schema.put("type", "object");
        } else {
          schema.put("type", "string").put("format", "binary");
        }
      }
      for (String status : new String[] {"400", "404"}) {
        responses.putObject(status).put("description", status.equals("400") ? "a bad parameter" : "not found")
            .putObject("content").putObject("application/json").putObject("schema")
            .put("$ref", "#/components/schemas/Error");
      }
    }
    ObjectNode error = doc.putObject("components").putObject("schemas").putObject("Error");
    error.put("type", "object");
    error.putArray("required").add("status").add("message");
    ObjectNode props = error.putObject("properties");
    props.putObject("status").put("type", "integer");
    props.putObject("message").put("type", "string");
    return doc;
  }

  /** Adds the write endpoint at {@code path}: a POST with a bearer token. */
  static void addUpload(ObjectNode doc, String path) {
    ObjectNode paths = (ObjectNode) doc.get("paths");
    ObjectNode at = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    ObjectNode post = at.putObject("post");
    post.put("summary", "Codes and stores article records (JSON Lines, or a JSON array of objects with text and optionally"
        + " id, url, source, title, published, language); needs Authorization: Bearer TOKEN.");
    post.put("operationId", "postArticles");
    post.putArray("security").addObject().putArray("bearer");
    ObjectNode body = post.putObject("requestBody");
    body.put("required", true);
    ObjectNode content = body.putObject("content");
    content.putObject("application/x-ndjson").putObject("schema").put("type", "string");
    content.putObject("application/json").putObject("schema").put("type", "array").putObject("items").put("type", "object");
    ObjectNode responses = post.putObject("responses");
    responses.putObject("200").put("description", "{coded, skipped, failed, results: [{origin, outcome, articleId, stored, events, reason}]}");
    responses.putObject("401").put("description", "no or a wrong bearer token");
    responses.putObject("413").put("description", "a body over 16 MiB or over 1000 records");
    ((ObjectNode) doc.get("components")).putObject("securitySchemes").putObject("bearer")
        .put("type", "http").put("scheme", "bearer");
  }

  private static ObjectNode parameter(ObjectMapper mapper, Param p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", p.name());
    n.put("in", p.in() == Param.In.PATH ? "path" : "query");
    n.put("required", p.required());
    n.put("description", p.description());
    ObjectNode schema = n.putObject("schema");
    switch (p.type()) {
      case DAY -> schema.put("type", "string").put("format", "date");
      case INTEGER -> schema.put("type", "integer").put("minimum", p.name().equals("limit") ? 1 : 0).put("maximum", p.max());
      case CHOICE -> {
        schema.put("type", "string");
        ArrayNode values = schema.putArray("enum");
        p.choices().forEach(values::add);
      }
      case TEXT -> schema.put("type", "string").put("maxLength", Params.MAX_TEXT);
      case FRACTION -> schema.put("type", "number").put("minimum", 0).put("maximum", 1);
    }
    return n;
  }

  private static String operationId(String path) {
    StringBuilder b = new StringBuilder();
    for (String part : path.replace("/api/", "").split("/")) {
      String word = part.startsWith("{") ? "By" + part.substring(1, 2).toUpperCase() + part.substring(2, part.length() - 1) : part;
      b.append(b.length() == 0 ? word : word.substring(0, 1).toUpperCase() + word.substring(1));
    }
    return "get" + b.substring(0, 1).toUpperCase() + b.substring(1);
  }
}

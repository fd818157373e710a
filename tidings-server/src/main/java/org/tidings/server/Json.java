package org.tidings.server;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tidings.model.TextSpan;

/** The API's JSON: records as objects, days and instants as ISO strings. */
final class Json {
  private Json() {}

  /** Spans are {begin, end}: their {@code isEmpty()} is no property. */
  @JsonIgnoreProperties({"empty"})
  private abstract static class SpanFields {}

  /** A new mapper; configure once, then thread-safe. */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .addMixIn(TextSpan.class, SpanFields.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}

package org.tidings.server;

import java.util.List;

/**
 * One GET route of the API: its path (Javalin and OpenAPI share the {@code {id}} syntax), what it
 * does, the parameters it accepts and the code that answers it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path e.g. {@code /api/events/{id}}, never null
 * @param summary one line for the OpenAPI document, never null
 * @param params every parameter accepted: any other query parameter is refused; never null
 * @param answer computes the answer from the checked parameters, never null
 * @param produces the media types of a successful answer: {@code application/json}, or for a
 *     {@link Download} the types it may have; never null or empty
 */
record Endpoint(String path, String summary, List<Param> params, Answer answer, List<String> produces) {
  Endpoint {
    params = List.copyOf(params);
    produces = List.copyOf(produces);
    if (produces.isEmpty()) {
      throw new IllegalArgumentException(path + ": no media type");
    }
  }

  /** An endpoint answering JSON. */
  Endpoint(String path, String summary, List<Param> params, Answer answer) {
    this(path, summary, params, answer, List.of("application/json"));
  }

  /** Whether the answer is JSON (else a {@link Download}, streamed and never cached). */
  boolean json() {
    return produces.equals(List.of("application/json"));
  }

  /** Computes an answer; throws {@link ApiException} or {@link org.tidings.store.InvalidQueryException} to refuse. */
  @FunctionalInterface
  interface Answer {
    Object apply(Params params);
  }
}

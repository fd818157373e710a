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
 * @param answer computes the JSON answer from the checked parameters, never null
 */
record Endpoint(String path, String summary, List<Param> params, Answer answer) {
  Endpoint {
    params = List.copyOf(params);
  }

  /** Computes an answer; throws {@link ApiException} or {@link org.tidings.store.InvalidQueryException} to refuse. */
  @FunctionalInterface
  interface Answer {
    Object apply(Params params);
  }
}

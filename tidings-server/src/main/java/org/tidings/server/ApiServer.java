package org.tidings.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.tidings.store.search.IndexedEventStore;

/**
 * The Tidings REST API on Javalin: read-only GET endpoints over a store and its search index, an
 * OpenAPI document at {@code /openapi.json}, and JSON errors ({@link ApiError}) for every refusal.
 *
 * <p>The server does not own the store: close the store after {@link #stop()}. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  /** The API version in the OpenAPI document. */
  public static final String VERSION = "0.1.0";

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code store} on {@code host}:{@code port} with the default limits ({@link
   * ServerConfig#of}).
   *
   * @param port a TCP port, or 0 for any free one (see {@link #port()})
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static ApiServer start(IndexedEventStore store, String host, int port) {
    return start(store, ServerConfig.of(host, port));
  }

  /**
   * Starts serving {@code store} as {@code settings} say.
   *
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static ApiServer start(IndexedEventStore store, ServerConfig settings) {
    ObjectMapper mapper = Json.mapper();
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.addAll(new EventsApi(store).endpoints());
    endpoints.addAll(new TextsApi(store, store.index()).endpoints());
    ObjectNode openApi = OpenApi.document(mapper, endpoints, VERSION);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = Errors.MAX_BODY;
      config.router.ignoreTrailingSlashes = true;
    });
    Guard.register(app, settings, app::port);
    Errors.register(app);
    long maxAnswer = settings.maxResponseBytes();
    for (Endpoint e : endpoints) {
      app.get(e.path(), ctx -> BoundedJson.send(ctx, mapper, e.answer().apply(Params.of(ctx, e)), maxAnswer));
    }
    app.get("/openapi.json", ctx -> BoundedJson.send(ctx, mapper, openApi, maxAnswer));
    app.start(settings.host(), settings.port());
    return new ApiServer(app);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving; idempotent. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}

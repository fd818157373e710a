package org.tidings.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.tidings.store.search.IndexedEventStore;

/**
 * The Tidings REST API on Javalin: GET endpoints over a store and its search index, an OpenAPI
 * document at {@code /openapi.json}, JSON errors ({@link ApiError}) for every refusal, and, when
 * started with {@link Writes}, {@code POST /api/articles} for clients holding the bearer token.
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
    return start(store, ServerConfig.of(host, port), null);
  }

  /**
   * What the server needs to accept articles: who codes and stores them, and the token a client
   * must send.
   *
   * @param intake codes and stores the records, never null
   * @param token the bearer token, never null
   */
  public record Writes(ArticleIntake intake, BearerToken token) {}

  /**
   * Starts serving {@code store} on {@code host}:{@code port} with the default limits, taking
   * articles through {@code writes} ({@code POST /api/articles}) unless it is null.
   *
   * @param port a TCP port, or 0 for any free one (see {@link #port()})
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static ApiServer start(IndexedEventStore store, String host, int port, Writes writes) {
    return start(store, ServerConfig.of(host, port), writes);
  }

  /**
   * Starts serving {@code store} read-only as {@code settings} say.
   *
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static ApiServer start(IndexedEventStore store, ServerConfig settings) {
    return start(store, settings, null);
  }

  /**
   * Starts serving {@code store} as {@code settings} say, taking articles through {@code writes}
   * ({@code POST /api/articles}) unless it is null. The hardening ({@link Guard}: Host and Origin
   * checks, rate limit, security headers) applies to every request, the web page and the upload
   * included.
   *
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static ApiServer start(IndexedEventStore store, ServerConfig settings, Writes writes) {
    ObjectMapper mapper = Json.mapper();
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.addAll(new EventsApi(store).endpoints());
    endpoints.addAll(new TextsApi(store, store.index()).endpoints());
    endpoints.addAll(new PageApi(store).endpoints());
    endpoints.addAll(new ExportApi(store).endpoints());
    ObjectNode openApi = OpenApi.document(mapper, endpoints, VERSION);
    ArticleUpload upload = writes == null ? null : new ArticleUpload(writes.intake(), writes.token(), mapper);
    if (upload != null) {
      OpenApi.addUpload(openApi, ArticleUpload.PATH);
    }
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = upload == null ? Errors.MAX_BODY : ArticleUpload.MAX_BODY;
      config.router.ignoreTrailingSlashes = true;
      WebPage.register(config);
      config.jetty.modifyServer(server -> server.setErrorHandler(new Errors.JsonBadMessages()));
    });
    Guard.register(app, settings, app::port);
    Errors.register(app, upload);
    long maxAnswer = settings.maxResponseBytes();
    AnswerCache cache = new AnswerCache();
    for (Endpoint e : endpoints) {
      app.get(e.path(), ctx -> {
        java.util.OptionalLong generation = store.writeGeneration();
        if (generation.isEmpty() || !e.json()) {
          // no cache, or a streamed file (/api/export, not bounded: it is written as it is read): sent afresh, never kept
          Object answer = e.answer().apply(Params.of(ctx, e));
          if (answer instanceof Download d) {
            d.send(ctx);
          } else {
            BoundedJson.send(ctx, mapper, answer, maxAnswer);
          }
          return;
        }
        String key = ctx.path() + "?" + java.util.Objects.requireNonNullElse(ctx.queryString(), "");
        byte[] body = cache.get(key, generation.getAsLong(), () -> BoundedJson.bytes(mapper, e.answer().apply(Params.of(ctx, e)), maxAnswer));
        ctx.contentType("application/json").result(body);
      });
    }
    app.get("/openapi.json", ctx -> BoundedJson.send(ctx, mapper, openApi, maxAnswer));
    if (upload != null) {
      app.post(ArticleUpload.PATH, upload::handle);
    }
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

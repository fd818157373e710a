package org.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.store.InvalidQueryException;
import org.tidings.store.StoreException;

/**
 * Every refusal and failure of the API, turned into an {@link ApiError} answer in one place. Also
 * refuses, before any route runs, every method but GET and HEAD (405) and every request body: the
 * API only reads, so a body is a mistake (400), and a large one (413) is not read at all.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Largest request body accepted before it is refused without reading (bytes). */
  static final long MAX_BODY = 64 * 1024;

  private Errors() {}

  /** @param upload the write endpoint, whose POSTs with bodies are let through; null when the server only reads */
  static void register(Javalin app, ArticleUpload upload) {
    app.before(ctx -> {
      if (upload != null && ctx.method() == HandlerType.POST && ctx.path().equals(ArticleUpload.PATH)) {
        upload.authorise(ctx);
        refuseLarger(ctx, ArticleUpload.MAX_BODY, "split the batch");
        return;
      }
      refuseBodies(ctx);
    });
    app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
    app.exception(InvalidQueryException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), javalinMessage(ctx, e)));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      // the cause (a file path, a database's words) goes to the log, not to the client
      answer(ctx, 503, "the store failed to answer (see the server log)");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      answer(ctx, 500, "internal error (see the server log)");
    });
  }

  private static void refuseBodies(Context ctx) {
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      throw new ApiException(405, ctx.method() + " is not allowed on " + ctx.path() + ": the API is read-only (GET)");
    }
    long bytes = refuseLarger(ctx, MAX_BODY, "the API is read-only and takes no body");
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if (bytes > 0 || chunked) {
      throw ApiException.badRequest(ctx.method() + " " + ctx.path() + " takes no request body; put the parameters in the query string");
    }
  }

  /** The body's declared length; 413 when over {@code max} bytes, refused without reading it. */
  private static long refuseLarger(Context ctx, long max, String advice) {
    String length = ctx.header("Content-Length");
    long bytes;
    try {
      bytes = length == null ? 0 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Content-Length is not a number: '" + Params.shown(length) + "'");
    }
    if (bytes > max) {
      ctx.header("Connection", "close");
      throw new ApiException(413, "request body of " + bytes + " bytes is too large (at most " + max + "); " + advice);
    }
    return bytes;
  }

  private static String javalinMessage(Context ctx, HttpResponseException e) {
    if (e.getStatus() == 404) {
      return "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "request refused (" + e.getStatus() + ")" : m.toLowerCase(Locale.ROOT);
  }

  /**
   * Jetty's answer to a request it refuses before any handler runs (URI too long: 414, headers too
   * large: 431, a malformed request line: 400): the API's JSON error instead of Jetty's HTML page.
   * Thread-safe.
   */
  static final class JsonBadMessages extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      String message = switch (status) {
        case 414 -> "the request URI is too long: put fewer or shorter parameters in the query string";
        case 431 -> "the request headers are too large";
        default -> reason == null || reason.isBlank() ? "bad request (" + status + ")" : "bad request: " + reason;
      };
      try {
        return ByteBuffer.wrap(JSON.writeValueAsBytes(new ApiError(status, message)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write an error answer", e);
      }
    }
  }

  private static void answer(Context ctx, int status, String message) {
    ctx.status(status).json(new ApiError(status, message));
  }
}

package org.tidings.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An answer that is a file rather than JSON: {@link ApiServer} streams its body with its type and
 * a download name.
 *
 * <p>Immutable; the body is written once, on the request's thread.
 *
 * @param contentType the MIME type, e.g. {@code text/csv; charset=utf-8}; never null
 * @param fileName the name a browser saves it under, never null
 * @param body writes the bytes, never null
 */
record Download(String contentType, String fileName, Body body) {
  /** Writes a download's bytes to the response. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Sends it: type, download name, then the body, streamed; a failure after the first bytes can only cut it short. */
  void send(io.javalin.http.Context ctx) throws IOException {
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    body.writeTo(ctx.outputStream());
  }

  Download {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(body, "body");
  }
}

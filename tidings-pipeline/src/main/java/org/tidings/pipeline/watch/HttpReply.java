package org.tidings.pipeline.watch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP response as received.
 *
 * <p>Immutable apart from the body array, which no one writes to.
 *
 * @param uri the address that answered, never null
 * @param status the HTTP status code
 * @param headers the response headers, never null
 * @param body the whole body (empty for 304 and HEAD-like answers), never null
 */
public record HttpReply(URI uri, int status, HttpHeaders headers, byte[] body) {
  public HttpReply {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /** The first value of header {@code name}, or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The media type of the body, lower case without parameters ("text/html"), or "" when none. */
  public String mediaType() {
    String type = header("Content-Type");
    return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /** The {@code charset} parameter of {@code Content-Type}, or null. */
  public String charset() {
    String type = header("Content-Type");
    if (type == null) {
      return null;
    }
    for (String param : type.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        return kv[1].strip().replace("\"", "");
      }
    }
    return null;
  }

  /** True for 2xx. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** True for a redirect status that carries a {@code Location}. */
  public boolean redirect() {
    return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        && header("Location") != null;
  }
}

package org.tidings.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What keeps the server from being turned against its user, checked before any route runs (and
 * before static files are served):
 *
 * <ul>
 *   <li>security headers on every answer: a Content-Security-Policy that allows no inline script
 *       and no framing, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 *       {@code Referrer-Policy: no-referrer};
 *   <li>the {@code Host} header must name the bound address (on loopback also {@code localhost},
 *       {@code 127.0.0.1} or {@code [::1]}) with the server's port, or a configured name: otherwise
 *       403, so that a page served under a name rebound to this machine (DNS rebinding) reads
 *       nothing;
 *   <li>an {@code Origin} header must be the server's own or a configured CORS origin (403
 *       otherwise); only configured origins get CORS headers, and their preflights a 204;
 *   <li>a per-client rate limit ({@link RateLimiter}): 429 with {@code Retry-After}.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class Guard {
  /** No script but the server's own files, no plugins, no framing, no form posts elsewhere. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** Methods a configured origin may use (a CORS preflight's answer). */
  static final String CORS_METHODS = "GET, HEAD";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final ServerConfig config;
  private final IntSupplier port;
  private final RateLimiter limiter;

  private Guard(ServerConfig config, IntSupplier port) {
    this.config = config;
    this.port = port;
    this.limiter = config.requestsPerSecond() == 0 ? null : new RateLimiter(config.requestsPerSecond(), config.burst());
  }

  /**
   * Registers the checks on {@code app}; call before any other before-handler.
   *
   * @param port the port the server listens on, asked per request (known once started)
   */
  static void register(Javalin app, ServerConfig config, IntSupplier port) {
    Guard guard = new Guard(config, port);
    app.before(guard::check);
  }

  private void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    String host = ctx.header("Host");
    if (!allowedHost(host)) {
      throw new ApiException(403, "requests for host '" + Params.shown(String.valueOf(host))
          + "' are refused: this server answers only under its own address or a configured name (--allow-host)");
    }
    String origin = ctx.header("Origin");
    boolean cors = origin != null && config.corsOrigins().contains(origin);
    if (origin != null && !cors && !sameOrigin(origin)) {
      throw new ApiException(403, "cross-origin request from '" + Params.shown(origin)
          + "' refused: its pages may not use this API unless the server allows it (--cors-origin)");
    }
    if (cors) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
    if (limiter != null) {
      long wait = limiter.acquire(ctx.ip(), System.nanoTime());
      if (wait > 0) {
        ctx.header("Retry-After", Long.toString(wait));
        throw new ApiException(429, "too many requests from " + ctx.ip() + ": at most " + config.requestsPerSecond()
            + " a second (bursts of " + config.burst() + "); retry after " + wait + " s");
      }
    }
    if (cors && ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", CORS_METHODS);
      ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }

  /** Whether a {@code Host} header value names this server. */
  boolean allowedHost(String header) {
    if (header == null || header.isBlank()) {
      return false;
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    String name = h;
    int givenPort = 80;
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      name = h.substring(0, colon);
      try {
        givenPort = Integer.parseInt(h.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    for (String allowed : config.allowedHosts()) {
      if (allowed.equals(h) || allowed.equals(name)) {
        return true;
      }
    }
    if (givenPort != port.getAsInt()) {
      return false;
    }
    String bound = bracketed(config.host().toLowerCase(Locale.ROOT));
    if (name.equals(bound)) {
      return true;
    }
    boolean loopbackOrAll = LOOPBACK_NAMES.contains(bound) || bound.startsWith("127.")
        || bound.equals("0.0.0.0") || bound.equals("[::]");
    return loopbackOrAll && LOOPBACK_NAMES.contains(name);
  }

  private boolean sameOrigin(String origin) {
    try {
      URI uri = new URI(origin);
      if (!"http".equals(uri.getScheme()) || uri.getRawAuthority() == null) {
        return false;
      }
      return allowedHost(uri.getRawAuthority());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String bracketed(String host) {
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}

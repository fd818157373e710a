package org.tidings.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the API server listens and what it lets through.
 *
 * <p>Immutable and thread-safe.
 *
 * @param host the address to listen on, e.g. {@code 127.0.0.1}; never blank
 * @param port a TCP port, or 0 for any free one
 * @param allowedHosts names besides the bound address under which clients may reach the server, as
 *     they put them in the {@code Host} header: {@code news.example} or {@code news.example:8080}
 *     (without a port, the server's own port is meant); never null. Requests naming any other host
 *     are refused (403): a web page whose name is made to point at this machine (DNS rebinding)
 *     cannot read the API.
 * @param corsOrigins origins such as {@code https://dashboard.example} whose pages may read the API
 *     from the browser (CORS); empty (the default) sends no CORS headers at all; never null
 * @param requestsPerSecond sustained requests one client (IP address) may make per second; 0
 *     switches the limit off. A client over it is answered 429 with {@code Retry-After}.
 * @param burst requests a client may make at once before the per-second rate applies, at least 1
 *     when the limit is on
 * @param maxResponseBytes the largest JSON answer sent (bytes); a larger one is refused with a 400
 *     that says to ask for less; positive
 */
public record ServerConfig(
    String host, int port, List<String> allowedHosts, List<String> corsOrigins, int requestsPerSecond, int burst,
    long maxResponseBytes) {

  /** Requests per second and burst per client by default: far above what a person or a page makes. */
  public static final int DEFAULT_RATE = 200;
  /** Default largest answer: 16 MiB, ten times a full page of 1,000 events with their evidence. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host: must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: expected 0..65535, got " + port);
    }
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    for (String h : allowedHosts) {
      if (h.isEmpty() || !h.matches("[a-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9a-f:.]+\\](:[0-9]{1,5})?")) {
        throw new IllegalArgumentException("allowed host: expected a name or address with an optional :port, got '" + h + "'");
      }
    }
    corsOrigins = List.copyOf(corsOrigins);
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/\\s]+") ) {
        throw new IllegalArgumentException("CORS origin: expected scheme://host[:port] without a path, got '" + o + "'");
      }
    }
    if (requestsPerSecond < 0 || (requestsPerSecond > 0 && burst < 1)) {
      throw new IllegalArgumentException("rate limit: need requestsPerSecond >= 0 (0 = off) and burst >= 1, got "
          + requestsPerSecond + " and " + burst);
    }
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
    }
  }

  /** Listening on {@code host}:{@code port}, with no further names, no CORS and the default limits. */
  public static ServerConfig of(String host, int port) {
    return new ServerConfig(host, port, List.of(), List.of(), DEFAULT_RATE, 2 * DEFAULT_RATE, DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** This configuration with a different per-client rate limit (0 = off), the burst twice the rate. */
  public ServerConfig withRateLimit(int perSecond) {
    return new ServerConfig(host, port, allowedHosts, corsOrigins, perSecond, Math.max(1, 2 * perSecond), maxResponseBytes);
  }

  /** This configuration with these extra host names and CORS origins. */
  public ServerConfig withNames(List<String> hosts, List<String> origins) {
    return new ServerConfig(host, port, hosts, origins, requestsPerSecond, burst, maxResponseBytes);
  }

  /** This configuration with a different answer size limit (bytes). */
  public ServerConfig withMaxResponseBytes(long bytes) {
    return new ServerConfig(host, port, allowedHosts, corsOrigins, requestsPerSecond, burst, bytes);
  }
}

package org.tidings.pipeline.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET over the JDK's {@link HttpClient}, and nothing else: no redirects followed, no robots,
 * no pacing (that is {@link PoliteFetcher}'s job). The whole exchange, body included, must finish
 * within the timeout, and a body over the size limit is cut off and reported.
 *
 * <p>Thread-safe.
 */
public final class HttpTransport {
  private final HttpClient client;
  private final Duration timeout;
  private final long maxBodyBytes;
  private final String userAgent;

  /** A transport with {@code config}'s timeout, body limit and user agent. */
  public HttpTransport(WatchConfig config) {
    this.timeout = config.timeout();
    this.maxBodyBytes = config.maxBodyBytes();
    this.userAgent = config.userAgent();
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /**
   * GETs {@code uri} with the extra request headers.
   *
   * @throws BodyTooLarge when the body is over the limit (the exchange is cut off there)
   * @throws IOException with a readable message on connection failure or timeout ("timed out
   *     after …")
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  public HttpReply get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("User-Agent", userAgent);
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), info -> new LimitedBody(maxBodyBytes));
    try {
      HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new HttpReply(response.uri(), response.statusCode(), response.headers(), response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new IOException("timed out after " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BodyTooLarge tooLarge) {
        throw tooLarge;
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new IOException("timed out after " + timeout.toMillis() + " ms", cause);
      }
      String message = cause.getMessage();
      throw new IOException(
          cause.getClass().getSimpleName() + (message == null ? "" : ": " + message), cause);
    }
  }

  /** A response body over the size limit: a property of the resource, not a passing failure. */
  public static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(long limit) {
      super("body larger than " + limit + " bytes");
    }
  }

  /** Collects the body up to a limit; past it, cancels the exchange with an error. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBody(long limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        if (bytes.size() + (long) b.remaining() > limit) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge(limit));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}

package org.tidings.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a JSON answer of bounded size: it is written into memory, and refused with a 400 (ask for
 * less) as soon as it passes the limit, without being written further.
 *
 * <p>Stateless and thread-safe.
 */
final class BoundedJson {
  private BoundedJson() {}

  /** Thrown from inside the serialiser once the limit is passed; turned into the 400. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("answer too large");
    }
  }

  /** Collects bytes up to a limit. */
  private static final class Limited extends ByteArrayOutputStream {
    private final long max;
    private boolean overflowed;

    Limited(long max) {
      super(8192);
      this.max = max;
    }

    @Override
    public void write(int b) {
      check(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      check(len);
      super.write(b, off, len);
    }

    private void check(int more) {
      if (count + (long) more > max) {
        overflowed = true;
        throw new UncheckedIOException(new TooLarge());
      }
    }
  }

  /**
   * Writes {@code value} as the JSON answer of {@code ctx}.
   *
   * @param maxBytes the largest answer, bytes
   * @throws ApiException (400) when the answer would be larger
   */
  static void send(Context ctx, ObjectMapper mapper, Object value, long maxBytes) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(bytes(mapper, value, maxBytes));
  }

  /**
   * {@code value} as JSON, at most {@code maxBytes} long.
   *
   * @throws ApiException (400) when it would be longer
   * @throws UncheckedIOException when Jackson cannot write it
   */
  static byte[] bytes(ObjectMapper mapper, Object value, long maxBytes) {
    Limited out = new Limited(maxBytes);
    try {
      mapper.writeValue(out, value);
    } catch (IOException | RuntimeException e) {
      // Jackson may wrap what the stream threw; the stream knows whether it was the limit
      if (out.overflowed) {
        throw ApiException.badRequest("the answer would be larger than " + maxBytes
            + " bytes, the most this server sends; ask for less (a smaller limit or narrower filters)");
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot write the answer as JSON", io);
      }
      throw (RuntimeException) e;
    }
    return out.toByteArray();
  }
}

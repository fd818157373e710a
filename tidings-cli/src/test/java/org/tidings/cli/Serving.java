package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} run on a thread of a test, as the command runs it, until {@link #close()}: what it
 * printed, and the address it printed.
 */
final class Serving implements AutoCloseable {
  /** What the serving code runs: one of ServeCommand's serve methods with these arguments. */
  @FunctionalInterface
  interface Body {
    void run(PrintWriter out, CountDownLatch stop) throws InterruptedException;
  }

  final StringWriter printed = new StringWriter();
  final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;
  /** {@code http://127.0.0.1:PORT}, the port the server printed. */
  final String base;

  Serving(Body body) throws InterruptedException {
    PrintWriter out = new PrintWriter(printed, true);
    thread = new Thread(() -> {
      try {
        body.run(out, stop);
      } catch (InterruptedException | RuntimeException e) {
        failure.set(e);
      }
    });
    thread.start();
    Matcher port = Pattern.compile("at http://localhost:(\\d+) ").matcher("");
    // up to 60 s: on a loaded machine the server (and its watcher's pipeline) may take a while to start
    for (int i = 0; i < 1200 && !port.reset(printed.toString()).find() && failure.get() == null; i++) {
      Thread.sleep(50);
    }
    assertTrue(port.reset(printed.toString()).find(), "no port printed: " + printed + " " + failure.get());
    base = "http://127.0.0.1:" + port.group(1);
  }

  /** Stops serving, waits for the thread (the watcher finishes its item), and checks that nothing failed. */
  @Override
  public void close() throws InterruptedException {
    stop.countDown();
    thread.join(120_000);
    assertNull(failure.get());
  }
}

package org.tidings.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on standard error: articles done, by outcome, and rate. Redrawn in
 * place with a carriage return; notes (skips, failures) print on their own lines above it. Drawn
 * only when standard error is a terminal ({@link Terminal}): a redirected log gets the notes as
 * plain lines and no carriage returns or escape codes.
 * Not thread-safe: called from the batch runner's consuming thread only.
 */
final class ProgressBar {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled && Terminal.stderrIsTerminal();
  }

  void step(int coded, int skipped, int failed) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    int done = coded + skipped + failed;
    double secs = Math.max(1e-3, (now - start) / 1e9);
    int ticks = Math.min(30, done % 31);
    err.printf(
        Locale.ROOT,
        "\r[%-30s] %d done (%d coded, %d skipped, %d failed) %.1f articles/s",
        "=".repeat(ticks), done, coded, skipped, failed, done / secs);
    err.flush();
  }

  void note(String line) {
    if (enabled) {
      err.print("\r\033[K");
    }
    err.println(line);
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}

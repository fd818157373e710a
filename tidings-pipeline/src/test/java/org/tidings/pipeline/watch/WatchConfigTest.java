package org.tidings.pipeline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchConfigTest {
  @Test
  void backOffDoublesUpToTheCap() {
    WatchConfig c = WatchConfig.DEFAULT;
    assertEquals(Duration.ofMinutes(1), c.backoff(1));
    assertEquals(Duration.ofMinutes(8), c.backoff(4));
    assertEquals(Duration.ofHours(6), c.backoff(40));
  }

  @Test
  void productTokenIsTheFirstWordOfTheUserAgent() {
    assertEquals("Tidings", WatchConfig.DEFAULT.productToken());
  }

  @Test
  void nonsenseIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> WatchConfig.DEFAULT.withTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> WatchConfig.DEFAULT.withHostDelay(Duration.ofSeconds(-1)));
  }
}

package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's events settings: read, defaulted, and unknown or bad values rejected. */
class PipelineConfigTest {
  @TempDir Path dir;

  private PipelineConfig read(String json) throws IOException {
    Path f = dir.resolve("config.json");
    Files.writeString(f, json);
    return PipelineConfig.read(f);
  }

  @Test
  void eventsSettingsAreReadAndDefaulted() throws IOException {
    PipelineConfig c = read("{\"threads\": 1, \"events\": {\"minConfidence\": 0}}");
    assertEquals(0.0, c.events().minConfidence());
    assertTrue(c.events().learnedConfidence(), "an absent learnedConfidence means the default, true");
    PipelineConfig d = read("{\"threads\": 1}");
    assertTrue(d.events().learnedConfidence());
    assertNull(d.events().minConfidence(), "no minimum given: every event kept");
  }

  @Test
  void unknownOrBadEventsSettingsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("{\"events\": {\"minConfidense\": 0.5}}"));
    assertTrue(e.getMessage().contains("minConfidense"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read("{\"events\": {\"minConfidence\": 2}}"));
  }
}

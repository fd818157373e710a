package org.tidings.pipeline;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Files bundled under {@code src/test/resources/}, as paths (the readers under test take files). */
public final class TestResources {
  private TestResources() {}

  /** The bundled file at {@code resource} ("/warc/IAH-urls-wget.warc.gz"); fails the test when it is missing. */
  public static Path path(String resource) {
    URL url = TestResources.class.getResource(resource);
    if (url == null) {
      throw new AssertionError("test resource missing: " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("test resource " + resource + " has no file path", e);
    }
  }
}

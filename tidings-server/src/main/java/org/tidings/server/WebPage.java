package org.tidings.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The web page at {@code /}: the static files under {@code /web} on the class path (HTML, CSS, ES
 * modules, the world's borders) and the browser libraries bundled as WebJars under
 * {@code /webjars/...} (Leaflet, Chart.js, Cytoscape.js). Everything comes from the jar: the page
 * needs no internet. Stateless.
 */
final class WebPage {
  /** The class-path folder holding the page. */
  static final String FOLDER = "/web";

  private WebPage() {}

  static void register(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = FOLDER;
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
  }
}

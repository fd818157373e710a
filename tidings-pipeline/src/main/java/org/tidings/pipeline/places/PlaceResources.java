package org.tidings.pipeline.places;

import java.nio.file.Path;

/**
 * The registry of the places stage's resources: loads the gazetteer once, on first use, and hands
 * the same instance to every {@link PlaceResolver} made with it. Create one per JVM (one per Spark
 * executor) and pass it through constructors; there is no static instance.
 *
 * <p>Thread-safe: concurrent first calls load the file once.
 */
public final class PlaceResources {
  private final Path file;
  private volatile Gazetteer gazetteer;

  private PlaceResources(Path file) {
    this.file = file;
  }

  /** The built-in gazetteer from the jar. */
  public static PlaceResources builtIn() {
    return new PlaceResources(null);
  }

  /** A gazetteer file, e.g. one written by {@code tidings gazetteer import}. */
  public static PlaceResources fromFile(Path file) {
    return new PlaceResources(file);
  }

  /** An already loaded gazetteer (tests, tools). */
  public static PlaceResources of(Gazetteer gazetteer) {
    PlaceResources r = new PlaceResources(null);
    r.gazetteer = gazetteer;
    return r;
  }

  /**
   * The gazetteer, loaded on the first call.
   *
   * @throws GazetteerException naming the file when it is missing or corrupt
   */
  public Gazetteer gazetteer() {
    Gazetteer g = gazetteer;
    if (g == null) {
      synchronized (this) {
        g = gazetteer;
        if (g == null) {
          g = file == null ? Gazetteer.loadDefault() : Gazetteer.load(file);
          gazetteer = g;
        }
      }
    }
    return g;
  }
}

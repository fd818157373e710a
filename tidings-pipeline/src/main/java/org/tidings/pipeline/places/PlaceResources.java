package org.tidings.pipeline.places;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

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
  private volatile GazetteerException failure;
  private final AtomicBoolean loading = new AtomicBoolean();

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
   * Starts loading the gazetteer on a daemon thread and returns at once, so the load overlaps with
   * other start-up work (CoreNLP models). A load failure is kept and thrown by {@link #gazetteer()}
   * to the first caller that needs the gazetteer, where it belongs. Calling it again starts no
   * second loader.
   *
   * @return this registry
   */
  public PlaceResources loadInBackground() {
    if (gazetteer != null || !loading.compareAndSet(false, true)) {
      return this; // loaded, or a loader already started: one is enough
    }
    Thread loader =
        new Thread(
            () -> {
              try {
                gazetteer();
              } catch (GazetteerException e) {
                // recorded in 'failure' by gazetteer(); rethrown to the stage that needs it
              }
            },
            "tidings-gazetteer-load");
    loader.setDaemon(true);
    loader.start();
    return this;
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
        if (failure != null) {
          throw failure;
        }
        if (g == null) {
          try {
            g = file == null ? Gazetteer.loadDefault() : Gazetteer.load(file);
          } catch (GazetteerException e) {
            failure = e;
            throw e;
          }
          gazetteer = g;
        }
      }
    }
    return g;
  }

  /**
   * What later stages may ask about countries ({@link Countries}), over this registry's gazetteer
   * (loaded on the first call, as {@link #gazetteer()}).
   *
   * @throws GazetteerException naming the file when it is missing or corrupt
   */
  public Countries countries() {
    return new Countries(gazetteer());
  }
}

package org.tidings.pipeline.places;

/** The built-in gazetteer, loaded once per test JVM and shared by the places tests. */
final class TestGazetteer {
  private TestGazetteer() {}

  private static final class Holder {
    static final PlaceResources RESOURCES = PlaceResources.of(Gazetteer.loadDefault());
  }

  static PlaceResources resources() {
    return Holder.RESOURCES;
  }
}

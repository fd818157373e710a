/**
 * The places stage and the places layer's knowledge: toponyms found and resolved against an
 * offline GeoNames gazetteer, the article's focus, and {@link org.tidings.pipeline.places.Countries}
 * for later stages.
 *
 * <p>Depends on the model and the root package's {@code Stage}. Later stages depend on {@code
 * Countries} and {@code PlaceResources}, never on the gazetteer itself.
 */
package org.tidings.pipeline.places;

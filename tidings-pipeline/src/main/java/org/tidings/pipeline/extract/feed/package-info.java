/**
 * RSS, Atom and JSON Feed parsing, lenient with the messy web: a bad item is a problem in the
 * parsed feed, not an exception.
 *
 * <p>Depends on {@code extract.html} (to decode bytes) and the model. Used by {@code extract} and
 * {@code watch}.
 */
package org.tidings.pipeline.extract.feed;

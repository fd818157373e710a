/**
 * The geoparsing scorer (GeoWebNews, TR-News): toponym F1, accuracy within 161 km, error km and
 * AUC, end to end or on the gold spans.
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline.
 */
package org.tidings.eval.geo;

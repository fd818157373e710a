/**
 * The main text of an HTML page (jsoup): content root, boilerplate rules, metadata (title, dates,
 * source) and offsets back into the page.
 *
 * <p>Depends on jsoup, {@code extract} and the model. Used by {@code extract}, its {@code feed} and
 * {@code warc} readers, and {@code watch}.
 */
package org.tidings.pipeline.extract.html;

/**
 * Web archives (WARC and ARC, jwarc): one article per HTML response, a truncated archive giving
 * what precedes the cut and one failure.
 *
 * <p>Depends on jwarc, {@code extract.html} and the model. Used by {@code extract}.
 */
package org.tidings.pipeline.extract.warc;

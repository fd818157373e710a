/**
 * Scorers of article-text extraction from HTML (segments, Zyte ground truth).
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline's {@code extract.html}.
 */
package org.tidings.eval.html;

/**
 * Reading the dependency parse of a document: {@link org.tidings.pipeline.syntax.ParseIndex}, the
 * arcs leaving and entering each token.
 *
 * <p>Depends on the model only. The actors, quotes and events stages depend on it.
 */
package org.tidings.pipeline.syntax;

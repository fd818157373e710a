/**
 * Reading a document's syntax: {@link org.tidings.pipeline.syntax.ParseIndex} (the dependency arcs
 * leaving and entering each token), {@link org.tidings.pipeline.syntax.PennTag} and {@link
 * org.tidings.pipeline.syntax.NerTag} (typed part-of-speech and named-entity tags with the classes
 * stages ask about), and {@link org.tidings.pipeline.syntax.Relations} (the named sets of
 * dependency relations the stages read arguments by).
 *
 * <p>Depends on the model only. The actors, quotes, time and events stages depend on it.
 */
package org.tidings.pipeline.syntax;

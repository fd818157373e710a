/**
 * Watching feeds: polls subscriptions politely (robots.txt, conditional requests, back-off), reads
 * new items as articles, runs them through a pipeline and writes their outcomes. An application on
 * top of the pipeline, not a stage.
 *
 * <p>Depends on {@code extract}, the root package ({@code Pipeline}), {@code output} and the model.
 * Only tidings-cli depends on it.
 */
package org.tidings.pipeline.watch;

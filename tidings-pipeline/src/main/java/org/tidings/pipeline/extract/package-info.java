/**
 * Turns raw input into {@link org.tidings.model.Article}s: reads text, JSONL, HTML, feeds and web
 * archives ({@link org.tidings.pipeline.extract.InputReader}) and cleans the text into segments
 * (body, title, caption, residue) with unchanged offsets.
 *
 * <p>Depends on the model and its own subpackages ({@code html}, {@code feed}, {@code warc}); never
 * on the pipeline, {@code output} or {@code watch}. Everything that reads input may depend on it.
 */
package org.tidings.pipeline.extract;

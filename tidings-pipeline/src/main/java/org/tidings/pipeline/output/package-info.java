/**
 * The output forms of a document: its JSON record ({@code docs/record-format.md}) and the readable
 * annotation lines of {@code --format text} and the golden files, one class per layer.
 *
 * <p>Depends on the model and Jackson only: it calls no stage. Applications (tidings-cli, {@code
 * watch}, tidings-eval) depend on it; no stage does.
 */
package org.tidings.pipeline.output;

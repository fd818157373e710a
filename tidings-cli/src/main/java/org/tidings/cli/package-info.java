/**
 * The {@code tidings} command (picocli): extract, ingest, watch, serve, export, eval, bench, demo and
 * the other commands, wiring the modules together.
 *
 * <p>Depends on every other module; nothing depends on it.
 */
package org.tidings.cli;

package org.tidings.store;

/**
 * Row counts of a store.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles stored outcomes (coded, skipped and failed)
 * @param coded of which coded
 * @param events distinct events
 * @param mentions event mentions (reports of events in articles)
 * @param quotes quotes
 * @param actors actors (per article)
 */
public record StoreStats(long articles, long coded, long events, long mentions, long quotes, long actors) {}

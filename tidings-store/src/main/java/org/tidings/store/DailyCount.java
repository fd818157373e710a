package org.tidings.store;

import java.time.LocalDate;

/**
 * How many distinct events happened on one day with one QuadClass or root.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day never null
 * @param key "1".."4" for QuadClass, "01".."20" for a root; never null
 * @param events how many events
 */
public record DailyCount(LocalDate day, String key, long events) {}

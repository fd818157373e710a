package org.tidings.store;

/**
 * What loading the Spark job's Parquet output into a store did ({@link EventStore#loadParquet}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param days day partitions of the articles table read, each loaded in one transaction
 * @param stored articles stored (new, or replacing a skipped or failed copy by a coded one)
 * @param unchanged articles the store already held (as coded, or the output's is not coded either): nothing written
 * @param events events added
 * @param mentions event mentions added
 */
public record ParquetLoadResult(int days, long stored, long unchanged, long events, long mentions) {

  ParquetLoadResult plus(ParquetLoadResult o) {
    return new ParquetLoadResult(days + o.days, stored + o.stored, unchanged + o.unchanged, events + o.events,
        mentions + o.mentions);
  }
}

/**
 * The event store: DuckDB (embedded default) and PostgreSQL behind one {@link
 * org.tidings.store.EventStore}, versioned migrations, ingest, queries, exports (GDELT 2.0 TSV, CSV,
 * JSONL, Parquet) and near-duplicate detection.
 *
 * <p>Depends on the model and JDBC drivers. tidings-server, tidings-cli and tidings-bench depend on it.
 */
package org.tidings.store;

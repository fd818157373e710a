/**
 * The store benchmark: synthetic outcomes written and queried on DuckDB or PostgreSQL.
 *
 * <p>Depends on the store and the model.
 */
package org.tidings.bench.store;

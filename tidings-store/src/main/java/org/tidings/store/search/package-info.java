/**
 * Full-text search over stored articles and quotes (Lucene), with character spans of the hits.
 *
 * <p>Depends on {@code org.tidings.store} and Lucene.
 */
package org.tidings.store.search;

/**
 * Word knowledge shared by stages: WordNet 3.1 through {@link
 * org.tidings.pipeline.lexicon.WordNetSenses}, loaded once per JVM by {@link
 * org.tidings.pipeline.lexicon.LexiconResources}.
 *
 * <p>Depends on extJWNL only, no other pipeline package. The quotes and events stages (and tools
 * that train their models) depend on it.
 */
package org.tidings.pipeline.lexicon;

package org.tidings.pipeline.lexicon;

/**
 * The registry of the word knowledge that several stages share (WordNet, through {@link
 * WordNetSenses}): loaded once, on first use or in the background, and handed to the quotes and
 * events stages alike. Create one per JVM (one per Spark executor) and pass it through
 * constructors; there is no static instance.
 *
 * <p>Thread-safe: concurrent first calls load WordNet once.
 */
public final class LexiconResources {
  private volatile WordNetSenses wordNet;

  /**
   * Starts loading WordNet (about 6 s, see BENCHMARKS.md) on a daemon thread and returns at once,
   * so the load overlaps with other start-up work. A failure there is not lost: the load is retried,
   * and its error thrown, by the first {@link #wordNet()} call of a stage.
   *
   * @return this registry
   */
  public LexiconResources loadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        wordNet();
      } catch (RuntimeException e) {
        // retried and reported by the stage's own call (see Javadoc)
      }
    }, "tidings-wordnet-load");
    loader.setDaemon(true);
    loader.start();
    return this;
  }

  /**
   * WordNet, loaded on the first call.
   *
   * @throws IllegalStateException when the WordNet data jar is missing or unreadable
   */
  public WordNetSenses wordNet() {
    WordNetSenses w = wordNet;
    if (w == null) {
      synchronized (this) {
        if (wordNet == null) {
          wordNet = WordNetSenses.load();
        }
        w = wordNet;
      }
    }
    return w;
  }
}

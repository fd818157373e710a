package org.tidings.pipeline.watch;

import org.tidings.pipeline.extract.InputItem;

/**
 * Where the watcher hands every new feed item, once: a cleaned article ({@link InputItem.Read})
 * or the reason there is none ({@link InputItem.Rejected}: not HTML, no article text, disallowed
 * by robots.txt, given up after retries). The command line runs the pipeline and appends the
 * outcome to a JSONL file; tests collect the items.
 *
 * <p>Called from the watcher's thread only. The watcher records an item as seen only after this
 * method returns, so an item whose delivery threw is delivered again on the next round.
 */
public interface ArticleSink {

  /** Takes one item; throws (unchecked) only when it cannot store anything at all. */
  void accept(InputItem item);
}

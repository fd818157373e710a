package org.tidings.pipeline.extract.html;

import java.util.Objects;
import org.tidings.pipeline.extract.InputItem;

/**
 * What became of one web page: an extracted article, or the reason there is none. Input adapters
 * (single HTML files, WARC records, fetched feed items) all produce these.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PageOutcome permits PageOutcome.Extracted, PageOutcome.Rejected {

  /** Where the page came from: file, {@code file.warc.gz#offset}, or URL. */
  String origin();

  /** An article was found. */
  record Extracted(HtmlExtraction extraction) implements PageOutcome {
    public Extracted {
      Objects.requireNonNull(extraction, "extraction");
    }

    @Override
    public String origin() {
      return extraction.raw().origin();
    }
  }

  /**
   * No article: the reason in words.
   *
   * @param origin where the page came from
   * @param reason readable reason, e.g. "not HTML: image/png"
   * @param failed true for broken input (truncated record, undecodable bytes), false for input
   *     deliberately passed over (not HTML, too large, no article text)
   */
  record Rejected(String origin, String reason, boolean failed) implements PageOutcome {
    /** The same rejection as the pipeline's input item. */
    public InputItem.Rejected toInputItem() {
      return new InputItem.Rejected(origin, reason, failed);
    }
  }
}

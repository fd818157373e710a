package org.tidings.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.extract.InputItem;

/**
 * One item read from the input, in a form Spark can ship between stages (Java serialization):
 * a cleaned article, or the reason there is none.
 *
 * <p>Immutable.
 *
 * @param ordinal the item's place in input order: file number (files in name order, as {@code
 *     tidings ingest} reads a directory) in the high 32 bits, item number in the file in the low ones
 * @param origin where it came from (file, file:line), never null
 * @param article the article's fields, or null for a rejected item
 * @param reason why there is no article, or null
 * @param failed for a rejected item: broken input (true) or input passed over (false)
 * @param bands the article text's MinHash LSH bands (the store's), or null when unsigned or rejected
 */
record InputRecord(long ordinal, String origin, ArticleFields article, String reason, boolean failed, long[] bands)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The item, with its bands computed from the article text. */
  static InputRecord of(long ordinal, InputItem item) {
    if (item instanceof InputItem.Read read) {
      Article a = read.article();
      return new InputRecord(ordinal, a.origin(), ArticleFields.of(a), null, false, org.tidings.store.StoreRows.bands(a.text()));
    }
    InputItem.Rejected r = (InputItem.Rejected) item;
    return new InputRecord(ordinal, r.origin(), null, r.reason(), r.failed(), null);
  }

  /** The pipeline's input item again. */
  InputItem item() {
    return article != null ? new InputItem.Read(article.toArticle()) : new InputItem.Rejected(origin, reason, failed);
  }

  /** The rejected item's outcome; null for an article. */
  Outcome rejection() {
    return article != null ? null : new InputItem.Rejected(origin, reason, failed).toOutcome();
  }

  /** The fields of an {@link Article}, segments flattened. */
  record ArticleFields(String id, String url, String source, String title, String published, String language,
      String text, int[] segmentSpans, String[] segmentKinds, String[] segmentReasons, String origin, String externalId)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static ArticleFields of(Article a) {
      int n = a.segments().size();
      int[] spans = new int[2 * n];
      String[] kinds = new String[n];
      String[] reasons = new String[n];
      for (int i = 0; i < n; i++) {
        Segment s = a.segments().get(i);
        spans[2 * i] = s.span().begin();
        spans[2 * i + 1] = s.span().end();
        kinds[i] = s.kind().name();
        reasons[i] = s.reason();
      }
      return new ArticleFields(a.id(), a.url(), a.source(), a.title(), a.published() == null ? null : a.published().toString(),
          a.language(), a.text(), spans, kinds, reasons, a.origin(), a.externalId());
    }

    Article toArticle() {
      List<Segment> segments = new ArrayList<>();
      for (int i = 0; i < segmentKinds.length; i++) {
        segments.add(new Segment(new TextSpan(segmentSpans[2 * i], segmentSpans[2 * i + 1]),
            SegmentKind.valueOf(segmentKinds[i]), segmentReasons[i]));
      }
      return new Article(id, url, source, title, published == null ? null : Published.parse(published), language, text,
          segments, origin, externalId);
    }
  }
}

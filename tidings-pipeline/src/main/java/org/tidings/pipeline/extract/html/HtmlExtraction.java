package org.tidings.pipeline.extract.html;

import java.util.List;
import java.util.Objects;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.extract.RawArticle;

/**
 * The article found in one HTML page.
 *
 * <p>{@code raw().text()} is the body: paragraphs separated by one blank line, white space
 * collapsed, invisible characters dropped, so {@link
 * org.tidings.pipeline.extract.TextCleaner#normalise} leaves it unchanged in all but rare cases
 * (Unicode NFC recomposition); {@link #offsets()} maps its UTF-16 offsets into the HTML source
 * string.
 *
 * <p>Immutable and thread-safe.
 *
 * @param raw the article for the pipeline: text, title, author-free metadata, never null
 * @param metadata everything the page said about the article, never null
 * @param paragraphs span of each paragraph in {@code raw().text()}, in order, never null
 * @param captions picture captions and credits, kept out of the body, never null
 * @param bylines byline texts ("By Jane Doe"), kept out of the body, never null
 * @param offsets text offset to source offset, never null
 * @param rules the content rule that chose the text ("marked article body", "paragraph density"
 *     or "whole page"), never null
 */
public record HtmlExtraction(
    RawArticle raw,
    ArticleMetadata metadata,
    List<TextSpan> paragraphs,
    List<String> captions,
    List<String> bylines,
    SourceOffsets offsets,
    String rules) {

  public HtmlExtraction {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(rules, "rules");
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    bylines = List.copyOf(bylines);
  }

  /** The same extraction with another {@link #raw} article (filled metadata, e.g. a capture date). */
  public HtmlExtraction withRaw(RawArticle other) {
    return new HtmlExtraction(other, metadata, paragraphs, captions, bylines, offsets, rules);
  }

  /** The body text (same as {@code raw().text()}). */
  public String text() {
    return raw.text();
  }
}

package org.tidings.pipeline.extract.html;

import java.util.Arrays;
import org.tidings.model.TextSpan;

/**
 * Maps each UTF-16 offset of extracted text back to the UTF-16 offset in the HTML source string
 * it came from. A character decoded from an entity ({@code &amp;}) maps to the entity's
 * {@code &}; a space standing for a run of white space or a paragraph break maps to the source
 * offset of the white space or the end of the preceding text. Offsets are into the decoded
 * source {@code String} given to {@link HtmlArticleExtractor}, not into its bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceOffsets {
  private final int[] sourceOffsets;

  SourceOffsets(int[] sourceOffsets) {
    this.sourceOffsets = sourceOffsets;
  }

  /** Length of the text this map covers, in UTF-16 units. */
  public int length() {
    return sourceOffsets.length;
  }

  /**
   * Source offset of the text character at {@code textOffset}; {@code textOffset == length()}
   * gives one past the source of the last character.
   *
   * @throws IndexOutOfBoundsException when the offset lies outside {@code [0, length()]}
   */
  public int sourceOffset(int textOffset) {
    if (textOffset == sourceOffsets.length) {
      return sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
    }
    return sourceOffsets[textOffset];
  }

  /**
   * The source range covering a span of the text: from the source of its first character to one
   * past the source of its last. Begin and end are source offsets (UTF-16, end exclusive).
   */
  public int[] sourceRange(TextSpan span) {
    if (span.isEmpty()) {
      int at = sourceOffset(span.begin());
      return new int[] {at, at};
    }
    return new int[] {sourceOffset(span.begin()), sourceOffset(span.end() - 1) + 1};
  }

  @Override
  public String toString() {
    return "SourceOffsets" + Arrays.toString(Arrays.copyOf(sourceOffsets, Math.min(8, sourceOffsets.length)));
  }
}

package org.tidings.pipeline.extract.html;

import java.util.Arrays;

/**
 * One run of text between block boundaries (a paragraph, a heading, a list item) as it is
 * collected, with the source offset of every character and how much of it is link text. White
 * space is collapsed as it is appended. Mutable; used by one thread while a page is extracted.
 */
final class TextBlock {
  final String tag;
  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[64];
  private int linkChars;
  private boolean pendingSpace;
  private int pendingSpaceSource;

  TextBlock(String tag) {
    this.tag = tag;
  }

  /** Appends one source character, collapsing white space and dropping invisible characters. */
  void append(char c, int sourceOffset, boolean inLink) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      if (!pendingSpace) {
        pendingSpace = true;
        pendingSpaceSource = sourceOffset;
      }
      return;
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE) {
      return; // the text cleaner drops these too; dropping them here keeps the offsets aligned
    }
    if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      put(' ', pendingSpaceSource);
    }
    pendingSpace = false;
    put(c, sourceOffset);
    if (inLink) {
      linkChars++;
    }
  }

  /** A line break from {@code <br>}: kept inside the block, never at its start. */
  void lineBreak(int sourceOffset) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      put('\n', sourceOffset);
    }
    pendingSpace = false;
  }

  private void put(char c, int sourceOffset) {
    if (text.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[text.length()] = sourceOffset;
    text.append(c);
  }

  /** The text without a trailing line break. */
  String text() {
    int n = text.length();
    while (n > 0 && text.charAt(n - 1) == '\n') {
      n--;
    }
    return text.substring(0, n);
  }

  int sourceAt(int i) {
    return offsets[i];
  }

  boolean isEmpty() {
    return text().isEmpty();
  }

  /** Share of the characters inside links, 0..1. */
  double linkDensity() {
    return text.length() == 0 ? 0 : (double) linkChars / text.length();
  }
}

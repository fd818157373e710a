package org.tidings.model;

/**
 * A range of characters in {@link Article#text()}: UTF-16 offsets, {@code begin} inclusive,
 * {@code end} exclusive. This is the identity of every annotation's position; token positions
 * use {@link TokenRange}, never this type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param begin first UTF-16 offset, {@code >= 0}
 * @param end offset one past the last character, {@code >= begin}
 */
public record TextSpan(int begin, int end) implements Comparable<TextSpan> {

  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
  }

  /** Length in UTF-16 code units. */
  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** True when {@code other} lies wholly inside this span. */
  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  /** True when the two spans share at least one character; an empty span overlaps nothing. */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end && !isEmpty() && !other.isEmpty();
  }

  /** The characters of {@code text} this span covers; throws if the span lies outside it. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(this + " outside text of length " + text.length());
    }
    return text.subSequence(begin, end).toString();
  }

  /** This span moved by {@code delta} characters. */
  public TextSpan shift(int delta) {
    return new TextSpan(begin + delta, end + delta);
  }

  @Override
  public int compareTo(TextSpan o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  /** Readable form used in golden files: {@code [12,18)}. */
  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}

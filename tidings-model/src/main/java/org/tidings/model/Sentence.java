package org.tidings.model;

import java.util.List;

/**
 * One sentence and its dependency parse.
 *
 * @param index position in {@link Document#sentences()}
 * @param span characters in the article text
 * @param tokens its tokens
 * @param dependencies parse arcs (empty when the parser was not run or the sentence was skipped)
 * @param segment kind of the segment the sentence lies in
 */
public record Sentence(
    int index, TextSpan span, TokenRange tokens, List<Dependency> dependencies, SegmentKind segment) {
  public Sentence {
    dependencies = List.copyOf(dependencies);
  }
}

package org.tidings.store.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.tidings.model.TextSpan;

/**
 * Turns the highlighter's passages into {@link SearchHit.Snippet}s with character spans (offsets
 * in the indexed field's text), instead of marked-up strings. Stateless and thread-safe.
 */
final class SpanFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<SearchHit.Snippet> out = new ArrayList<>();
    Passage[] ordered = passages.clone();
    Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
    for (Passage p : ordered) {
      List<TextSpan> matches = new ArrayList<>();
      int[] starts = p.getMatchStarts();
      int[] ends = p.getMatchEnds();
      for (int i = 0; i < p.getNumMatches(); i++) {
        TextSpan m = new TextSpan(starts[i], ends[i]);
        // The same span can be reported twice (e.g. a word under two query clauses); keep it once.
        if (matches.isEmpty() || !matches.get(matches.size() - 1).equals(m)) {
          matches.add(m);
        }
      }
      int begin = p.getStartOffset();
      int end = p.getEndOffset();
      out.add(new SearchHit.Snippet(content.substring(begin, end).strip(), trimmed(content, begin, end), matches));
    }
    return out;
  }

  /** The passage's span without surrounding white space, so that {@code span.of(text)} equals the snippet text. */
  private static TextSpan trimmed(String content, int begin, int end) {
    while (begin < end && Character.isWhitespace(content.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(begin, end);
  }
}

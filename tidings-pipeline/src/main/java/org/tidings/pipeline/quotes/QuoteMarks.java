package org.tidings.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.TextSpan;

/**
 * Finds text between quotation marks, one paragraph (line) at a time: straight double quotes,
 * curly double quotes (“ ”), guillemets, doubled apostrophes ('') and curly single quotes (‘ ’)
 * when they stand at word edges.
 *
 * <p>News conventions honoured:
 *
 * <ul>
 *   <li>A quote running over several paragraphs has no closing mark at the end of each paragraph
 *       but an opening mark at the start of the next: the next paragraph's quote is marked
 *       {@link Quoted#continues()}.
 *   <li>A quote inside a quote with other marks ('"it is “Shark Tank.” But ..."') is part of
 *       the outer quote: its closing mark does not close the outer one.
 *   <li>An unbalanced mark never swallows the rest of the article: an unclosed quote ends with its
 *       paragraph, and a stray closing mark is ignored.
 * </ul>
 *
 * <p>Offsets are UTF-16 offsets into the text. Stateless and thread-safe.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * A stretch of quoted text.
   *
   * @param inner the characters between the marks (the closing mark excluded), trimmed of spaces
   * @param closed false when the paragraph ended before a closing mark
   * @param continues true when this quote opens a paragraph right after a paragraph whose quote was
   *     left open: the same speaker goes on
   * @param paragraph index of the paragraph (line) it lies in, counting from 0
   */
  record Quoted(TextSpan inner, boolean closed, boolean continues, int paragraph) {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    boolean previousLeftOpen = false;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        previousLeftOpen = scanLine(text, lineStart, lineEnd, paragraph, previousLeftOpen, out);
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Scans one line; returns true when it ended inside an unclosed quote. */
  private static boolean scanLine(String text, int from, int to, int paragraph, boolean previousLeftOpen, List<Quoted> out) {
    int open = -1; // offset just after the opening mark
    char opener = 0;
    char nested = 0; // the opening mark of a quote inside the open one, of another kind, or 0
    boolean firstInLine = true;
    boolean continues = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int width = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' ? 2 : 1;
      Mark mark = mark(text, i, from, to, width);
      if (mark == Mark.NONE) {
        continue;
      }
      if (open < 0) {
        if (mark != Mark.CLOSE) {
          open = i + width;
          opener = c;
          continues = previousLeftOpen && firstInLine && text.substring(from, i).isBlank();
        }
      } else if (nested != 0 && mark == Mark.CLOSE && pairs(nested, c)) {
        nested = 0; // '"He called it “Shark Tank.” But ...": the inner quote closes, not the outer
      } else if (mark != Mark.OPEN && pairs(opener, c)) {
        add(text, open, i, true, continues, paragraph, out);
        open = -1;
        nested = 0;
      } else if (mark == Mark.OPEN && sameKind(opener, c)) {
        // a second opening mark of the same kind: the first was never closed
        add(text, open, i, false, continues, paragraph, out);
        open = i + width;
        opener = c;
        continues = false;
        nested = 0;
      } else if (mark == Mark.OPEN && nested == 0) {
        nested = c;
      }
      // anything else is a nested quote or a stray mark inside this one: keep going
      firstInLine = false;
      i += width - 1;
    }
    if (open >= 0) {
      add(text, open, to, false, continues, paragraph, out);
      return true;
    }
    return false;
  }

  private enum Mark {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

  private static Mark mark(String text, int i, int from, int to, int width) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201C', '\u00AB', '\u201E':
        return Mark.OPEN;
      case '\u201D':
        // a closing curly mark at a word's start is a mistyped opener ('\u2015 Sonya Herridge: \u201DMr. Trump ...\u201D')
        boolean opensWord = (i == from || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < to
            && Character.isLetterOrDigit(text.charAt(i + 1));
        return opensWord ? Mark.EITHER : Mark.CLOSE;
      case '\u00BB':
        return Mark.CLOSE;
      case '"':
        return Mark.EITHER;
      case '\'':
        return width == 2 ? Mark.EITHER : Mark.NONE;
      case '\u2018':
        return i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
            ? Mark.OPEN : Mark.NONE;
      case '\u2019':
        // an apostrophe inside a word ("don’t") or after a plural ("voters’") is not a mark
        boolean wordBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean punctBefore = i > from && ".,!?".indexOf(text.charAt(i - 1)) >= 0;
        return !wordAfter && (punctBefore || wordBefore && !text.substring(i - 1, i).equals("s")) ? Mark.CLOSE : Mark.NONE;
      default:
        return Mark.NONE;
    }
  }

  private static boolean pairs(char opener, char c) {
    switch (opener) {
      case '\u201C', '\u201E', '\u201D':
        return c == '\u201D' || c == '"';
      case '\u00AB':
        return c == '\u00BB';
      case '\u2018':
        return c == '\u2019';
      case '"':
        return c == '"' || c == '\u201D';
      case '\'':
        return c == '\'';
      default:
        return false;
    }
  }

  private static boolean sameKind(char opener, char c) {
    String doubles = "\u201C\u201E";
    return opener == c || doubles.indexOf(opener) >= 0 && doubles.indexOf(c) >= 0;
  }

  private static void add(String text, int begin, int end, boolean closed, boolean continues, int paragraph, List<Quoted> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Quoted(new TextSpan(begin, end), closed, continues, paragraph));
    }
  }
}

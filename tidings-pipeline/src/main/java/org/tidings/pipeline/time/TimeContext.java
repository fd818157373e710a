package org.tidings.pipeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;

/**
 * What the time rules may look at in one document: its text, its publication date, and its tokens
 * and sentences (with dependency arcs when the parser ran).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the article text; spans are UTF-16 offsets into it
 * @param published publication date, or null when unknown (relative values then stay as they are)
 * @param tokens tokens in text order, possibly empty
 * @param sentences sentences in text order, possibly empty
 */
record TimeContext(String text, LocalDate published, List<Token> tokens, List<Sentence> sentences) {

  static TimeContext of(Document document) {
    LocalDate published =
        document.article().published() == null ? null : document.article().published().date();
    List<Token> tokens = document.has(Layers.TOKENS) ? document.tokens() : List.of();
    List<Sentence> sentences = document.has(Layers.SENTENCES) ? document.sentences() : List.of();
    return new TimeContext(document.article().text(), published, tokens, sentences);
  }

  String textOf(TextSpan span) {
    return span.of(text);
  }

  /** Tokens overlapping {@code span}, in order. */
  List<Token> tokensIn(TextSpan span) {
    List<Token> found = new ArrayList<>();
    for (Token t : tokens) {
      if (t.span().overlaps(span)) {
        found.add(t);
      } else if (t.span().begin() >= span.end()) {
        break;
      }
    }
    return found;
  }

  /** The token just before {@code span}, or null. */
  Token tokenBefore(TextSpan span) {
    Token before = null;
    for (Token t : tokens) {
      if (t.span().end() <= span.begin()) {
        before = t;
      } else {
        break;
      }
    }
    return before;
  }

  /** The token just after {@code span}, or null. */
  Token tokenAfter(TextSpan span) {
    for (Token t : tokens) {
      if (t.span().begin() >= span.end()) {
        return t;
      }
    }
    return null;
  }

  /** The sentence holding the start of {@code span}, or null. */
  Sentence sentenceOf(TextSpan span) {
    for (Sentence s : sentences) {
      if (s.span().begin() <= span.begin() && span.begin() < Math.max(s.span().end(), s.span().begin() + 1)) {
        return s;
      }
    }
    return null;
  }

  /** The text of the sentence holding {@code span}, or a window of 300 characters around it. */
  String sentenceText(TextSpan span) {
    Sentence s = sentenceOf(span);
    if (s != null) {
      return s.span().of(text);
    }
    return text.substring(Math.max(0, span.begin() - 150), Math.min(text.length(), span.end() + 150));
  }

  /** The arcs of the sentence holding {@code span}. */
  List<Dependency> arcsOf(TextSpan span) {
    Sentence s = sentenceOf(span);
    return s == null ? List.of() : s.dependencies();
  }
}

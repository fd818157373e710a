package org.tidings.pipeline.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidings.model.Article;
import org.tidings.model.Published;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;

/**
 * Turns a {@link RawArticle} into an {@link Article}: normalises the text, then marks each line as
 * title, body, caption or site residue. The normalised text is the article's text, so every
 * later span points into exactly the characters a reader sees.
 *
 * <p>Normalisation: CR LF, CR, form feed, vertical tab, NEL and Unicode line and paragraph
 * separators to LF; non-breaking, thin and other Unicode spaces and tabs to a plain space; zero-width characters and other control characters removed; more than
 * one blank line collapsed into one; leading and trailing blank space removed; then Unicode NFC.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextCleaner {

  /** Default limit on article length, in UTF-16 characters. */
  public static final int DEFAULT_MAX_CHARS = 500_000;

  private static final Pattern READING_TIME =
      Pattern.compile("(?i)\\d{1,3}\\s*(?:-\\s*)?(?:min|mins|minute|minutes)(?:\\s+read)?");
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?i).*(?:\\[(?-i:\\p{Lu})[\\p{L}\\p{N} .&/'’-]{1,39}\\]"
              + "|\\((?:photo|image|picture|credit|file photo)[^()]{0,60}\\)"
              + "|\\b(?:getty images|afp via getty images|photo:|image:|credit:|picture:)[^.]{0,60})\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;,\"”'’)]\\s*$");
  private static final Set<String> RESIDUE_LINES =
      Set.of(
          "advertisement", "live story", "live", "read more", "share", "share this article",
          "subscribe", "sign up", "related", "related articles", "most read", "click here",
          "skip to content", "follow us", "comments", "listen", "listen to this article",
          "watch", "breaking", "breaking news", "opinion", "analysis", "updated", "video");

  private final int maxChars;

  /** @param maxChars articles longer than this (UTF-16 characters) are skipped, not processed */
  public TextCleaner(int maxChars) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** Cleans one raw article; empty, too large or undated-by-bad-date input gives a rejection. */
  public InputItem clean(RawArticle raw) {
    if (raw.text() == null) {
      return new InputItem.Rejected(raw.origin(), "no text", true);
    }
    if (raw.text().length() > maxChars * 2L) {
      return tooLarge(raw, raw.text().length());
    }
    String text = normalise(raw.text());
    if (text.isBlank()) {
      return new InputItem.Rejected(raw.origin(), "empty text", false);
    }
    if (text.length() > maxChars) {
      return tooLarge(raw, text.length());
    }
    Published published;
    try {
      published = raw.published() == null || raw.published().isBlank() ? null : Published.parse(raw.published());
    } catch (IllegalArgumentException e) {
      return new InputItem.Rejected(raw.origin(), e.getMessage(), true);
    }
    String title = raw.title() == null ? null : normalise(raw.title());
    String language = raw.language() == null || raw.language().isBlank() ? "en" : raw.language().strip();
    Article article =
        new Article(
            Article.idOf(text),
            blankToNull(raw.url()),
            blankToNull(raw.source()),
            blankToNull(title),
            published,
            language.toLowerCase(Locale.ROOT),
            text,
            segments(text, title),
            raw.origin(),
            blankToNull(raw.externalId()));
    return new InputItem.Read(article);
  }

  private InputItem tooLarge(RawArticle raw, long length) {
    return new InputItem.Rejected(
        raw.origin(),
        String.format(Locale.ROOT, "text too large: %,d characters, limit %,d", length, maxChars),
        false);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The normalisation described in the class comment. */
  public static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int newlines = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      } else if (isLineBreak(c)) {
        c = '\n';
      }
      if (c == '\n') {
        trimTrailingSpaces(out);
        if (++newlines <= 2) {
          out.append('\n');
        }
        continue;
      }
      if (c == '\t' || (Character.getType(c) == Character.SPACE_SEPARATOR)) {
        c = ' ';
      } else if (isInvisible(c)) {
        continue;
      }
      if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == '\n') ) {
        continue; // leading indentation of a line carries no meaning in news text
      }
      newlines = 0;
      out.append(c);
    }
    // NFC last: removing a zero-width character can bring a letter and its combining mark together.
    return Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC);
  }

  /** Form feed, vertical tab, NEL and the Unicode line and paragraph separators end a line. */
  private static boolean isLineBreak(char c) {
    return c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static void trimTrailingSpaces(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /** One segment per non-empty line, classed by {@link #classify}. */
  static List<Segment> segments(String text, String title) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    boolean first = true;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        String line = text.substring(start, end);
        Segment segment = classify(new TextSpan(start, end), line, first ? title : null);
        segments.add(segment);
        first = false;
      }
      start = end + 1;
    }
    return segments;
  }

  /**
   * Classes one line. Residue: reading-time notes ("2 min read"), known site phrases ("Live
   * Story", "Advertisement"), and lone labels (one to three words without sentence punctuation,
   * all in capitals or each capitalised, e.g. "MENA"). Caption: a line ending in a picture credit
   * ("... refugees [Getty]", "(Photo: Reuters)"); a bracket counts as a credit only when it starts
   * with a capital and holds no sentence punctuation, so "[laughs]", "[...]" and "[happened to
   * you?]" in interview transcripts stay body. Title: a first line equal to the given title.
   */
  static Segment classify(TextSpan span, String line, String title) {
    String trimmed = line.strip();
    if (title != null && trimmed.equalsIgnoreCase(title.strip())) {
      return new Segment(span, SegmentKind.TITLE, "same as the title");
    }
    if (READING_TIME.matcher(trimmed).matches()) {
      return new Segment(span, SegmentKind.RESIDUE, "reading-time note");
    }
    String lower = trimmed.toLowerCase(Locale.ROOT).replaceAll("[:|•·\\-–—]+$", "").strip();
    if (RESIDUE_LINES.contains(lower)) {
      return new Segment(span, SegmentKind.RESIDUE, "site label");
    }
    if (CAPTION_CREDIT.matcher(trimmed).matches()) {
      return new Segment(span, SegmentKind.CAPTION, "picture credit");
    }
    if (isLoneLabel(trimmed)) {
      return new Segment(span, SegmentKind.RESIDUE, "lone section label");
    }
    return new Segment(span, SegmentKind.BODY, "");
  }

  private static boolean isLoneLabel(String line) {
    if (line.length() > 30 || SENTENCE_END.matcher(line).matches()) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }
}

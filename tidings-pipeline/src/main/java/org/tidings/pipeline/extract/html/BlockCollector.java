package org.tidings.pipeline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks content roots and collects their text as {@link TextBlock}s, one per paragraph, heading,
 * list item or table cell, each character with its source offset. Captions and bylines are
 * collected apart ({@link #captions()}, {@link #bylines()}); the first-level headline
 * ({@code <h1>}) is left out of the body, as the title is carried separately.
 *
 * <p>Mutable; one collector per page, used by one thread.
 */
final class BlockCollector implements NodeFilter {
  /** Elements that start and end a block of text. */
  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "header", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
          "figure", "address", "center", "details", "summary", "hr", "tbody", "thead", "form", "fieldset");

  private final String source;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();
  private final List<String> bylines = new ArrayList<>();
  private TextBlock current;
  private int linkDepth;

  BlockCollector(String source) {
    this.source = source;
  }

  void collect(Element root) {
    flush("p");
    NodeTraversor.filter(this, root);
    flush("p");
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
    }
    String tag = e.normalName();
    if (tag.equals("h1")) {
      return FilterResult.SKIP_ENTIRELY;
    }
    KeptApart kind = KeptApart.of(e);
    if (kind != null) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        (kind == KeptApart.CAPTION ? captions : bylines).add(text);
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      if (current != null) {
        current.lineBreak(e.sourceRange().startPos());
      }
      return FilterResult.CONTINUE;
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush(tag);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth = Math.max(0, linkDepth - 1);
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush("p");
      }
    }
    return FilterResult.CONTINUE;
  }

  private void flush(String nextTag) {
    if (current != null && !current.isEmpty()) {
      blocks.add(current);
    }
    current = new TextBlock(nextTag);
  }

  /**
   * Appends a text node's characters with their source offsets. The node's decoded text and its
   * raw source are walked side by side so that entities map to their {@code &}; when they cannot
   * be aligned (untracked node) every character maps to the node's start.
   */
  private void appendText(TextNode t) {
    String decoded = t.getWholeText();
    Range range = t.sourceRange();
    int start = range.isTracked() ? range.startPos() : -1;
    // jsoup ends a text node cut off by the end of the input inside a tag name (<title>a</b) one
    // past the end of the input
    int end = range.isTracked() ? Math.min(range.endPos(), source.length()) : -1;
    boolean inLink = linkDepth > 0;
    if (start < 0 || end > source.length() || end < start) {
      int at = Math.max(0, start);
      for (int i = 0; i < decoded.length(); i++) {
        current.append(decoded.charAt(i), at, inLink);
      }
      return;
    }
    int j = start;
    int i = 0;
    while (i < decoded.length()) {
      if (j < end && source.charAt(j) != decoded.charAt(i) && source.charAt(j) != '&') {
        j = realign(decoded.charAt(i), j, end);
      }
      int at = Math.min(j, Math.max(start, end - 1));
      int next = j < end && source.charAt(j) == '&' ? referenceEnd(j, end) : j + 1;
      if (next > j + 1 && decoded.regionMatches(i, source, j, next - j)) {
        next = j + 1; // a reference jsoup left as written (in a title after a stray "</b"): a literal '&'
      }
      // a character reference decodes to one or two code points, all mapped to its '&'
      int chars = next > j + 1 ? Entities.unescape(source.substring(j, next)).length() : 1;
      for (int n = 0; n < chars && i < decoded.length(); n++) {
        current.append(decoded.charAt(i++), at, inLink);
      }
      j = next;
    }
  }

  /** Source characters looked past to find the next decoded one. */
  private static final int MAX_SKIP = 16;

  /**
   * Where decoded character {@code c} is in the source from {@code j} on: past what the tokeniser
   * read but dropped inside a text node (a stray {@code </>}, a CR before LF), looking at most
   * {@value #MAX_SKIP} characters ahead; {@code j} when it is not there.
   */
  private int realign(char c, int j, int end) {
    int limit = Math.min(end, j + MAX_SKIP);
    for (int k = j + 1; k < limit; k++) {
      if (source.charAt(k) == c) {
        return k;
      }
    }
    return j;
  }

  /** Longest entity name looked up (the longest HTML entity name has 31 characters). */
  private static final int MAX_ENTITY_NAME = 40;

  /**
   * The end of the character reference whose {@code &} is at {@code j} in the source, read as
   * jsoup reads text: numeric ({@code &#233;}, {@code &#xE9;}, with or without {@code ;}), named
   * with {@code ;}, or the longest legacy name without it ({@code &notit} is {@code ¬it}); {@code
   * j + 1} for a literal {@code &}.
   */
  private int referenceEnd(int j, int end) {
    int k = j + 1;
    if (k < end && source.charAt(k) == '#') {
      boolean hex = k + 1 < end && (source.charAt(k + 1) == 'x' || source.charAt(k + 1) == 'X');
      int digits = hex ? k + 2 : k + 1;
      int e = digits;
      while (e < end && isDigit(source.charAt(e), hex)) {
        e++;
      }
      if (e == digits) {
        return j + 1;
      }
      return e < end && source.charAt(e) == ';' ? e + 1 : e;
    }
    int e = k;
    while (e < end && e - k < MAX_ENTITY_NAME && isAsciiLetterOrDigit(source.charAt(e))) {
      e++;
    }
    String name = source.substring(k, e);
    if (e < end && source.charAt(e) == ';' && Entities.isNamedEntity(name)) {
      return e + 1;
    }
    String prefix = Entities.findPrefix(name);
    return prefix.isEmpty() ? j + 1 : k + prefix.length();
  }

  private static boolean isDigit(char c, boolean hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  List<TextBlock> blocks() {
    return blocks;
  }

  List<String> captions() {
    return captions;
  }

  List<String> bylines() {
    return bylines;
  }

  /** Text kept apart from the body. */
  enum KeptApart {
    CAPTION,
    BYLINE;

    /** Which kind {@code e} is, or null for ordinary content. */
    static KeptApart of(Element e) {
      String tag = e.normalName();
      if (tag.equals("figcaption")
          || BoilerplateRule.hasToken(e, Set.of("caption", "credit", "credits", "imagecaption", "photocaption", "figcaption", "imagecredit", "photocredit"), Set.of("caption"))) {
        return CAPTION;
      }
      if (e.attr("rel").equalsIgnoreCase("author")
          || e.attr("itemprop").equalsIgnoreCase("author")
          || BoilerplateRule.hasToken(e, Set.of("byline", "bylines", "author", "authors", "authorname"), Set.of("byline"))) {
        return BYLINE;
      }
      return null;
    }
  }
}

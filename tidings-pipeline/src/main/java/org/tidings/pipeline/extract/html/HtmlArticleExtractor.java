package org.tidings.pipeline.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.extract.RawArticle;

/**
 * Finds the article in an HTML page: its body text without navigation, ads, share bars, related
 * lists, comments and cookie banners; captions and bylines kept apart; metadata from JSON-LD,
 * OpenGraph, meta tags and markup ({@link MetadataReader}); and a map from each character of the
 * text back to the HTML source ({@link SourceOffsets}).
 *
 * <p>Steps, each a set of named rules tested on its own:
 *
 * <ol>
 *   <li>parse with jsoup, tracking source positions;
 *   <li>remove furniture: every element a {@link BoilerplateRule} matches, unless it is {@link
 *       BoilerplateRule#isProtected protected} or, for rules that guess from class names, holds
 *       more than half of the page's text;
 *   <li>choose content roots ({@link ContentRootFinder});
 *   <li>collect blocks of text, dropping those a {@link BlockRule} matches;
 *   <li>when that leaves almost nothing, fall back to the whole cleaned page.
 * </ol>
 *
 * <p>Immutable and thread-safe: one instance may serve all threads.
 */
public final class HtmlArticleExtractor {
  /** Default limit on page size, in UTF-16 characters (about 16 MB of ASCII HTML). */
  public static final int DEFAULT_MAX_PAGE_CHARS = 16 * 1024 * 1024;
  /** Bodies shorter than this (UTF-16 characters) are taken as "no article". */
  public static final int MIN_ARTICLE_CHARS = 25;

  private final int maxPageChars;

  /** An extractor with the {@link #DEFAULT_MAX_PAGE_CHARS default} page limit. */
  public HtmlArticleExtractor() {
    this(DEFAULT_MAX_PAGE_CHARS);
  }

  /** @param maxPageChars larger pages are rejected unparsed (UTF-16 characters), positive */
  public HtmlArticleExtractor(int maxPageChars) {
    if (maxPageChars <= 0) {
      throw new IllegalArgumentException("maxPageChars must be positive: " + maxPageChars);
    }
    this.maxPageChars = maxPageChars;
  }

  /**
   * Extracts from page bytes: rejects non-HTML and oversized pages, decodes ({@link
   * HtmlDecoding}), then {@link #extract(String, String, String)}.
   *
   * @param bytes the page, never null
   * @param declaredCharset charset from the transport, or null
   * @param origin where the page came from, never null
   * @param url the page's address, or null
   */
  public PageOutcome extract(byte[] bytes, String declaredCharset, String origin, String url) {
    String notHtml = HtmlDecoding.notHtmlReason(bytes);
    if (notHtml != null) {
      return new PageOutcome.Rejected(origin, notHtml, false);
    }
    if (bytes.length > maxPageChars * 3L) {
      return tooLarge(origin, bytes.length + " bytes");
    }
    return extract(HtmlDecoding.decode(bytes, declaredCharset), origin, url);
  }

  /**
   * Extracts from a decoded page.
   *
   * @param html the page source, never null; {@link SourceOffsets} point into this string
   * @param origin where the page came from, never null
   * @param url the page's address (used to resolve relative canonical links), or null
   */
  public PageOutcome extract(String html, String origin, String url) {
    if (html.length() > maxPageChars) {
      return tooLarge(origin, html.length() + " characters");
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = parser.parseInput(html, url == null ? "" : url);
    ArticleMetadata metadata = MetadataReader.read(doc);
    Element body = doc.body();
    removeFurniture(body);

    ContentRootFinder.Choice choice = ContentRootFinder.find(body);
    List<Element> chosen = choice.roots();
    String rule = choice.rule();
    Assembled text = assemble(html, chosen);
    if (text.text.length() < 200 && !(chosen.size() == 1 && chosen.get(0) == body)) {
      // a root that yields almost nothing is a wrong guess; the whole page is the better bet
      Assembled whole = assemble(html, List.of(body));
      if (whole.text.length() > text.text.length() * 2) {
        text = whole;
        rule = "whole page";
      }
    }
    if (text.text.strip().length() < MIN_ARTICLE_CHARS) {
      return new PageOutcome.Rejected(origin, "no article text found in the page", false);
    }
    List<String> bylines = text.bylines.isEmpty() ? bylinesOutside(body) : text.bylines;
    String author = metadata.author();
    if (author == null && !bylines.isEmpty()) {
      author = bylines.get(0).replaceFirst("(?i)^\\s*(by|von|par|por)\\s+", "");
    }
    ArticleMetadata meta =
        new ArticleMetadata(metadata.title(), author, metadata.published(), metadata.canonicalUrl(),
            metadata.siteName(), metadata.language(), metadata.description());
    RawArticle raw =
        new RawArticle(
            origin, null,
            meta.canonicalUrl() != null ? meta.canonicalUrl() : url,
            meta.siteName(), meta.title(), meta.published(), meta.language(), text.text);
    return new PageOutcome.Extracted(
        new HtmlExtraction(raw, meta, text.paragraphs, text.captions, bylines,
            new SourceOffsets(text.offsets), rule));
  }

  private static PageOutcome tooLarge(String origin, String size) {
    return new PageOutcome.Rejected(
        origin, String.format(Locale.ROOT, "page too large: %s (limit %s characters)", size, DEFAULT_MAX_PAGE_CHARS), false);
  }

  /** Step 2: detaches every element a furniture rule matches, outermost first. */
  static void removeFurniture(Element body) {
    int pageText = ContentRootFinder.paragraphText(body);
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_CHILDREN;
            }
            if (BoilerplateRule.isProtected(e)) {
              return FilterResult.CONTINUE;
            }
            BoilerplateRule rule = BoilerplateRule.firstMatch(e);
            if (rule == null) {
              return FilterResult.CONTINUE;
            }
            if (rule.guardedBySize() && holdsArticle(e, pageText)) {
              return FilterResult.CONTINUE; // e.g. "container with-sidebar-right" around the whole page
            }
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
          }
        },
        body);
    doomed.forEach(Element::remove);
  }

  /** Bylines that sit beside the body rather than in it (above the text, under the headline). */
  private static List<String> bylinesOutside(Element body) {
    List<String> found = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (found.size() < 3 && BlockCollector.KeptApart.of(e) == BlockCollector.KeptApart.BYLINE
          && e.parents().stream().noneMatch(p -> BlockCollector.KeptApart.of(p) != null)) {
        String t = e.text().strip();
        if (!t.isEmpty() && t.length() < 200) {
          found.add(t);
        }
      }
    }
    return found;
  }

  /** True when {@code e} holds most of the page's paragraph text or a marked article body. */
  static boolean holdsArticle(Element e, int pageParagraphText) {
    if (ContentRootFinder.paragraphText(e) * 2 > pageParagraphText) {
      return true;
    }
    for (Element inner : e.getAllElements()) {
      if (inner != e && (inner.normalName().equals("article") || ContentRootFinder.isMarkedBody(inner))) {
        return true;
      }
    }
    return false;
  }

  private record Assembled(
      String text, int[] offsets, List<TextSpan> paragraphs, List<String> captions, List<String> bylines) {}

  /** Step 4: blocks of the roots, filtered, joined by blank lines, with their source offsets. */
  private static Assembled assemble(String html, List<Element> roots) {
    BlockCollector collector = new BlockCollector(html);
    for (Element root : roots) {
      collector.collect(root);
    }
    StringBuilder text = new StringBuilder();
    int[] offsets = new int[1024];
    List<TextSpan> paragraphs = new ArrayList<>();
    for (TextBlock block : collector.blocks()) {
      String t = block.text();
      if (BlockRule.firstDropping(t, block.linkDensity()) != null) {
        continue;
      }
      if (text.length() > 0) {
        int sep = offsets[text.length() - 1];
        for (int k = 0; k < 2; k++) {
          offsets = put(offsets, text.length(), sep);
          text.append('\n');
        }
      }
      int begin = text.length();
      for (int i = 0; i < t.length(); i++) {
        offsets = put(offsets, text.length(), block.sourceAt(i));
        text.append(t.charAt(i));
      }
      paragraphs.add(new TextSpan(begin, text.length()));
    }
    return new Assembled(
        text.toString(), Arrays.copyOf(offsets, text.length()), paragraphs, collector.captions(), collector.bylines());
  }

  private static int[] put(int[] offsets, int at, int value) {
    int[] out = at < offsets.length ? offsets : Arrays.copyOf(offsets, offsets.length * 2);
    out[at] = value;
    return out;
  }
}

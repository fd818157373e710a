package org.tidings.pipeline.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article once furniture is gone. Two rules, tried in order:
 *
 * <ol>
 *   <li>{@link #markedBodies marked article body}: elements the publisher marked as the body
 *       ({@code itemprop=articleBody}, classes such as {@code article-body}, {@code entry-content},
 *       {@code story-body}), taken when they hold a fair share of the page's paragraph text;
 *   <li>{@link #densestContainer paragraph density}: each paragraph of 25 or more characters
 *       scores its parent fully and its grandparent by half (more for commas and length, less for
 *       link text); the best-scoring container is taken together with siblings that score well
 *       or are clean paragraphs themselves, since bodies are often split by ads and images;
 *       when that container holds less than half of the page's prose, the nearest ancestor
 *       holding half is taken instead.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class ContentRootFinder {
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "h2", "h3");
  /** Class or id names (separators removed) publishers give the article body. */
  private static final List<String> BODY_NAMES =
      List.of("articlebody", "storybody", "entrycontent", "postcontent", "articlecontent",
          "storycontent", "postbody", "articletext", "storytext", "bodytext", "contentbody",
          "articlecopy", "storycopy", "richtext", "textcontent", "newscontent", "entrybody", "blogpost");

  private ContentRootFinder() {}

  /** Chosen roots in document order (never empty) and the name of the rule that chose them. */
  record Choice(List<Element> roots, String rule) {}

  /** The content roots of {@code body}: {@code body} itself at worst. */
  static Choice find(Element body) {
    Scores scores = score(body);
    List<Element> dense = densestContainer(body, scores);
    List<Element> marked = markedBodies(body);
    if (!marked.isEmpty()) {
      int markedText = 0;
      for (Element m : marked) {
        markedText += paragraphText(m);
      }
      int denseText = 0;
      for (Element d : dense) {
        denseText += paragraphText(d);
      }
      // a marked teaser box or an empty template must not win over the real text
      if (markedText >= 0.5 * denseText || markedText >= 2000) {
        return new Choice(marked, "marked article body");
      }
    }
    return new Choice(dense, dense.size() == 1 && dense.get(0) == body ? "whole page" : "paragraph density");
  }

  /** Rule 1: top-level elements marked as the article body by the publisher. */
  static List<Element> markedBodies(Element body) {
    List<Element> found = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (isMarkedBody(e) && !hasMarkedAncestor(e) && paragraphText(e) > 0) {
        found.add(e);
      }
    }
    return found;
  }

  private static boolean hasMarkedAncestor(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (isMarkedBody(p)) {
        return true;
      }
    }
    return false;
  }

  static boolean isMarkedBody(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String token : names.split("\\s+")) {
      String squashed = token.replaceAll("[^a-z0-9]", "");
      for (String n : BODY_NAMES) {
        if (squashed.startsWith(n) || squashed.endsWith(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rule 2: the best paragraph container and its worthy siblings. */
  static List<Element> densestContainer(Element body, Scores scores) {
    Element best = null;
    double bestScore = 0;
    // link density costs a walk of the subtree: weigh only the strongest raw candidates
    List<Map.Entry<Element, Double>> top = new ArrayList<>(scores.byElement.entrySet());
    top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    for (Map.Entry<Element, Double> entry : top.subList(0, Math.min(12, top.size()))) {
      double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    if (best == null) {
      return List.of(body);
    }
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    int pageText = paragraphText(body);
    if (paragraphText(best) * 2 < pageText) {
      // pages built of modules (intro box, text blocks, info boxes) spread the article over
      // several containers: widen to the nearest ancestor holding most of the prose
      Element wider = best;
      while (wider.parent() != null && wider.parent() != body && paragraphText(wider) * 2 < pageText) {
        wider = wider.parent();
      }
      if (paragraphText(wider) * 2 >= pageText) {
        return List.of(wider);
      }
    }
    List<Element> roots = new ArrayList<>();
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        roots.add(sibling);
        continue;
      }
      Double s = scores.byElement.get(sibling);
      if (s != null && s >= threshold && s * (1 - linkDensity(sibling)) >= threshold) {
        roots.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")) {
        String text = sibling.text();
        double ld = linkDensity(sibling);
        if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && ld == 0 && text.contains(". "))) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }

  /** Paragraph scores of every container, as described in the class comment. */
  static Scores score(Element body) {
    Map<Element, Double> byElement = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      boolean paragraph = PARAGRAPH_TAGS.contains(e.normalName()) || (e.normalName().equals("div") && ownTextLength(e) > 100);
      if (!paragraph) {
        continue;
      }
      String text = e.normalName().equals("div") ? e.ownText() : e.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.chars().filter(c -> c == ',' || c == '，' || c == '、').count() + Math.min(text.length() / 100.0, 3);
      Element parent = e.normalName().equals("div") ? e : e.parent();
      double share = 1;
      for (int level = 0; parent != null && level < 3; level++) {
        byElement.merge(parent, score * share, Double::sum);
        share = level == 0 ? 0.5 : 1.0 / 3;
        parent = parent.parent();
      }
    }
    return new Scores(byElement);
  }

  record Scores(Map<Element, Double> byElement) {}

  private static int ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  /** Characters of text inside paragraph-like elements under {@code e}. */
  static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p, pre, blockquote, li, td")) {
      n += p.ownText().length();
    }
    return n == 0 ? e.text().length() / 2 : n;
  }

  /** Share of {@code e}'s text inside links, 0..1. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }
}

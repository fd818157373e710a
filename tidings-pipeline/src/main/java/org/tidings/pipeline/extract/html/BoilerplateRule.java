package org.tidings.pipeline.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Named rules that mark an element as page furniture rather than article: each rule looks at one
 * element only (tag, role, attributes, class and id), never at its neighbours, so each can be
 * tested alone. {@link HtmlArticleExtractor} removes the elements a rule matches before it looks
 * for the article, except where {@link #isProtected} says the element holds the article.
 *
 * <p>Class and id matching splits both into lower-case tokens at every non-alphanumeric
 * character ({@code article__share-bar} gives {@code article, share, bar}), so "ad" matches the
 * token {@code ad} but not {@code header} or {@code shadow}.
 *
 * <p>Immutable and thread-safe.
 */
public enum BoilerplateRule {
  /** Code and embedded objects: never prose, whatever their size. */
  CODE(
      e -> Names.S0
          .contains(e.normalName())),
  /** Form controls and sectioning tags for site furniture ({@code nav}, {@code aside}, {@code footer}). */
  NON_CONTENT_TAG(
      e -> Names.S1
          .contains(e.normalName())),
  /** A {@code <header>} outside any article: the site's masthead and menu. */
  PAGE_HEADER(e -> e.normalName().equals("header") && e.closest("article, main") == null),
  /** Hidden by the {@code hidden} attribute, {@code aria-hidden} or an inline display:none style. */
  HIDDEN(
      e -> e.hasAttr("hidden")
          || "true".equalsIgnoreCase(e.attr("aria-hidden"))
          || Names.HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "")).find()),
  /** ARIA landmarks for navigation, site banner and footer, sidebars, dialogs, search. */
  LANDMARK_ROLE(
      e -> Names.S2
          .contains(e.attr("role").toLowerCase(Locale.ROOT))),
  /** Share bars and social buttons. */
  SHARE_BAR(e -> hasToken(e, Names.S3, Names.S4)),
  /** Advertising slots and sponsored boxes. */
  ADVERT(e -> hasToken(e, Names.S5, Names.S6)),
  /** Related, recommended, popular and "more" article lists. */
  RELATED_LIST(e -> hasToken(e, Names.S7, Names.S8)),
  /** Reader comments and their forms. */
  COMMENTS(e -> hasToken(e, Names.S9, Names.S10)),
  /** Cookie banners, consent dialogs, newsletter and paywall prompts, pop-ups. */
  PROMPT(e -> hasToken(e, Names.S11, Names.S12)),
  /** Site navigation by class or id: menus, breadcrumbs, sidebars, footers, tag lists. */
  NAVIGATION_CLASS(e -> hasToken(e, Names.S13, Names.S14));

  private final Predicate<Element> test;

  BoilerplateRule(Predicate<Element> test) {
    this.test = test;
  }

  /** True when this rule marks {@code e} as furniture. */
  public boolean matches(Element e) {
    return test.test(e);
  }

  /** The first rule matching {@code e}, or null when none does. */
  public static BoilerplateRule firstMatch(Element e) {
    for (BoilerplateRule rule : values()) {
      if (rule.matches(e)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * True for rules that can be wrong about a whole page (a {@code <noscript>} or a
   * "with-sidebar" wrapper around everything): their matches are kept when they hold the
   * article, see {@link HtmlArticleExtractor}.
   */
  public boolean guardedBySize() {
    return this != CODE;
  }

  /**
   * True when {@code e} must stay whatever its class says: the document roots, {@code <main>},
   * {@code <article>} and marked article bodies. Sites put words like "has-sidebar" on these.
   */
  public static boolean isProtected(Element e) {
    String tag = e.normalName();
    return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
        || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** Lower-case tokens of the class and id, split at every non-alphanumeric character. */
  static String[] tokens(Element e) {
    StringBuilder names = new StringBuilder(e.id().toLowerCase(Locale.ROOT));
    for (String c : e.classNames()) {
      String lc = c.toLowerCase(Locale.ROOT);
      // taxonomy labels ("category-social-issues", "tag-comments") and negations ("no-share")
      // describe the article, not the element's role on the page
      if (!TAXONOMY.matcher(lc).lookingAt()) {
        names.append(' ').append(lc);
      }
    }
    String all = names.toString().strip();
    return all.isEmpty() ? new String[0] : all.split("[^a-z0-9]+");
  }

  private static final java.util.regex.Pattern TAXONOMY =
      java.util.regex.Pattern.compile("(category|categories|tag|tags|topic|section|format|type|no|has|with|without)[-_]");

  static boolean hasToken(Element e, Set<String> exact, Set<String> prefixes) {
    for (String t : tokens(e)) {
      if (exact.contains(t)) {
        return true;
      }
      for (String p : prefixes) {
        if (t.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The names the rules look for; a holder class because enum constants cannot see static fields. */
  private static final class Names {
    static final Set<String> S0 = Set.of("script", "style", "template", "svg", "canvas", "iframe", "object", "embed");
    static final Set<String> S1 = Set.of("noscript", "button", "select", "input", "textarea", "nav", "aside", "footer", "dialog", "menu");
    static final Set<String> S2 = Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog",               "alertdialog", "menu", "menubar", "toolbar");
    static final Set<String> S3 = Set.of("share", "shares", "sharing", "social", "socials", "sharebar", "addthis", "sociallinks", "socialshare");
    static final Set<String> S4 = Set.of("share", "social");
    static final Set<String> S5 = Set.of("ad", "ads", "advert", "adverts", "advertisement", "adslot", "adunit", "adcontainer", "sponsored", "dfp", "gpt", "outbrain", "taboola", "promo", "commercial");
    static final Set<String> S6 = Set.of("advert", "outbrain", "taboola", "adslot", "adunit");
    static final Set<String> S7 = Set.of("related", "recommended", "recommendations", "popular", "mostread", "trending", "teaser", "teasers", "morestories", "readmore", "readnext", "moreonthis", "crosslinks");
    static final Set<String> S8 = Set.of("related", "recommend", "mostread", "mostpopular", "morestories", "readnext", "teaserlist");
    static final Set<String> S9 = Set.of("comment", "comments", "commentlist", "commentform", "disqus", "respond", "discussion");
    static final Set<String> S10 = Set.of("comments", "disqus");
    static final Set<String> S11 = Set.of("cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "paywall", "signup", "login", "modal", "popup", "overlay", "cmp");
    static final Set<String> S12 = Set.of("cookie", "consent", "newsletter", "paywall", "subscri");
    static final Set<String> S13 = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "skiplink", "tags", "taglist", "tagcloud", "pagination", "toolbar", "sronly", "screenreader", "visuallyhidden");
    static final Set<String> S14 = Set.of("breadcrumb", "sidebar", "navbar", "footer");
    static final java.util.regex.Pattern HIDDEN_STYLE =
        java.util.regex.Pattern.compile("display:none|visibility:hidden");
  }
}

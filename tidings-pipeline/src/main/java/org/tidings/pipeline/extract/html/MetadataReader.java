package org.tidings.pipeline.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link ArticleMetadata} from a parsed page. Four sources, most trusted first, each a
 * method of its own: {@link #fromJsonLd JSON-LD} article objects, {@link #fromOpenGraph
 * OpenGraph} properties, plain {@link #fromMetaTags meta tags} (and {@code <link
 * rel=canonical>}, {@code <html lang>}), then {@link #fromMarkup markup} ({@code <time>},
 * {@code <title>}, {@code <h1>}). A field comes from the first source that has it.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON-LD types that describe the article itself (not the site, not a breadcrumb). */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
          "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle");

  private MetadataReader() {}

  /** All sources merged, most trusted first. */
  public static ArticleMetadata read(Document doc) {
    return fromJsonLd(doc).orElse(fromOpenGraph(doc)).orElse(fromMetaTags(doc)).orElse(fromMarkup(doc));
  }

  /** The first JSON-LD object (top level, in arrays or in {@code @graph}) of an article type. */
  static ArticleMetadata fromJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException malformed) {
        continue; // sites often ship broken JSON-LD; the other sources still count
      }
      JsonNode article = findArticle(root, 0);
      if (article != null) {
        JsonNode publisher = article.get("publisher");
        return new ArticleMetadata(
            text(article, "headline"),
            names(article.get("author")),
            PublicationDates.normalise(text(article, "datePublished")),
            url(article),
            publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher, "name"),
            languageCode(text(article, "inLanguage")),
            text(article, "description"));
      }
    }
    return ArticleMetadata.EMPTY;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        JsonNode found = findArticle(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static String url(JsonNode article) {
    JsonNode main = article.get("mainEntityOfPage");
    if (main != null && main.isObject()) {
      String id = text(main, "@id");
      if (id != null) {
        return id;
      }
    }
    return main != null && main.isTextual() ? main.asText() : text(article, "url");
  }

  /** Author names from a string, a Person object, or an array of either. */
  private static String names(JsonNode author) {
    if (author == null) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    List<JsonNode> items = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(items::add);
    } else {
      items.add(author);
    }
    for (JsonNode a : items) {
      String name = a.isTextual() ? a.asText() : text(a, "name");
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : v.get(0).asText(null);
    }
    return v.isValueNode() ? v.asText() : null;
  }

  /** {@code og:*} and {@code article:*} properties. */
  static ArticleMetadata fromOpenGraph(Document doc) {
    String published = PublicationDates.normalise(meta(doc, "property", "article:published_time"));
    String author = meta(doc, "property", "article:author");
    if (author != null && author.startsWith("http")) {
      author = null; // Facebook profile URLs, not names
    }
    return new ArticleMetadata(
        meta(doc, "property", "og:title"),
        author,
        published,
        meta(doc, "property", "og:url"),
        meta(doc, "property", "og:site_name"),
        languageCode(meta(doc, "property", "og:locale")),
        meta(doc, "property", "og:description"));
  }

  /** Named meta tags in the common vocabularies, {@code <link rel=canonical>}, {@code <html lang>}. */
  static ArticleMetadata fromMetaTags(Document doc) {
    String published = null;
    for (String name :
        List.of("date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time")) {
      published = PublicationDates.normalise(firstMeta(doc, name));
      if (published != null) {
        break;
      }
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    if (lang == null || lang.isBlank()) {
      lang = firstMeta(doc, "language");
    }
    return new ArticleMetadata(
        firstMeta(doc, "title") != null ? firstMeta(doc, "title") : firstMeta(doc, "dc.title"),
        firstMeta(doc, "author") != null ? firstMeta(doc, "author") : firstMeta(doc, "dc.creator"),
        published,
        canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"),
        firstMeta(doc, "application-name"),
        languageCode(lang),
        firstMeta(doc, "description"));
  }

  /** {@code <time datetime>} (publication-marked first), {@code <h1>}, {@code <title>}. */
  static ArticleMetadata fromMarkup(Document doc) {
    Element time = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime], time.published[datetime]");
    if (time == null) {
      time = doc.selectFirst("time[datetime]");
    }
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
    Element byline = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    return new ArticleMetadata(
        title.isBlank() ? null : title,
        byline == null || byline.text().isBlank() ? null : byline.text(),
        time == null ? null : PublicationDates.normalise(time.attr("datetime")),
        null,
        null,
        null,
        null);
  }

  private static String meta(Document doc, String attr, String value) {
    Element e = doc.selectFirst("meta[" + attr + "=\"" + value + "\"][content]");
    String content = e == null ? null : e.attr("content").strip();
    return content == null || content.isEmpty() ? null : content;
  }

  /** A meta tag by {@code name}, {@code property} or {@code itemprop}, case-insensitively. */
  private static String firstMeta(Document doc, String name) {
    for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
      String v = meta(doc, attr, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** "de-DE", "de_DE", "en": the leading two or three letters of a BCP 47 or POSIX tag, else null. */
  static String languageCode(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
      cut++;
    }
    return cut == 2 || cut == 3 ? t.substring(0, cut) : null;
  }
}

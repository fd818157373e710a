package org.tidings.pipeline.extract.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.tidings.pipeline.extract.html.HtmlDecoding;
import org.tidings.pipeline.extract.html.PublicationDates;

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x leniently, as real sites serve
 * them: white space before the XML declaration, unclosed tags, a truncated end, a wrong or
 * missing encoding label (bytes that are not UTF-8 are read as Windows-1252), escaped HTML in
 * titles, dates as epoch numbers. XML is read with jsoup's forgiving XML parser, JSON with
 * Jackson.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._\\-]+)");

  private FeedParser() {}

  /**
   * Parses feed bytes.
   *
   * @param bytes the feed document, never null
   * @param declaredCharset charset from the HTTP {@code Content-Type}, or null
   * @throws IllegalArgumentException with a readable reason when the bytes are no feed at all
   */
  public static ParsedFeed parse(byte[] bytes, String declaredCharset) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).strip();
    if (head.startsWith("{")) {
      return parseJson(new String(bytes, StandardCharsets.UTF_8));
    }
    String charset = declaredCharset;
    Matcher m = XML_ENCODING.matcher(head);
    if (charset == null && m.find()) {
      charset = m.group(1);
    }
    // HtmlDecoding's order (BOM, label, strict UTF-8, then Windows-1252) suits XML feeds too
    String xml = HtmlDecoding.decode(bytes, charset).strip();
    return parseXml(xml);
  }

  static ParsedFeed parseXml(String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    List<String> problems = new ArrayList<>();
    Element root = firstElement(doc);
    if (root == null) {
      throw new IllegalArgumentException("not a feed: no XML element");
    }
    String rootName = root.normalName().toLowerCase(Locale.ROOT);
    if (rootName.equals("feed")) {
      List<FeedItem> items = new ArrayList<>();
      for (Element entry : children(root, "entry")) {
        items.add(atomEntry(entry, problems));
      }
      return new ParsedFeed("atom", plain(childText(root, "title")), items, problems);
    }
    if (rootName.equals("rss") || rootName.endsWith("rdf")) {
      Element channel = child(root, "channel");
      List<Element> itemElements = new ArrayList<>(children(channel == null ? root : channel, "item"));
      if (itemElements.isEmpty()) {
        itemElements.addAll(children(root, "item")); // RSS 1.0 puts items beside the channel
      }
      List<FeedItem> items = new ArrayList<>();
      for (Element item : itemElements) {
        items.add(rssItem(item, problems));
      }
      return new ParsedFeed(rootName.equals("rss") ? "rss" : "rdf",
          channel == null ? null : plain(childText(channel, "title")), items, problems);
    }
    throw new IllegalArgumentException("not a feed: root element <" + root.tagName() + ">");
  }

  private static FeedItem rssItem(Element item, List<String> problems) {
    String link = childText(item, "link");
    String guid = childText(item, "guid");
    if (guid == null) {
      guid = item.attr("rdf:about").isBlank() ? link : item.attr("rdf:about");
    }
    String date = firstNonNull(childText(item, "pubdate"), childText(item, "dc:date"));
    String summary = firstNonNull(childText(item, "description"), childText(item, "content:encoded"));
    return new FeedItem(plain(childText(item, "title")), link, guid, date(date, problems), plain(summary));
  }

  private static FeedItem atomEntry(Element entry, List<String> problems) {
    String link = null;
    for (Element l : children(entry, "link")) {
      String rel = l.attr("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = l.attr("href");
        break;
      }
    }
    String date = firstNonNull(childText(entry, "published"), childText(entry, "updated"));
    String summary = firstNonNull(childText(entry, "summary"), childInner(entry, "content"));
    String id = childText(entry, "id");
    return new FeedItem(plain(childText(entry, "title")), link, id != null ? id : link, date(date, problems), plain(summary));
  }

  static ParsedFeed parseJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a feed: malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("items").isArray()) {
      throw new IllegalArgumentException("not a feed: JSON without an \"items\" array");
    }
    List<String> problems = new ArrayList<>();
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String url = text(item, "url");
      String id = text(item, "id");
      String summary = firstNonNull(text(item, "summary"), text(item, "content_text"), text(item, "content_html"));
      items.add(new FeedItem(text(item, "title"), url, id != null ? id : url,
          date(text(item, "date_published"), problems), plain(summary)));
    }
    return new ParsedFeed("json", text(root, "title"), items, problems);
  }

  private static String date(String raw, List<String> problems) {
    if (raw == null) {
      return null;
    }
    String normalised = PublicationDates.normalise(raw);
    if (normalised == null) {
      problems.add("unreadable date: '" + raw + "'");
    }
    return normalised;
  }

  /** Markup (escaped or not) to plain text with white space collapsed. */
  static String plain(String maybeHtml) {
    if (maybeHtml == null || maybeHtml.isBlank()) {
      return null;
    }
    String text = maybeHtml.indexOf('<') >= 0 || maybeHtml.indexOf('&') >= 0 ? Jsoup.parse(maybeHtml).text() : maybeHtml;
    text = text.strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }

  private static Element firstElement(Document doc) {
    for (Element e : doc.children()) {
      return e;
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(name)) {
        out.add(c);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static String childText(Element parent, String name) {
    Element c = child(parent, name);
    if (c == null) {
      return null;
    }
    String t = c.wholeText().strip();
    return t.isEmpty() ? null : t;
  }

  /** Atom {@code type="xhtml"} content is markup, not text: keep it for {@link #plain}. */
  private static String childInner(Element parent, String name) {
    Element c = child(parent, name);
    if (c == null) {
      return null;
    }
    return "xhtml".equals(c.attr("type")) ? c.html() : childText(parent, name);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}

package org.tidings.server;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tidings.store.ActorQuery;
import org.tidings.store.ArticleQuery;
import org.tidings.store.ArticleSummary;
import org.tidings.store.ActorSummary;
import org.tidings.store.EventStore;
import org.tidings.store.Page;
import org.tidings.store.QuoteQuery;
import org.tidings.store.StoredArticle;
import org.tidings.store.StoredQuote;
import org.tidings.store.search.SearchIndex;
import org.tidings.store.search.SearchQuery;
import org.tidings.store.search.SearchResults;

/** The article, quote, actor and full-text search endpoints. Thread-safe. */
final class TextsApi {
  private static final Pattern ARTICLE_ID = Pattern.compile("(origin:)?[0-9a-f]{32}");

  private final EventStore store;
  private final SearchIndex index;

  TextsApi(EventStore store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /**
   * A stored article with its annotations.
   *
   * @param article the record as stored (text, metadata, outcome), never null
   * @param quotes its quotes with their speakers and spans, never null
   */
  record ArticleWithAnnotations(StoredArticle article, List<StoredQuote> quotes) {}

  /**
   * A page of quotes.
   *
   * @param items never null
   * @param nextOffset pass as {@code offset} for the next page; null on the last page
   */
  record QuotePage(List<StoredQuote> items, Integer nextOffset) {}

  /**
   * A page of articles.
   *
   * @param items never null
   * @param nextOffset pass as {@code offset} for the next page; null on the last page
   */
  record ArticlePage(List<ArticleSummary> items, Integer nextOffset) {}

  private ArticlePage articles(Params p) {
    var page = store.articles(new ArticleQuery(p.choice("outcome"), p.text("source"), (int) p.integer("offset", 0),
        (int) p.integer("limit", 100)));
    return new ArticlePage(page.items(), page.nextCursor() == null ? null : Integer.valueOf(page.nextCursor()));
  }

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("/api/articles", "Stored articles, most recently stored first: title, source, outcome and event reports, without text.",
            List.of(
                Param.choice("outcome", "only articles with this outcome", "coded", "skipped", "failed"),
                Param.text("source", "the publisher (whole name, case-insensitive)"),
                Param.integer("offset", "articles to skip", ArticleQuery.MAX_OFFSET),
                Param.integer("limit", "page size (default 100)", ArticleQuery.MAX_LIMIT)),
            this::articles),
        new Endpoint("/api/articles/{id}", "One stored article (text, metadata, outcome) with its quotes.",
            List.of(Param.path("id", "the article id: 32 hex digits (content hash)")), this::article),
        new Endpoint("/api/quotes", "Quotes by speaker, speaker's actor code and/or words, ordered by article.",
            List.of(
                Param.text("speaker", "the speaker's name contains this (case-insensitive)"),
                Param.text("code", "the speaker's actor code (first country then first role, as events code actors)"
                    + " starts with this: RUSGOV, RUS, or GOV for an actor without a country"),
                Param.text("text", "the quote's words contain this (case-insensitive)"),
                Param.text("article", "only this article's quotes (article id)"),
                Param.integer("offset", "quotes to skip", QuoteQuery.MAX_OFFSET),
                Param.integer("limit", "page size (default 100)", QuoteQuery.MAX_LIMIT)),
            this::quotes),
        new Endpoint("/api/actors", "Actors merged across articles, most reported first.",
            List.of(
                Param.text("name", "the actor's name contains this (case-insensitive)"),
                Param.text("country", "one of the actor's countries (RUS)"),
                Param.text("role", "one of the actor's CAMEO roles (GOV)"),
                Param.integer("limit", "how many (default 100)", ActorQuery.MAX_LIMIT)),
            this::actors),
        new Endpoint("/api/search", "Full-text search over article text and quotes, with highlighted snippets (character spans into the article text).",
            List.of(
                Param.text("q", "Lucene query: words, \"a phrase\", AND, OR, NOT, word*").mandatory(),
                Param.choice("kind", "only articles or only quotes", "article", "quote"),
                Param.text("source", "the publisher, exactly (case-insensitive)"),
                Param.text("speaker", "the quote's speaker name holds these words"),
                Param.day("from", "first publication day included"),
                Param.day("to", "last publication day included"),
                Param.integer("offset", "hits to skip", SearchQuery.MAX_OFFSET),
                Param.integer("limit", "page size (default " + SearchQuery.DEFAULT_LIMIT + ")", SearchQuery.MAX_LIMIT)),
            this::search));
  }

  private ArticleWithAnnotations article(Params p) {
    String id = p.path("id");
    if (!ARTICLE_ID.matcher(id).matches()) {
      throw ApiException.badRequest("id: expected an article id of 32 hex digits, got '" + Params.shown(id) + "'");
    }
    StoredArticle article = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    List<StoredQuote> quotes = store.quotes(new QuoteQuery(null, null, null, id, 0, QuoteQuery.MAX_LIMIT)).items();
    return new ArticleWithAnnotations(article, quotes);
  }

  private QuotePage quotes(Params p) {
    int offset = (int) p.integer("offset", 0);
    String article = p.text("article");
    if (article != null && !ARTICLE_ID.matcher(article).matches()) {
      throw ApiException.badRequest("article: expected an article id of 32 hex digits, got '" + Params.shown(article) + "'");
    }
    QuoteQuery query = new QuoteQuery(p.name("speaker"), p.code("code"), p.text("text"), article, offset, (int) p.integer("limit", 100));
    Page<StoredQuote> page = store.quotes(query);
    return new QuotePage(page.items(), page.nextCursor() == null ? null : offset + page.items().size());
  }

  private List<ActorSummary> actors(Params p) {
    return store.actors(new ActorQuery(p.name("name"), p.code("country"), p.code("role"), (int) p.integer("limit", 100)));
  }

  private SearchResults search(Params p) {
    String kind = p.choice("kind");
    return index.search(new SearchQuery(p.text("q"),
        kind == null ? null : SearchQuery.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
        p.name("source"), p.name("speaker"), p.day("from"), p.day("to"),
        (int) p.integer("offset", 0), (int) p.integer("limit", SearchQuery.DEFAULT_LIMIT)));
  }
}

package org.tidings.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.tidings.model.Article;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Quote;
import org.tidings.store.InvalidQueryException;

/**
 * {@link SearchIndex} on Apache Lucene: one Lucene document per article and one per quote, all
 * keyed by the article id so that re-indexing an article replaces its documents atomically.
 *
 * <p>Words are analysed by Lucene's {@link StandardAnalyzer} (Unicode word breaks, lower case, no
 * stemming), so a phrase query matches the words as written. Each {@link #index} call commits, so
 * a process killed meanwhile leaves the index as of the last whole article; Lucene's lock file keeps
 * a second process from writing the same directory.
 *
 * <p>Thread-safe.
 */
public final class LuceneSearchIndex implements SearchIndex {
  /** Up to this many hits are counted exactly. */
  public static final int EXACT_TOTAL = 10_000;

  private static final String ARTICLE_ID = "article_id";
  private static final String KIND = "kind";
  private static final String TEXT = "text";
  private static final String SPEAKER = "speaker";
  private static final String SPEAKER_NAME = "speaker_name";
  private static final String SOURCE_KEY = "source_key";
  private static final String DAY = "day";
  private static final String BASE = "base";
  private static final int SNIPPETS = 3;

  private final Directory directory;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final UnifiedHighlighter highlighter;

  private LuceneSearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter w;
    try {
      w = new IndexWriter(directory, config);
    } catch (IOException e) {
      directory.close();
      throw e;
    }
    this.writer = w;
    this.searchers = new SearcherManager(writer, null);
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new SpanFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .build();
  }

  /**
   * Opens (creating on first use) the index in {@code dir}.
   *
   * @throws UncheckedIOException when it cannot be opened, e.g. another process writes it
   */
  public static LuceneSearchIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new LuceneSearchIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A new index held in memory only, for in-memory stores and tests. */
  public static LuceneSearchIndex inMemory() {
    try {
      return new LuceneSearchIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory search index", e);
    }
  }

  @Override
  public void index(Outcome outcome) {
    indexAll(List.of(outcome));
  }

  @Override
  public void indexAll(List<? extends Outcome> outcomes) {
    try {
      boolean any = false;
      for (Outcome outcome : outcomes) {
        if (outcome instanceof Outcome.Coded coded) {
          Article article = coded.document().article();
          List<Quote> quotes = coded.document().has(Layers.QUOTES) ? coded.document().get(Layers.QUOTES) : List.of();
          writer.updateDocuments(new Term(ARTICLE_ID, article.id()), documents(article, quotes));
          any = true;
        }
      }
      if (any) {
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void clear() {
    try {
      writer.deleteAll();
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index: " + e.getMessage(), e);
    }
  }

  private static List<Document> documents(Article article, List<Quote> quotes) {
    List<Document> docs = new ArrayList<>();
    docs.add(document(article, SearchQuery.Kind.ARTICLE, article.text(), 0));
    for (Quote q : quotes) {
      Document d = document(article, SearchQuery.Kind.QUOTE, q.text(), q.span().begin());
      d.add(new StoredField("quote_id", q.id()));
      if (q.speakerName() != null) {
        d.add(new TextField(SPEAKER, q.speakerName(), Field.Store.NO));
        d.add(new StoredField(SPEAKER_NAME, q.speakerName()));
      }
      docs.add(d);
    }
    return docs;
  }

  private static Document document(Article article, SearchQuery.Kind kind, String text, int base) {
    Document d = new Document();
    d.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
    d.add(new StringField(KIND, kind.name(), Field.Store.YES));
    d.add(new TextField(TEXT, text, Field.Store.YES));
    d.add(new StoredField(BASE, base));
    if (article.source() != null) {
      d.add(new StringField(SOURCE_KEY, article.source().toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField("source", article.source()));
    }
    if (article.title() != null) {
      d.add(new StoredField("title", article.title()));
    }
    if (article.url() != null) {
      d.add(new StoredField("url", article.url()));
    }
    if (article.published() != null) {
      int day = dayNumber(article.published().date());
      d.add(new IntPoint(DAY, day));
      d.add(new StoredField(DAY, day));
    }
    return d;
  }

  @Override
  public SearchResults search(SearchQuery query) {
    Query match = parse(query.q());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(match, Occur.MUST);
    if (query.kind() != null) {
      b.add(new TermQuery(new Term(KIND, query.kind().name())), Occur.FILTER);
    }
    if (query.source() != null) {
      b.add(new TermQuery(new Term(SOURCE_KEY, query.source().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (query.speaker() != null) {
      Query speaker = new QueryBuilder(analyzer).createPhraseQuery(SPEAKER, query.speaker());
      if (speaker == null) {
        throw new InvalidQueryException("speaker", "has no words to search for");
      }
      b.add(speaker, Occur.FILTER);
    }
    if (query.from() != null || query.to() != null) {
      int lo = query.from() == null ? 1 : dayNumber(query.from());
      int hi = query.to() == null ? Integer.MAX_VALUE : dayNumber(query.to());
      b.add(IntPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(b.build(), query.offset() + query.limit());
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = query.offset(); i < docs.length; i++) {
          hits.add(hit(searcher.storedFields().document(docs[i].doc), docs[i].score, match));
        }
        return new SearchResults(top.totalHits.value, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
    }
  }

  private Query parse(String q) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(q);
    } catch (ParseException | IllegalArgumentException e) {
      throw new InvalidQueryException("q", "not a valid search query (use words, \"a phrase\", AND, OR, NOT, word*): "
          + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("q", "matches too many words; make it more specific");
    }
  }

  private SearchHit hit(Document d, float score, Query match) throws IOException {
    String text = d.get(TEXT);
    int base = d.getField(BASE).numericValue().intValue();
    Object formatted = highlighter.highlightWithoutSearcher(TEXT, match, text, SNIPPETS);
    List<SearchHit.Snippet> snippets = new ArrayList<>();
    if (formatted instanceof List<?> list) {
      for (Object o : list) {
        SearchHit.Snippet s = (SearchHit.Snippet) o;
        snippets.add(new SearchHit.Snippet(s.text(), s.span().shift(base),
            s.matches().stream().map(m -> m.shift(base)).toList()));
      }
    }
    Field day = (Field) d.getField(DAY);
    return new SearchHit(SearchQuery.Kind.valueOf(d.get(KIND)), d.get(ARTICLE_ID), d.get("quote_id"), d.get("title"),
        d.get("source"), d.get("url"), day == null ? null : dateOf(day.numericValue().intValue()),
        d.get(SPEAKER_NAME), score, snippets);
  }

  @Override
  public long articles() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.count(new TermQuery(new Term(KIND, SearchQuery.Kind.ARTICLE.name())));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public java.util.Set<String> articleIds() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        java.util.Set<String> ids = new java.util.HashSet<>();
        var fields = searcher.storedFields();
        var only = java.util.Set.of(ARTICLE_ID);
        TermQuery articles = new TermQuery(new Term(KIND, SearchQuery.Kind.ARTICLE.name()));
        for (ScoreDoc d : searcher.search(articles, Math.max(1, searcher.count(articles))).scoreDocs) {
          ids.add(fields.document(d.doc, only).get(ARTICLE_ID));
        }
        return ids;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
    }
  }

  private static int dayNumber(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  private static LocalDate dateOf(int day) {
    return LocalDate.of(day / 10000, day / 100 % 100, day % 100);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}

package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.tidings.model.Article;
import org.tidings.model.Precision;
import org.tidings.model.Published;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;

/** Rebuilding model records from stored article and quote rows (the reverse of {@link ArticleRows}). Stateless. */
final class StoredDocuments {
  private StoredDocuments() {}

  /** The quote columns {@link #quote} reads, article_id first; append a WHERE clause. */
  static final String QUOTES = "SELECT article_id, quote_id, kind, span_begin, span_end, text, cue_begin, cue_end,"
      + " cue_text, speaker_begin, speaker_end, speaker_actor_id, speaker_name, addressee_actor_id, said_from,"
      + " said_until, said_precision, confidence FROM quotes";

  /** An article from article_id, url, source, title, published, language, text, origin, external_id. */
  static Article article(ResultSet rs) throws SQLException {
    String published = rs.getString(5);
    return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        published == null ? null : Published.parse(published), rs.getString(6), rs.getString(7), List.of(),
        rs.getString(8), rs.getString(9));
  }

  /** A quote, keyed by its article id, from a row of {@link #QUOTES}. */
  static Map.Entry<String, Quote> quote(ResultSet rs) throws SQLException {
    String precision = rs.getString(17);
    TimeInterval said = precision == null ? null
        : new TimeInterval(time(rs.getTimestamp(15)), time(rs.getTimestamp(16)), Precision.valueOf(precision));
    Quote q = new Quote(rs.getString(2), Quote.Kind.valueOf(rs.getString(3)), new TextSpan(rs.getInt(4), rs.getInt(5)),
        rs.getString(6), span(rs, 7), rs.getString(9), span(rs, 10), rs.getString(12), rs.getString(13),
        rs.getString(14), said, rs.getDouble(18));
    return Map.entry(rs.getString(1), q);
  }

  /** The span in columns {@code begin} and {@code begin + 1}, or null when they are null. */
  private static TextSpan span(ResultSet rs, int begin) throws SQLException {
    int b = rs.getInt(begin);
    if (rs.wasNull()) {
      return null;
    }
    return new TextSpan(b, rs.getInt(begin + 1));
  }

  private static java.time.LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}

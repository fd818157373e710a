package org.tidings.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

/** Small coded articles with quotes, built from the model records, for search tests. */
final class SearchArticles {
  private SearchArticles() {}

  static final String SUMMIT = "Leaders met in Geneva on Monday to discuss national security and trade. "
      + "\"National security is not negotiable,\" the German chancellor Olaf Scholz said after the talks. "
      + "Observers said the meeting was calm.";

  static final String HARVEST = "Farmers in Kansas reported a record wheat harvest. "
      + "The security of supply matters to the national economy, said the agriculture secretary Tom Vilsack. "
      + "Prices fell slightly.";

  static final String FLOOD = "Heavy rain flooded parts of Dhaka on Friday. "
      + "\"We need help now,\" said Sheikh Hasina, who promised national relief funds.";

  static Outcome.Coded summit() {
    return article(SUMMIT, "Geneva Post", LocalDate.of(2024, 3, 4), "National security talks",
        quote(SUMMIT, "Q1", "National security is not negotiable,", "Olaf Scholz"));
  }

  static Outcome.Coded harvest() {
    return article(HARVEST, "Farm Weekly", LocalDate.of(2024, 6, 10), "Record harvest",
        quote(HARVEST, "Q1", "The security of supply matters to the national economy", "Tom Vilsack"));
  }

  static Outcome.Coded flood() {
    return article(FLOOD, "Dhaka Tribune", LocalDate.of(2024, 7, 5), null,
        quote(FLOOD, "Q1", "We need help now,", "Sheikh Hasina"));
  }

  static Outcome.Coded article(String text, String source, LocalDate published, String title, Quote... quotes) {
    Article a = new Article(Article.idOf(text), "https://example.org/" + Article.idOf(text), source, title,
        published == null ? null : Published.of(published), "en", text, List.of(), source + ".txt", null);
    return new Outcome.Coded(Document.of(a).with(Layers.QUOTES, new ArrayList<>(List.of(quotes))), List.of());
  }

  static Quote quote(String text, String id, String words, String speaker) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return new Quote(id, Quote.Kind.DIRECT, new TextSpan(at, at + words.length()), words, null, null, null, null,
        speaker, null, null, 0.9);
  }
}

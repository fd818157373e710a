package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

class QuotesLayerLookupTest {
  private static final String TEXT =
      "Kabulov said Russia will invite the Taliban, and Lavrov said \"talks will start soon\" today.";

  private static Quote quote(String id, int begin, int end, String speaker) {
    return new Quote(id, Quote.Kind.REPORTED, new TextSpan(begin, end), TEXT.substring(begin, end),
        null, null, null, speaker, speaker, null, null, 0.9);
  }

  private static Document doc(List<Quote> quotes) {
    Article a = new Article(Article.idOf(TEXT), null, null, null, null, "en", TEXT, List.of(), "test", null);
    return Document.of(a).with(Layers.QUOTES, quotes);
  }

  @Test
  void theReportersOwnQuoteWinsElseTheInnermost() {
    int invite = TEXT.indexOf("invite");
    TextSpan trigger = new TextSpan(invite, invite + 6);
    Quote wide = quote("Q1", 0, TEXT.length(), "A9");
    Quote kabulov = quote("Q2", TEXT.indexOf("Russia"), TEXT.indexOf(", and"), "A1");
    Document d = doc(List.of(wide, kabulov));
    QuotesLayerLookup lookup = new QuotesLayerLookup();
    assertEquals("Q2", lookup.quoteIdFor(d, trigger, "A1"));
    assertEquals("Q2", lookup.quoteIdFor(d, trigger, null), "innermost when no reporter matches");
    assertEquals("Q1", lookup.quoteIdFor(d, trigger, "A9"));
  }

  @Test
  void aTriggerOutsideEveryQuoteHasNone() {
    TextSpan said = new TextSpan(8, 12);
    assertNull(new QuotesLayerLookup().quoteIdFor(doc(List.of(quote("Q1", 13, 43, "A1"))), said, "A1"));
  }

  @Test
  void theCoderRequiresTheQuotesLayerOnlyWithThisLookup() {
    assertEquals(true, new QuotesLayerLookup().requires().contains(Layers.QUOTES));
    assertEquals(true, QuoteLookup.NONE.requires().isEmpty());
  }
}

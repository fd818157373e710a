package org.tidings.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Quote;

/** Unbalanced marks, a 300-paragraph article and an article that is one long quote. */
class EdgeArticlesTest {

  @Test
  void unbalancedMarksStayInsideTheirParagraph() {
    Document doc = SpeakerRulesTest.run("\"This quote never closes, said the mayor.\n\n"
        + "The council met on Monday. \"Taxes will rise,\" Mayor Bill de Blasio said.\n\n"
        + "A stray mark\u201D here and an opening one \u201C there.");
    String text = doc.article().text();
    Quote taxes = SpeakerRulesTest.quote(doc, "Taxes will rise,");
    assertTrue(SpeakerRulesTest.speaker(doc, taxes).contains("de Blasio"));
    for (Quote q : doc.get(Layers.QUOTES)) {
      assertEquals(q.text(), q.span().of(text));
      assertTrue(q.text().indexOf('\n') < 0, () -> "quote runs over a paragraph: " + q);
    }
  }

  @Test
  void threeHundredParagraphs() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("\"Paragraph ").append(i).append(" matters to voters,\" Senator Jane Smith said.\n\n");
    }
    Document doc = SpeakerRulesTest.run(sb.toString());
    List<Quote> direct = doc.get(Layers.QUOTES).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    assertEquals(300, direct.size());
    assertTrue(direct.stream().allMatch(q -> q.speakerName() != null && q.speakerName().contains("Jane Smith")));
  }

  @Test
  void articleThatIsOneLongQuote() {
    StringBuilder sb = new StringBuilder("\u201C");
    for (int i = 0; i < 40; i++) {
      sb.append("We will build schools in district ").append(i).append(" and we will pay teachers more. ");
    }
    Document doc = SpeakerRulesTest.run(sb.toString().strip());
    List<Quote> quotes = doc.get(Layers.QUOTES);
    Quote whole = quotes.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
    assertTrue(whole.text().startsWith("We will build schools in district 0"));
    assertTrue(whole.text().endsWith("pay teachers more."));
    assertEquals(null, whole.speakerActorId(), "nobody is named: no speaker is invented");
  }
}

package org.tidings.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The windows SUTime is given: built here on hand-made tokens, no model loaded. */
class TimeCandidatesTest {

  /** One sentence per argument, tokens split on spaces; offsets as in the joined text. */
  private static Annotation document(String... sentences) {
    String text = String.join(" ", sentences);
    Annotation document = new Annotation(text);
    List<CoreMap> maps = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    int at = 0;
    for (String sentence : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String word : sentence.split(" ")) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setBeginPosition(at);
        token.setEndPosition(at + word.length());
        at += word.length() + 1;
        tokens.add(token);
      }
      CoreMap map = new ArrayCoreMap();
      map.set(CoreAnnotations.TokensAnnotation.class, tokens);
      map.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      map.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
      all.addAll(tokens);
      maps.add(map);
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, maps);
    document.set(CoreAnnotations.TokensAnnotation.class, all);
    document.set(CoreAnnotations.DocDateAnnotation.class, "2021-10-13");
    return document;
  }

  private static List<String> windowTexts(Annotation document) {
    return TimeCandidates.windowsThatMayHoldTime(document).get(CoreAnnotations.SentencesAnnotation.class).stream()
        .map(w -> w.get(CoreAnnotations.TextAnnotation.class))
        .toList();
  }

  @Test
  void aWindowKeepsFiveTokensBeforeATimeWordAndFourAfter() {
    Annotation doc =
        document("Officials of the ministry in the capital said last Wednesday that the plan had failed badly");
    assertEquals(List.of("in the capital said last Wednesday that the plan had"), windowTexts(doc));
  }

  @Test
  void nearbyTimeWordsShareOneWindowAndFarOnesGetTheirOwn() {
    Annotation doc =
        document(
            "The talks held between 2019 and 2020 collapsed after many rounds of bitter argument among the"
                + " delegates of both sides and resumed two weeks ago in Geneva");
    assertEquals(
        List.of("The talks held between 2019 and 2020 collapsed after many rounds",
            "both sides and resumed two weeks ago in Geneva"),
        windowTexts(doc));
  }

  @Test
  void numbersThatAreNoTimesAnchorNoWindowButTheSentenceGateKeepsThem() {
    Annotation doc = document("Prices rose 20 percent to $ 4.5 million .");
    assertEquals(List.of(), windowTexts(doc));
    assertEquals(1, TimeCandidates.sentencesThatMayHoldTime(doc).get(CoreAnnotations.SentencesAnnotation.class).size());
  }

  @Test
  void windowsStopAtTheSentenceEndAndSentencesWithoutTimeWordsAreLeftOut() {
    Annotation doc = document("Nothing to see here .", "It rained on October 20 , 2021 .", "Still nothing here .");
    assertEquals(List.of("It rained on October 20 , 2021 ."), windowTexts(doc));
  }

  @Test
  void aWindowCarriesTheDocumentsOwnTokensAndOffsets() {
    Annotation doc = document("Nothing here at all .", "Troops left on Friday .");
    CoreMap window = TimeCandidates.windowsThatMayHoldTime(doc).get(CoreAnnotations.SentencesAnnotation.class).get(0);
    CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(1);
    List<CoreLabel> tokens = window.get(CoreAnnotations.TokensAnnotation.class);
    assertSame(sentence.get(CoreAnnotations.TokensAnnotation.class).get(0), tokens.get(0));
    assertEquals(22, window.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    assertEquals(45, window.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    assertEquals(5, window.get(CoreAnnotations.TokenBeginAnnotation.class));
    assertEquals(10, window.get(CoreAnnotations.TokenEndAnnotation.class));
    assertEquals(1, window.get(CoreAnnotations.SentenceIndexAnnotation.class));
    assertEquals("2021-10-13", TimeCandidates.windowsThatMayHoldTime(doc).get(CoreAnnotations.DocDateAnnotation.class));
  }

  @Test
  void timeWordsAreListedWordsAndNumbersInATimesForm() {
    assertTrue(TimeCandidates.isTimeWord("1998"));
    assertTrue(TimeCandidates.isTimeWord("1990s"));
    assertTrue(TimeCandidates.isTimeWord("'98"));
    assertTrue(TimeCandidates.isTimeWord("10:35"));
    assertTrue(TimeCandidates.isTimeWord("10/20/2021"));
    assertTrue(TimeCandidates.isTimeWord("20th"));
    assertTrue(TimeCandidates.isTimeWord("mid-1990s"));
    assertTrue(TimeCandidates.isTimeWord("mid-November"));
    assertTrue(TimeCandidates.isTimeWord("Aug."));
    assertTrue(TimeCandidates.isTimeWord("Summers"));
    assertTrue(TimeCandidates.isTimeWord("Tuesday"));
    assertFalse(TimeCandidates.isTimeWord("news"));
    assertFalse(TimeCandidates.isTimeWord("20"));
    assertFalse(TimeCandidates.isTimeWord("4.5"));
    assertFalse(TimeCandidates.isTimeWord("two"));
    assertFalse(TimeCandidates.isTimeWord("ministry"));
  }
}

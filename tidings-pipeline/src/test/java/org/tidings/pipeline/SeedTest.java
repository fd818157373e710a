package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.Outcome;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;

/** The seed article's must-rows of {@code examples/seed/EXPECTED.md} that the foundation covers. */
@Tag(SharedCorpus.TAG)
class SeedTest {
  private static Outcome.Coded coded;

  /** The seed, read as the CLI reads it, annotated once per JVM. */
  static synchronized Outcome.Coded coded() {
    if (coded == null) {
      InputReader reader =
          new InputReader(
              new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS),
              new InputDefaults(SharedCorpus.SEED_TITLE, SharedCorpus.SEED_PUBLISHED, null, null));
      InputItem.Read read = assertInstanceOf(InputItem.Read.class, reader.readText(SharedCorpus.seed()));
      coded = assertInstanceOf(Outcome.Coded.class, TestPipelines.standard().run(read.article()));
    }
    return coded;
  }

  private static Document doc() {
    return coded().document();
  }

  /** The spans of "2 min read", "MENA", "Live Story" and the "[Getty]" caption line. */
  private static List<TextSpan> nonContent() {
    String text = doc().article().text();
    List<TextSpan> spans = new ArrayList<>();
    for (String needle : List.of("2 min read", "MENA", "Live Story")) {
      int at = text.indexOf(needle);
      assertTrue(at >= 0, needle);
      spans.add(new TextSpan(at, at + needle.length()));
    }
    int getty = text.indexOf("[Getty]");
    int lineStart = text.lastIndexOf('\n', getty) + 1;
    spans.add(new TextSpan(lineStart, getty + "[Getty]".length()));
    return spans;
  }

  @Test
  void residueAndCaptionAreSegmentedApart() {
    List<SegmentKind> kinds =
        doc().article().segments().stream().map(Segment::kind).filter(k -> k != SegmentKind.BODY).toList();
    assertEquals(
        List.of(SegmentKind.TITLE, SegmentKind.RESIDUE, SegmentKind.CAPTION, SegmentKind.RESIDUE, SegmentKind.RESIDUE),
        kinds);
    for (TextSpan span : nonContent()) {
      assertFalse(doc().article().isContent(span), span + " is not content");
    }
  }

  @Test
  void noMentionTimeOrSentenceTouchesResidueOrCaption() {
    for (TextSpan bad : nonContent()) {
      for (Mention m : doc().mentions()) {
        assertFalse(m.span().overlaps(bad), "mention " + m.span() + " " + m.text() + " overlaps " + bad);
      }
      for (TimeRef t : doc().times()) {
        assertFalse(t.span().overlaps(bad), "time " + t.span() + " " + t.text() + " overlaps " + bad);
      }
      for (var s : doc().sentences()) {
        assertFalse(s.span().overlaps(bad), "sentence " + s.span() + " overlaps " + bad);
      }
      for (var t : doc().tokens()) {
        assertFalse(t.span().overlaps(bad), "token " + t.span() + " " + t.text() + " overlaps " + bad);
      }
    }
  }

  @Test
  void gettyIsNotAMention() {
    assertTrue(doc().mentions().stream().noneMatch(m -> m.text().contains("Getty")), doc().mentions().toString());
  }

  @Test
  void namedPeopleAndPlacesAreFound() {
    List<String> found = doc().mentions().stream().map(m -> m.text() + " " + m.type()).toList();
    for (String expected :
        List.of("Vladimir Putin PERSON", "Saimumin Yatimov PERSON", "Paris LOCATION", "Emmanuel Macron PERSON",
            "Emomali Rakhmon PERSON", "Zamir Kabulov PERSON", "Tajikistan LOCATION", "Kabul LOCATION")) {
      assertTrue(found.contains(expected), expected + " not in " + found);
    }
  }

  @Test
  void everySpanMapsBackIntoTheText() {
    SpanChecks.assertAllInsideText(doc());
    String text = doc().article().text();
    for (Mention m : doc().mentions()) {
      assertEquals(m.span().of(text), m.text());
    }
    for (TimeRef t : doc().times()) {
      assertEquals(t.span().of(text), t.text());
    }
  }

  @Test
  void datedSeedHasNoWarnings() {
    assertEquals(List.of(), coded().warnings());
  }

  /** Only the values EXPECTED.md fixes; the rest of time resolution is tested in the time package. */
  @Test
  void timeValuesOfTheSeed() {
    Map<String, String> values = new LinkedHashMap<>();
    for (TimeRef t : doc().times()) {
      values.put(t.text(), t.value());
    }
    assertEquals("2021-10-13", values.get("Wednesday"), values.toString());
    assertEquals("2021-10-20", values.get("October 20"), values.toString());
    assertEquals("2021-W40", values.get("Last week"), values.toString());
    assertEquals("2021-10-13", values.get("Earlier Wednesday"), values.toString());
  }
}

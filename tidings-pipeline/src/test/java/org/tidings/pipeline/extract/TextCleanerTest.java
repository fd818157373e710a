package org.tidings.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.model.Article;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.SharedCorpus;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS);

  // ---- normalisation ----

  @Test
  void unicodeSpacesAndTabsBecomePlainSpaces() {
    assertEquals("about members", TextCleaner.normalise("about\u00A0members"));
    assertEquals("10 000 people", TextCleaner.normalise("10\u2009000\u202Fpeople"));
    assertEquals("a b c", TextCleaner.normalise("a\tb\u3000c"));
  }

  @Test
  void lineEndingsBecomeLf() {
    assertEquals("one\ntwo\nthree", TextCleaner.normalise("one\r\ntwo\rthree"));
    assertEquals("one\n\ntwo", TextCleaner.normalise("one\r\n\r\ntwo\r\n"));
  }

  @Test
  void zeroWidthAndControlCharactersAreRemoved() {
    assertEquals("Kremlin", TextCleaner.normalise("Kre\u200Bm\u200Dlin\uFEFF"));
    assertEquals("bell", TextCleaner.normalise("be\u0007ll\u0000"));
    assertEquals("soft", TextCleaner.normalise("so\u00ADft"));
  }

  @Test
  void blankLinesCollapseAndEdgesAreTrimmed() {
    assertEquals("first\n\nsecond", TextCleaner.normalise("\n\n  first  \n\n\n \t \n\n\nsecond\n\n"));
    assertEquals("a\nb", TextCleaner.normalise("a \nb"));
    assertEquals("indented", TextCleaner.normalise("\u00A0\u00A0 indented"));
  }

  @Test
  void otherLineBreaksEndALine() {
    assertEquals("one\ntwo\nthree\nfour\n\nfive", TextCleaner.normalise("one\ftwo\u2028three\u0085four\u2029\u000Bfive"));
  }

  @Test
  void composesToNfcAfterRemovingInvisibleCharacters() {
    assertEquals("caf\u00E9", TextCleaner.normalise("cafe\u0301"));
    assertEquals("caf\u00E9", TextCleaner.normalise("cafe\u200B\u0301"));
  }

  @Test
  void keepsEmojiAndRightToLeftText() {
    assertEquals("🇫🇷 Paris 👍🏽", TextCleaner.normalise("🇫🇷 Paris 👍🏽"));
    assertEquals("قال بوتين", TextCleaner.normalise("قال بوتين"));
  }

  // ---- clean(): rejections and metadata ----

  @Test
  void emptyAndBlankTextIsSkipped() {
    for (String blank : List.of("", "   ", "\n\u00A0\u200B\n\t")) {
      InputItem.Rejected r = assertInstanceOf(InputItem.Rejected.class, cleaner.clean(raw(blank, null, null)));
      assertEquals("empty text", r.reason());
      assertFalse(r.failed());
    }
  }

  @Test
  void tooLargeTextIsSkippedWithItsSize() {
    TextCleaner small = new TextCleaner(100);
    var r = assertInstanceOf(InputItem.Rejected.class, small.clean(raw("x".repeat(150), null, null)));
    assertEquals("text too large: 150 characters, limit 100", r.reason());
    var huge = assertInstanceOf(InputItem.Rejected.class, small.clean(raw("y".repeat(1_000_000), null, null)));
    assertEquals("text too large: 1,000,000 characters, limit 100", huge.reason());
    assertThrows(IllegalArgumentException.class, () -> new TextCleaner(0));
  }

  @Test
  void unparseableDateFailsNamingTheValue() {
    var r = assertInstanceOf(InputItem.Rejected.class, cleaner.clean(raw("Text.", null, "2021-13-45")));
    assertTrue(r.failed());
    assertTrue(r.reason().contains("'2021-13-45'"), r.reason());
  }

  @Test
  void missingDateGivesAnUndatedArticle() {
    Article a = read(cleaner.clean(raw("Text.", null, "  ")));
    assertNull(a.published());
  }

  @Test
  void metadataIsNormalisedAndDefaulted() {
    RawArticle raw =
        new RawArticle("in.txt", " ", "  ", "AFP ", "Putin\u00A0says", "2021-10-13", " EN ", "Body.");
    Article a = read(cleaner.clean(raw));
    assertEquals("Putin says", a.title());
    assertEquals("AFP", a.source());
    assertNull(a.url());
    assertNull(a.externalId());
    assertEquals("en", a.language());
    assertEquals(Article.idOf("Body."), a.id());
    assertEquals("in.txt", a.origin());
  }

  // ---- segments ----

  private static SegmentKind kind(String line, String title) {
    return TextCleaner.classify(new TextSpan(0, line.length()), line, title).kind();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 min read", "5 mins read", "10-minute read", "3 minutes read", "1 min"})
  void readingTimeNotesAreResidue(String line) {
    Segment s = TextCleaner.classify(new TextSpan(0, line.length()), line, null);
    assertEquals(SegmentKind.RESIDUE, s.kind());
    assertEquals("reading-time note", s.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MENA", "Live Story", "Advertisement", "Read more:", "SHARE", "Middle East", "World News"})
  void siteLabelsAreResidue(String line) {
    assertEquals(SegmentKind.RESIDUE, kind(line, null), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Russian Kremlin has previously warned about members of extremist groups exploiting political"
            + " turmoil in Afghanistan to cross into neighbouring countries as refugees [Getty]",
        "Emomali Rakhmon in Paris [AFP via Getty Images]",
        "Sirhan in 1969 (Image: CDCR)",
        "Rescuers at the site (Photo: Reuters)",
        "Protesters in Kabul. Getty Images"
      })
  void pictureCreditsAreCaptions(String line) {
    assertEquals(SegmentKind.CAPTION, kind(line, null), line);
  }

  @Test
  void firstLineEqualToTheTitleIsTitle() {
    String title = "Putin says militants from Iraq and Syria are entering Afghanistan";
    String text = title + "\n\nThe Kremlin also voiced concerns.";
    List<Segment> segments = TextCleaner.segments(text, title);
    assertEquals(SegmentKind.TITLE, segments.get(0).kind());
    assertEquals(new TextSpan(0, title.length()), segments.get(0).span());
    assertEquals(SegmentKind.BODY, segments.get(1).kind());
    assertEquals(SegmentKind.BODY, TextCleaner.segments(text, "Another title").get(0).kind());
    assertEquals(SegmentKind.BODY, TextCleaner.segments("Body.\n" + title, title).get(1).kind(), "only the first line");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Friday, January 4, 2019",
        "Tuesday, September 3, 2019",
        "He resigned.",
        "Nobody was hurt.",
        "\"We will win,\" he said.",
        "\"It was a good day,\" she recalls.",
        "\u201CWe are ready.\u201D",
        "Why now?",
        "Both countries share a border with Afghanistan.",
        "Jerry [O'Connell] and I are talking to NBC at the moment.",
        "Sources: Reuters, AFP.",
        "((WN))  What got you into cosplay modelling?",
        "((Dorsa Derakhshani))  I tend to analyse people which gets me in trouble sometimes. [laughs]",
        "((WN))  I believe in the announcements Mozilla mentioned how they had to choose [...]",
        "((WN))  Has that ever [happened to you?]",
        "The 90-minute match ended in a draw.",
        "It took 2 min."
      })
  void bodyLinesStayBody(String line) {
    assertEquals(SegmentKind.BODY, kind(line, null), line);
  }

  @Tag(SharedCorpus.TAG)
  @Test
  void theSeedIsSegmentedAsAReaderWould() throws Exception {
    String text = Files.readString(SharedCorpus.seed());
    Article a = read(cleaner.clean(raw(text, SharedCorpus.SEED_TITLE, SharedCorpus.SEED_PUBLISHED)));
    List<String> nonBody = new ArrayList<>();
    for (Segment s : a.segments()) {
      if (s.kind() != SegmentKind.BODY) {
        nonBody.add(s.kind() + " " + s.span().of(a.text()));
      }
    }
    assertEquals(
        List.of(
            "TITLE " + SharedCorpus.SEED_TITLE,
            "RESIDUE 2 min read",
            "CAPTION The Russian Kremlin has previously warned about members of extremist groups exploiting"
                + " political turmoil in Afghanistan to cross into neighbouring countries as refugees [Getty]",
            "RESIDUE MENA",
            "RESIDUE Live Story"),
        nonBody);
    assertFalse(a.text().contains("\u00A0"), "no non-breaking space is left");
  }

  /**
   * Real news prose must not be lost as residue: on every Wikinews article no line over 60
   * characters is residue. Prints what is classed non-body so a reader can eyeball it.
   */
  @Tag(SharedCorpus.TAG)
  @Test
  void wikinewsLinesAreNotTakenForResidue() {
    Path corpus = SharedCorpus.wikinews();
    InputReader reader = new InputReader(cleaner, InputDefaults.NONE);
    List<InputItem> items = reader.readAll(corpus);
    assertEquals(293, items.size());
    List<String> longResidue = new ArrayList<>();
    int lines = 0;
    for (InputItem item : items) {
      Article a = read(item);
      for (Segment s : a.segments()) {
        lines++;
        String line = s.span().of(a.text());
        if (s.kind() != SegmentKind.BODY) {
          System.out.println("[non-body] " + a.externalId() + " " + s.kind() + " (" + s.reason() + ") "
              + (line.length() > 120 ? line.substring(0, 120) + "..." : line));
        }
        if (s.kind() == SegmentKind.RESIDUE && line.length() > 60) {
          longResidue.add(a.externalId() + ": " + line);
        }
        if (s.kind() == SegmentKind.TITLE) {
          assertEquals(a.title(), line.strip());
        }
      }
    }
    assertTrue(lines > 2000, "read " + lines + " lines");
    assertEquals(List.of(), longResidue);
  }

  /** Datelines and bracketed remarks in interviews are body text, not captions or residue. */
  @Tag(SharedCorpus.TAG)
  @Test
  void wikinewsDatelinesAndInterviewLinesStayBody() {
    InputReader reader = new InputReader(cleaner, InputDefaults.NONE);
    int datelines = 0;
    for (InputItem item : reader.readAll(SharedCorpus.wikinews())) {
      Article a = read(item);
      for (Segment s : a.segments()) {
        String line = s.span().of(a.text());
        if (line.matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, \\d{4}")) {
          datelines++;
          assertEquals(SegmentKind.BODY, s.kind(), line);
        }
        if (line.startsWith("((")) {
          assertEquals(SegmentKind.BODY, s.kind(), a.externalId() + ": " + line);
        }
      }
    }
    assertTrue(datelines > 150, "saw " + datelines + " datelines");
  }

  /** Property: for any text, segments lie inside it, in order, without overlapping, on whole lines. */
  @Test
  void segmentsOfRandomTextMapBackIntoTheText() {
    Random random = new Random(20211013);
    String alphabet = "ab Z.[]()\"“”\n\n\r\t\u00A0\u200B\u2009é🇫🇷ق0123456789:-|MENA";
    for (int round = 0; round < 2000; round++) {
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        int cp = random.nextInt(10) == 0 ? random.nextInt(0x3000) : alphabet.codePointAt(
            alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
        raw.appendCodePoint(cp);
      }
      String title = random.nextBoolean() ? null : raw.toString().split("\n", 2)[0];
      InputItem item = cleaner.clean(raw(raw.toString(), title, "2021-10-13"));
      if (item instanceof InputItem.Rejected r) {
        assertEquals("empty text", r.reason());
        assertTrue(TextCleaner.normalise(raw.toString()).isBlank());
        continue;
      }
      Article a = read(item);
      String text = a.text();
      assertEquals(text, TextCleaner.normalise(text), "normalising is idempotent");
      int previousEnd = 0;
      for (Segment s : a.segments()) {
        TextSpan span = s.span();
        assertTrue(span.end() <= text.length(), span + " outside " + text.length());
        assertTrue(span.begin() >= previousEnd, "segments overlap or go backwards at " + span);
        assertFalse(span.isEmpty());
        assertTrue(span.begin() == 0 || text.charAt(span.begin() - 1) == '\n', "starts a line: " + span);
        assertTrue(span.end() == text.length() || text.charAt(span.end()) == '\n', "ends a line: " + span);
        assertFalse(span.of(text).contains("\n"));
        previousEnd = span.end();
      }
      long nonEmptyLines = text.lines().filter(l -> !l.isEmpty()).count();
      assertEquals(nonEmptyLines, a.segments().size(), "one segment per non-empty line");
    }
  }

  private static RawArticle raw(String text, String title, String published) {
    return new RawArticle("test", null, null, null, title, published, null, text);
  }

  private static Article read(InputItem item) {
    if (item instanceof InputItem.Rejected r) {
      throw new AssertionError("rejected: " + r.reason());
    }
    return ((InputItem.Read) item).article();
  }
}

package org.tidings.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Precision;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;

/** Each rule on a hand-built sentence; expectations read {@code [span) text TYPE value}. */
class TimeResolverTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 10, 13);

  private final TimeResolver resolver = new TimeResolver();

  private String times(HandDocument document) {
    Document resolved = resolver.process(document.build());
    return resolved.times().stream()
        .map(t -> t.span() + " " + t.text() + " " + t.type() + " " + t.value())
        .collect(Collectors.joining("\n"));
  }

  private TimeRef only(HandDocument document) {
    List<TimeRef> times = resolver.process(document.build()).times();
    assertEquals(1, times.size(), times::toString);
    return times.get(0);
  }

  @Test
  void pastTenseNeverPutsAWeekdayAfterPublication() {
    // SUTime's forward guess 2021-10-15 is what a past-tense "said Friday" must not become.
    HandDocument doc =
        new HandDocument("Officials/NNS said/VBD Friday/NNP that/IN talks/NNS failed/VBD ./.", WEDNESDAY)
            .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:tmod", 1, 2)
            .timex("Friday", TimexType.DATE, "2021-10-15");
    assertEquals("[15,21) Friday DATE 2021-10-08", times(doc));
  }

  @Test
  void futureTenseTakesTheComingWeekday() {
    HandDocument doc =
        new HandDocument("The/DT ministers/NNS will/MD meet/VB on/IN Friday/NNP ./.", WEDNESDAY)
            .arc("root", -1, 3).arc("nsubj", 3, 1).arc("aux", 3, 2).arc("obl:on", 3, 5).arc("case", 5, 4)
            .timex("Friday", TimexType.DATE, "2021-10-08");
    assertEquals("[27,33) Friday DATE 2021-10-15", times(doc));
  }

  @Test
  void theWeekdayOfPublicationIsThatDay() {
    HandDocument doc =
        new HandDocument("Putin/NNP said/VBD Wednesday/NNP ./.", WEDNESDAY)
            .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:tmod", 1, 2)
            .timex("Wednesday", TimexType.DATE, "2021-10-20");
    TimeRef wednesday = only(doc);
    assertEquals("2021-10-13", wednesday.value());
    assertEquals(
        new TimeInterval(
            LocalDateTime.parse("2021-10-13T00:00"), LocalDateTime.parse("2021-10-14T00:00"), Precision.DAY),
        wednesday.resolved());
  }

  @Test
  void withoutAParseTheNearestVerbGivesTheTense() {
    HandDocument doc =
        new HandDocument("He/PRP said/VBD Friday/NNP ./.", WEDNESDAY)
            .timex("Friday", TimexType.DATE, "2021-10-15");
    assertEquals("2021-10-08", only(doc).value());
  }

  @Test
  void untilLooksAhead() {
    HandDocument doc =
        new HandDocument("The/DT deadline/NN runs/VBZ until/IN Friday/NNP ./.", WEDNESDAY)
            .arc("root", -1, 2).arc("nsubj", 2, 1).arc("obl:until", 2, 4)
            .timex("Friday", TimexType.DATE, "2021-10-08");
    assertEquals("2021-10-15", only(doc).value());
  }

  @Test
  void aBareMonthDayTakesThePublicationYear() {
    HandDocument doc =
        new HandDocument("Talks/NNS are/VBP scheduled/VBN for/IN October/NNP 20/CD ./.", WEDNESDAY)
            .arc("root", -1, 2).arc("aux:pass", 2, 1).arc("obl:for", 2, 4).arc("nummod", 4, 5)
            .timex("October 20", TimexType.DATE, "XXXX-10-20");
    TimeRef october = only(doc);
    assertEquals("2021-10-20", october.value());
    assertEquals(Precision.DAY, october.resolved().precision());
  }

  @Test
  void aPastMonthIsNotPutAfterPublication() {
    HandDocument doc =
        new HandDocument("Sales/NNS fell/VBD in/IN December/NNP ./.", WEDNESDAY)
            .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:in", 1, 3)
            .timex("December", TimexType.DATE, "2021-12");
    assertEquals("2020-12", only(doc).value());
  }

  @Test
  void lastWeekIsTheIsoWeekBeforePublication() {
    HandDocument doc =
        new HandDocument("Last/JJ week/NN the/DT envoy/NN said/VBD ./.", WEDNESDAY)
            .arc("root", -1, 4).arc("obl:tmod", 4, 1).arc("amod", 1, 0).arc("nsubj", 4, 3)
            .timex("Last week", TimexType.DATE, "2021-W40");
    TimeRef week = only(doc);
    assertEquals("2021-W40", week.value());
    assertEquals(
        new TimeInterval(
            LocalDateTime.parse("2021-10-04T00:00"), LocalDateTime.parse("2021-10-11T00:00"), Precision.WEEK),
        week.resolved());
  }

  @Test
  void previouslyStaysAnOpenPast() {
    HandDocument doc =
        new HandDocument("The/DT republics/NNS have/VBP previously/RB been/VBN targeted/VBN ./.", WEDNESDAY)
            .arc("root", -1, 5).arc("aux", 5, 2).arc("advmod", 5, 3).arc("aux:pass", 5, 4)
            .timex("previously", TimexType.DATE, "PAST_REF");
    TimeRef previously = only(doc);
    assertEquals("PAST_REF", previously.value());
    assertEquals(new TimeInterval(null, WEDNESDAY.atStartOfDay(), Precision.PAST), previously.resolved());
  }

  @Test
  void previouslyBeforeAParticipleOfANounIsNoTime() {
    HandDocument doc =
        new HandDocument("a/DT previously/RB announced/VBN plan/NN", WEDNESDAY)
            .timex("previously", TimexType.DATE, "PAST_REF");
    assertEquals("", times(doc));
  }

  @Test
  void agoTakesTheGranularityOfItsUnit() {
    HandDocument doc =
        new HandDocument("It/PRP opened/VBD two/CD years/NNS ago/RB and/CC closed/VBD six/CD weeks/NNS ago/RB ./.", WEDNESDAY)
            .timex("two years ago", TimexType.DATE, "2019-10-13")
            .timex("six weeks ago", TimexType.DATE, "2021-09-01");
    assertEquals(
        "[10,23) two years ago DATE 2019\n[35,48) six weeks ago DATE 2021-W35", times(doc));
  }

  @Test
  void vagueAgoIsAnUnanchoredPast() {
    HandDocument doc =
        new HandDocument("It/PRP opened/VBD several/JJ years/NNS ago/RB ./.", WEDNESDAY)
            .timex("several years ago", TimexType.DATE, "2018-10-13");
    assertEquals("PAST_REF", only(doc).value());
  }

  @Test
  void earningsQuartersFollowTheReport() {
    // Published in October: "the quarter" is the third; "a year earlier" and "the year-earlier
    // quarter" (SUTime saw only "the year") are the third quarter of 2020.
    HandDocument doc =
        new HandDocument(
                "Profit/NN rose/VBD in/IN the/DT quarter/NN from/IN a/DT year/NN earlier/RBR and/CC"
                    + " the/DT year-earlier/JJ quarter/NN ./.",
                WEDNESDAY)
            .timex("a year earlier", TimexType.DATE, "2020-10-13")
            .timex("the year", TimexType.DATE, "2021");
    assertEquals(
        "[15,26) the quarter DATE 2021-Q3\n"
            + "[32,46) a year earlier DATE 2020-Q3\n"
            + "[51,75) the year-earlier quarter DATE 2020-Q3",
        times(doc));
  }

  @Test
  void agesAreNoTimes() {
    HandDocument doc =
        new HandDocument("The/DT 6-year-old/JJ boy/NN ./.", WEDNESDAY)
            .timex("6-year-old", TimexType.DURATION, "P6Y");
    assertEquals("", times(doc));
  }

  @Test
  void decadesAreWrittenAsTimeMlDoes() {
    HandDocument doc =
        new HandDocument("In/IN the/DT 1990s/NNS ./.", WEDNESDAY)
            .timex("1990s", TimexType.SET, "199X");
    TimeRef decade = only(doc);
    assertEquals(TimexType.DATE, decade.type());
    assertEquals("199", decade.value());
    assertEquals(Precision.DECADE, decade.resolved().precision());
  }

  @Test
  void quarterDurationsCountQuarters() {
    HandDocument doc =
        new HandDocument("over/IN the/DT past/JJ two/CD quarters/NNS", WEDNESDAY)
            .timex("the past two quarters", TimexType.DURATION, "P6M");
    assertEquals("P2Q", only(doc).value());
  }

  @Test
  void aYearLeftOpenByTheAnnotatorIsThePublicationYear() {
    HandDocument doc =
        new HandDocument("The/DT plan/NN starts/VBZ in/IN spring/NN ./.", WEDNESDAY)
            .timex("spring", TimexType.DATE, "XXXX-SP");
    assertEquals("2021-SP", only(doc).value());
  }

  @Test
  void withoutPublicationDateValuesStayUnanchored() {
    HandDocument doc =
        new HandDocument("Officials/NNS said/VBD Friday/NNP ./.", null)
            .timex("Friday", TimexType.DATE, "XXXX-WXX-5");
    TimeRef friday = only(doc);
    assertEquals("XXXX-WXX-5", friday.value());
    assertNull(friday.resolved());
  }
}

package org.tidings.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;

/**
 * The rules that follow TempEval-3's gold conventions (added to reach value F1 on TBAQ-cleaned),
 * each on a hand-built sentence; expectations read {@code [span) text TYPE value}.
 */
class TimeMlGoldConventionsTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 10, 13);

  private final TimeResolver resolver = new TimeResolver();

  private String times(HandDocument document) {
    return resolver.process(document.build()).times().stream()
        .map(t -> t.span() + " " + t.text() + " " + t.type() + " " + t.value())
        .collect(Collectors.joining("\n"));
  }

  private TimeRef only(HandDocument document) {
    List<TimeRef> times = resolver.process(document.build()).times();
    assertEquals(1, times.size(), times::toString);
    return times.get(0);
  }

  @Test
  void previouslyInsideAPastClauseIsNoTime() {
    HandDocument doc =
        new HandDocument("The/DT government/NN previously/RB said/VBD the/DT bid/NN failed/VBD ./.", WEDNESDAY)
            .timex("previously", TimexType.DATE, "PAST_REF");
    assertEquals("", times(doc));
  }

  @Test
  void previouslyOpeningAPastSentenceIsNoTime() {
    HandDocument doc =
        new HandDocument("Previously/RB ,/, the/DT company/NN advertised/VBD ./.", WEDNESDAY)
            .timex("Previously", TimexType.DATE, "PAST_REF");
    assertEquals("", times(doc));
  }

  @Test
  void previouslyOpeningAPresentPerfectSentenceStays() {
    HandDocument doc =
        new HandDocument("Previously/RB the/DT Iraqis/NNPS have/VBP resisted/VBN ./.", WEDNESDAY)
            .timex("Previously", TimexType.DATE, "PAST_REF");
    assertEquals("PAST_REF", only(doc).value());
  }

  @Test
  void previouslyWithThePresentPerfectStays() {
    HandDocument doc =
        new HandDocument("The/DT Kremlin/NNP has/VBZ previously/RB warned/VBN ./.", WEDNESDAY)
            .timex("previously", TimexType.DATE, "PAST_REF");
    assertEquals("PAST_REF", only(doc).value());
  }

  @Test
  void futureBeforeANounIsNoTime() {
    HandDocument doc =
        new HandDocument("It/PRP is/VBZ confident/JJ about/IN future/JJ earnings/NNS ./.", WEDNESDAY)
            .timex("future", TimexType.DATE, "FUTURE_REF");
    assertEquals("", times(doc));
  }

  @Test
  void theFutureStays() {
    HandDocument doc =
        new HandDocument("They/PRP worry/VBP about/IN the/DT future/NN ./.", WEDNESDAY)
            .timex("the future", TimexType.DATE, "FUTURE_REF");
    assertEquals("FUTURE_REF", only(doc).value());
  }

  @Test
  void clockTimesLoseTheirZone() {
    HandDocument doc =
        new HandDocument("The/DT offer/NN expires/VBZ at/IN 5/CD p.m./NN EST/NNP ,/, Oct./NNP 20/CD ./.", WEDNESDAY)
            .timex("5 p.m. EST, Oct. 20", TimexType.TIME, "2021-10-20T17:00-0500");
    assertEquals("2021-10-20T17:00", only(doc).value());
  }

  @Test
  void aWeekdayWithTheDateChoosesTheYear() {
    // 2021-10-26 is a Tuesday; the past tense alone would have put it in 2020.
    HandDocument doc =
        new HandDocument("An/DT editorial/NN ran/VBD on/IN Tuesday/NNP ,/, Oct./NNP 26/CD ./.", WEDNESDAY)
            .arc("root", -1, 2).arc("nsubj", 2, 1).arc("obl", 2, 4).arc("case", 4, 3)
            .timex("Tuesday, Oct. 26", TimexType.DATE, "2021-10-26");
    assertEquals("2021-10-26", only(doc).value());
  }

  @Test
  void withoutTenseAMonthLeansToThePast() {
    // "the year ended March 31" in October: March 2022 is nearer, but counts 90 days farther.
    HandDocument doc =
        new HandDocument("Revenue/NN for/IN the/DT year/NN ended/VBN March/NNP 31/CD ./.", WEDNESDAY)
            .timex("March 31", TimexType.DATE, "2022-03-31");
    assertEquals("2021-03-31", only(doc).value());
  }

  @Test
  void aDeadlineMovedInAPastClauseKeepsItsYear() {
    HandDocument doc =
        new HandDocument("The/DT offer/NN was/VBD extended/VBN to/TO Nov./NNP 16/CD ./.", WEDNESDAY)
            .arc("root", -1, 3).arc("nsubj:pass", 3, 1).arc("aux:pass", 3, 2).arc("obl", 3, 5).arc("case", 5, 4)
            .timex("Nov. 16", TimexType.DATE, "2021-11-16");
    assertEquals("2021-11-16", only(doc).value());
  }

  @Test
  void aHolidayInAPastClauseIsTheLastOne() {
    HandDocument doc =
        new HandDocument("He/PRP was/VBD found/VBN on/IN Thanksgiving/NNP Day/NNP ./.", LocalDate.of(2000, 1, 7))
            .arc("root", -1, 2).arc("nsubj:pass", 2, 0).arc("aux:pass", 2, 1).arc("obl", 2, 5)
            .arc("case", 5, 3).arc("compound", 5, 4)
            .timex("Thanksgiving Day", TimexType.DATE, "2000-11-23");
    assertEquals("1999-11-25", only(doc).value());
  }

  @Test
  void aQuarterWithoutTenseIsTheOneJustReported() {
    HandDocument doc =
        new HandDocument("Profits/NNS for/IN the/DT fourth/JJ quarter/NN dropped/VBD ./.", LocalDate.of(1998, 1, 26))
            .timex("the fourth quarter", TimexType.DATE, "1998-Q4");
    assertEquals("1997-Q4", only(doc).value());
  }

  @Test
  void aDurationLaterIsTheAmountOfTime() {
    HandDocument doc =
        new HandDocument("Three/CD days/NNS later/RB ,/, the/DT index/NN fell/VBD ./.", WEDNESDAY)
            .timex("Three days later", TimexType.DATE, "2021-10-16");
    assertEquals("[0,10) Three days DURATION P3D", times(doc));
  }

  @Test
  void theFirstMonthsOfAYearAreADuration() {
    HandDocument doc =
        new HandDocument("Sales/NNS rose/VBD in/IN the/DT first/JJ nine/CD months/NNS of/IN 2021/CD ./.", WEDNESDAY)
            .timex("the first nine months of 2021", TimexType.DATE, "2021");
    assertEquals("[14,35) the first nine months DURATION P9M", times(doc));
  }

  @Test
  void yearEndIsTheEndOfThePublicationYear() {
    HandDocument doc =
        new HandDocument("The/DT deal/NN will/MD close/VB by/IN year-end/NN ./.", WEDNESDAY)
            .arc("root", -1, 3).arc("nsubj", 3, 1).arc("aux", 3, 2).arc("obl", 3, 5).arc("case", 5, 4)
            .timex("year", TimexType.DURATION, "P1Y");
    assertEquals("[23,31) year-end DATE 2021", times(doc));
  }

  @Test
  void thePastYearIsTheYearBefore() {
    HandDocument doc =
        new HandDocument("Prices/NNS rose/VBD in/IN the/DT past/JJ year/NN ./.", WEDNESDAY)
            .timex("the past year", TimexType.DATE, "2021");
    assertEquals("2020", only(doc).value());
  }

  @Test
  void theQuarterAYearAgoIsThatQuarterOfLastYear() {
    HandDocument doc =
        new HandDocument("Net/NN rose/VBD from/IN the/DT quarter/NN a/DT year/NN ago/RB ./.", WEDNESDAY)
            .timex("the quarter a year ago", TimexType.DATE, "2020-Q4");
    assertEquals("2020-Q3", only(doc).value());
  }

  @Test
  void aNamedDaysNightIsThatDay() {
    HandDocument doc =
        new HandDocument("Crowds/NNS rallied/VBD Monday/NNP night/NN ./.", WEDNESDAY)
            .arc("root", -1, 1).arc("nsubj", 1, 0).arc("obl:tmod", 1, 3).arc("compound", 3, 2)
            .timex("Monday night", TimexType.TIME, "2021-10-18TNI");
    TimeRef night = only(doc);
    assertEquals(TimexType.DATE, night.type());
    assertEquals("2021-10-11", night.value());
  }

  @Test
  void tonightKeepsItsPartOfDay() {
    HandDocument doc =
        new HandDocument("He/PRP will/MD speak/VB tonight/NN ./.", WEDNESDAY)
            .timex("tonight", TimexType.TIME, "2021-10-13TNI");
    assertEquals("2021-10-13TNI", only(doc).value());
  }

  @Test
  void aCountAndAHalfBeforeABareUnitIsCounted() {
    HandDocument doc =
        new HandDocument("They/PRP lived/VBD in/IN camps/NNS for/IN 2/CD 1/2/CD years/NNS ./.", WEDNESDAY)
            .timex("years", TimexType.DURATION, "PXY");
    assertEquals("[24,35) 2 1/2 years DURATION P2Y6M", times(doc));
  }

  @Test
  void moreBetweenCountAndUnitIsCounted() {
    HandDocument doc =
        new HandDocument("He/PRP will/MD stay/VB for/IN at/IN least/JJS two/CD more/JJR weeks/NNS ./.", WEDNESDAY)
            .timex("weeks", TimexType.DURATION, "PXW");
    TimeRef weeks = only(doc);
    assertEquals("two more weeks", weeks.text());
    assertEquals("P2W", weeks.value());
  }

  @Test
  void aBareUnitWithoutACountStaysVague() {
    HandDocument doc =
        new HandDocument("It/PRP has/VBZ waited/VBN for/IN years/NNS ./.", WEDNESDAY)
            .timex("years", TimexType.DURATION, "PXY");
    assertEquals("PXY", only(doc).value());
  }

  @Test
  void thatYearIsTheLastYearWrittenBeforeIt() {
    HandDocument doc =
        new HandDocument("He/PRP fled/VBD in/IN June/NNP 1998/CD and/CC returned/VBD later/RB that/DT year/NN ./.", WEDNESDAY)
            .timex("June 1998", TimexType.DATE, "1998-06")
            .timex("year", TimexType.DURATION, "P1Y");
    assertEquals("[11,20) June 1998 DATE 1998-06\n[40,49) that year DATE 1998", times(doc));
  }

  @Test
  void thatYearWithNoYearBeforeItIsLeftAlone() {
    HandDocument doc =
        new HandDocument("Sales/NNS fell/VBD that/DT year/NN ./.", WEDNESDAY)
            .timex("year", TimexType.DURATION, "P1Y");
    assertEquals("P1Y", only(doc).value());
  }

  @Test
  void theNextSeveralDaysIsAnAmountOfTime() {
    HandDocument doc =
        new HandDocument("Talks/NNS continue/VBP over/IN the/DT next/JJ several/JJ days/NNS ./.", WEDNESDAY)
            .timex("the next several days", TimexType.DATE, "2021-10-13/2021-10-14");
    TimeRef days = only(doc);
    assertEquals(TimexType.DURATION, days.type());
    assertEquals("PXD", days.value());
  }

  @Test
  void aTimeNounCapitalisedInsideASentenceIsATitle() {
    HandDocument doc =
        new HandDocument("Baker/NNP said/VBD on/IN ABC/NNP 's/POS This/DT Week/NNP that/IN talks/NNS failed/VBD ./.", WEDNESDAY)
            .timex("This Week", TimexType.DATE, "2021-W41");
    assertEquals("", times(doc));
    HandDocument show =
        new HandDocument("He/PRP spoke/VBD on/IN CBS/NNP 's/POS 60/CD Minutes/NNPS ./.", WEDNESDAY)
            .timex("60 Minutes", TimexType.DURATION, "PT60M");
    assertEquals("", times(show));
  }

  @Test
  void aCapitalisedTimeNounOpeningASentenceStays() {
    HandDocument doc =
        new HandDocument("Noon/NN came/VBD and/CC went/VBD ./.", WEDNESDAY)
            .timex("Noon", TimexType.TIME, "2021-10-13T12:00");
    assertEquals("2021-10-13T12:00", only(doc).value());
  }

  @Test
  void aFutureClauseMayNameADateJustBeforePublication() {
    HandDocument doc =
        new HandDocument("Monitors/NNS will/MD enforce/VB the/DT Oct./NNP 2/CD accord/NN ./.", WEDNESDAY)
            .timex("Oct. 2", TimexType.DATE, "XXXX-10-02");
    assertEquals("2021-10-02", only(doc).value());
  }

  @Test
  void aFutureClauseStillPutsADateMonthsBackAhead() {
    HandDocument doc =
        new HandDocument("They/PRP will/MD meet/VB on/IN Aug./NNP 2/CD ./.", WEDNESDAY)
            .timex("Aug. 2", TimexType.DATE, "XXXX-08-02");
    assertEquals("2022-08-02", only(doc).value());
  }

  @Test
  void aPeriodThatEndedOnADateEndedBeforePublication() {
    HandDocument doc =
        new HandDocument("Sales/NNS for/IN the/DT year/NN ended/VBN Oct./NNP 31/CD will/MD rise/VB ./.", WEDNESDAY)
            .timex("Oct. 31", TimexType.DATE, "XXXX-10-31");
    assertEquals("2020-10-31", only(doc).value());
  }

  @Test
  void aSpokenDecadeIsTheLatestOneBegunByPublication() {
    HandDocument doc =
        new HandDocument("Crime/NN fell/VBD through/IN the/DT nineties/NNS ./.", WEDNESDAY)
            .timex("nineties", TimexType.SET, "XX9X");
    TimeRef nineties = only(doc);
    assertEquals(TimexType.DATE, nineties.type());
    assertEquals("199", nineties.value());
    HandDocument twenties =
        new HandDocument("Prices/NNS rose/VBD in/IN the/DT twenties/NNS ./.", WEDNESDAY)
            .timex("twenties", TimexType.SET, "XX2X");
    assertEquals("202", only(twenties).value());
  }

  // Fourth pass.

  @Test
  void aYearEarlierBesideNineMonthsIsTheYearNotTheQuarter() {
    HandDocument doc =
        new HandDocument(
                "Third-quarter/JJ profit/NN rose/VBD ./. For/IN the/DT nine/CD months/NNS ,/, net/NN"
                    + " rose/VBD from/IN $/$ 5/CD million/CD a/DT year/NN earlier/RBR ./.",
                WEDNESDAY)
            .sentenceFrom(4)
            .timex("a year earlier", TimexType.DATE, "2020-10-13");
    assertEquals("2020", only(doc).value());
  }

  @Test
  void aYearEarlierInAQuarterlyReportIsStillTheQuarter() {
    HandDocument doc =
        new HandDocument(
                "Third-quarter/JJ profit/NN rose/VBD ./. Net/NN rose/VBD from/IN $/$ 5/CD million/CD"
                    + " a/DT year/NN earlier/RBR ./.",
                WEDNESDAY)
            .sentenceFrom(4)
            .timex("a year earlier", TimexType.DATE, "2020-10-13");
    assertEquals("2020-Q3", only(doc).value());
  }

  @Test
  void headquartersAndAQuarterCenturyAreNoQuarters() {
    HandDocument doc =
        new HandDocument(
                "Its/PRP$ headquarters/NNS moved/VBD ./. Sales/NNS rose/VBD from/IN a/DT year/NN"
                    + " earlier/RBR ,/, near/IN its/PRP$ quarter-century/JJ low/NN ./.",
                WEDNESDAY)
            .sentenceFrom(4)
            .timex("a year earlier", TimexType.DATE, "2020-10-13");
    // Neither "its quarter" (of "quarter-century") is found, nor is the year read as a quarter.
    assertEquals("[40,54) a year earlier DATE 2020", times(doc));
  }

  @Test
  void aWeekdayOfSomethingScheduledLiesAhead() {
    HandDocument doc =
        new HandDocument(
                "The/DT attorney/NN has/VBZ scheduled/VBN a/DT news/NN conference/NN Thursday/NNP ./.",
                WEDNESDAY)
            .arc("root", -1, 3).arc("nsubj", 3, 1).arc("det", 1, 0).arc("aux", 3, 2).arc("obj", 3, 6)
            .arc("det", 6, 4).arc("compound", 6, 5).arc("nmod:tmod", 6, 7)
            .timex("Thursday", TimexType.DATE, "XXXX-WXX-4");
    assertEquals("2021-10-14", only(doc).value());
  }

  @Test
  void aDateSetAsADeadlineLiesAheadButADaySomethingWasSetOnDoesNot() {
    HandDocument deadline =
        new HandDocument("Dunkin/NNP has/VBZ set/VBN Nov./NNP 10/CD as/IN the/DT deadline/NN ./.", WEDNESDAY)
            .arc("root", -1, 2).arc("nsubj", 2, 0).arc("aux", 2, 1).arc("obj", 2, 3).arc("nummod", 3, 4)
            .arc("obl", 2, 7).arc("case", 7, 5).arc("det", 7, 6)
            .timex("Nov. 10", TimexType.DATE, "XXXX-11-10");
    assertEquals("2021-11-10", only(deadline).value());
    HandDocument prices =
        new HandDocument("Prices/NNS were/VBD set/VBN Monday/NNP ./.", WEDNESDAY)
            .arc("root", -1, 2).arc("nsubj:pass", 2, 0).arc("aux:pass", 2, 1).arc("obl:tmod", 2, 3)
            .timex("Monday", TimexType.DATE, "XXXX-WXX-1");
    assertEquals("2021-10-11", only(prices).value());
  }

  @Test
  void aPlanInTheSimplePastKeepsThePastWeekday() {
    HandDocument doc =
        new HandDocument("On/IN Friday/NNP ,/, the/DT government/NN planned/VBD to/TO pay/VB claims/NNS ./.", WEDNESDAY)
            .arc("root", -1, 5).arc("obl", 5, 1).arc("case", 1, 0).arc("nsubj", 5, 4).arc("det", 4, 3)
            .arc("xcomp", 5, 7).arc("mark", 7, 6).arc("obj", 7, 8)
            .timex("Friday", TimexType.DATE, "XXXX-WXX-5");
    assertEquals("2021-10-08", only(doc).value());
  }

  @Test
  void theUnitOfARateIsNoTime() {
    HandDocument rate =
        new HandDocument("The/DT plan/NN saves/VBZ $/$ 2/CD million/CD a/DT year/NN ./.", WEDNESDAY)
            .timex("a year", TimexType.DURATION, "P1Y");
    assertEquals("", times(rate));
    HandDocument perNight =
        new HandDocument("Rooms/NNS cost/VBP $/$ 55/CD a/DT night/NN ./.", WEDNESDAY)
            .timex("night", TimexType.TIME, "2021-10-13TNI");
    assertEquals("", times(perNight));
    HandDocument frequency =
        new HandDocument("They/PRP meet/VBP twice/RB a/DT year/NN ./.", WEDNESDAY)
            .timex("a year", TimexType.SET, "P1Y");
    assertEquals("P1Y", only(frequency).value());
  }

  @Test
  void midMonthAndMidYearAreFound() {
    HandDocument month =
        new HandDocument("Results/NNS are/VBP due/JJ in/IN mid-November/NNP ./.", WEDNESDAY);
    assertEquals("[19,31) mid-November DATE 2021-11", times(month));
    HandDocument year =
        new HandDocument("The/DT group/NN split/VBD in/IN mid-1996/CD ./.", WEDNESDAY);
    assertEquals("[19,27) mid-1996 DATE 1996", times(year));
  }

  @Test
  void namesAndOrdinalsAreNoTimes() {
    HandDocument march =
        new HandDocument("Protesters/NNS joined/VBD the/DT annual/JJ March/NNP for/IN Life/NNP ./.", WEDNESDAY)
            .timex("the annual March", TimexType.SET, "XXXX-03");
    assertEquals("", times(march));
    HandDocument programme =
        new HandDocument("This/DT is/VBZ VOA/NNP Today/NNP ./.", WEDNESDAY)
            .timex("Today", TimexType.DATE, "2021-10-13");
    assertEquals("", times(programme));
    HandDocument ordinal =
        new HandDocument("It/PRP will/MD be/VB a/DT second/JJ betrayal/NN ./.", WEDNESDAY)
            .timex("a second", TimexType.DURATION, "PT1S");
    assertEquals("", times(ordinal));
    HandDocument lastMinute =
        new HandDocument("The/DT last-minute/JJ effort/NN failed/VBD ./.", WEDNESDAY)
            .timex("minute", TimexType.DURATION, "PT1M");
    assertEquals("", times(lastMinute));
    HandDocument compound =
        new HandDocument("The/DT quarter-to-quarter/JJ comparison/NN improved/VBD ./.", WEDNESDAY)
            .timex("The quarter", TimexType.DATE, "XXXX-QX");
    assertEquals("", times(compound));
    HandDocument lowercase =
        new HandDocument("He/PRP was/VBD arrested/VBN at/IN this/DT march/NN ./.", WEDNESDAY)
            .timex("this march", TimexType.DATE, "2021-03");
    assertEquals("", times(lowercase));
  }

  @Test
  void anAmountOfTimeAndItsDayAreTwoExpressions() {
    HandDocument doc =
        new HandDocument("She/PRP testified/VBD for/IN more/JJR than/IN four/CD hours/NNS Friday/NNP ./.", WEDNESDAY)
            .timex("more than four hours Friday", TimexType.DATE, "2021-10-15-WXX-5");
    assertEquals(
        "[18,38) more than four hours DURATION PT4H\n[39,45) Friday DATE 2021-10-08", times(doc));
  }

  @Test
  void theseDaysIsThePresent() {
    HandDocument doc =
        new HandDocument("Programs/NNS hurt/VBP more/RBR these/DT days/NNS ./.", WEDNESDAY)
            .timex("days", TimexType.DURATION, "PXD");
    assertEquals("[19,29) these days DATE PRESENT_REF", times(doc));
  }

  @Test
  void aPluralWeekdayRecurs() {
    HandDocument doc =
        new HandDocument("Flights/NNS will/MD leave/VB on/IN Tuesday/NNP nights/NNS ./.", WEDNESDAY)
            .timex("Tuesday nights", TimexType.TIME, "2021-10-19TNI");
    TimeRef nights = only(doc);
    assertEquals(TimexType.SET, nights.type());
    assertEquals("XXXX-WXX-2TNI", nights.value());
  }

  @Test
  void aFractionAndThePrepositionPastAreNoTimes() {
    HandDocument fraction =
        new HandDocument("Funds/NNS hold/VBP more/JJR than/IN a/DT quarter/NN of/IN the/DT market/NN ./.", WEDNESDAY)
            .timex("more than a quarter", TimexType.DURATION, "P1Q");
    assertEquals("", times(fraction));
    HandDocument preposition =
        new HandDocument("Talks/NNS will/MD continue/VB past/IN the/DT deadline/NN ./.", WEDNESDAY)
            .timex("past", TimexType.DATE, "PAST_REF");
    assertEquals("", times(preposition));
    HandDocument noun =
        new HandDocument("They/PRP forgot/VBD the/DT past/NN ./.", WEDNESDAY)
            .timex("the past", TimexType.DATE, "PAST_REF");
    assertEquals("PAST_REF", only(noun).value());
  }
}

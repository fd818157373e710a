package org.tidings.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidings.model.Precision;
import org.tidings.model.TimeInterval;

class TimexValuesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 10, 13);

  @ParameterizedTest(name = "{0} -> [{1}, {2}) {3}")
  @CsvSource({
    "2021-10-13,       2021-10-13T00:00, 2021-10-14T00:00, DAY",
    "2021-10,          2021-10-01T00:00, 2021-11-01T00:00, MONTH",
    "2021,             2021-01-01T00:00, 2022-01-01T00:00, YEAR",
    "2021-W40,         2021-10-04T00:00, 2021-10-11T00:00, WEEK",
    "2021-W40-3,       2021-10-06T00:00, 2021-10-07T00:00, DAY",
    "2021-W40-WE,      2021-10-09T00:00, 2021-10-11T00:00, DAY",
    "2021-Q3,          2021-07-01T00:00, 2021-10-01T00:00, QUARTER",
    "2021-H2,          2021-07-01T00:00, 2022-01-01T00:00, HALF_YEAR",
    "2021-SU,          2021-06-01T00:00, 2021-09-01T00:00, SEASON",
    "199,              1990-01-01T00:00, 2000-01-01T00:00, DECADE",
    "199X,             1990-01-01T00:00, 2000-01-01T00:00, DECADE",
    "19,               1900-01-01T00:00, 2000-01-01T00:00, CENTURY",
    "2021-10-13T08:30, 2021-10-13T08:30, 2021-10-13T08:31, MINUTE",
    "2021-10-13T08,    2021-10-13T08:00, 2021-10-13T09:00, HOUR",
    "2021-10-13TMO,    2021-10-13T06:00, 2021-10-13T12:00, PART_OF_DAY",
    "2021-10-13TNI,    2021-10-13T21:00, 2021-10-14T00:00, PART_OF_DAY",
    "PRESENT_REF,      2021-10-13T00:00, 2021-10-14T00:00, PRESENT",
  })
  void eachValueFormHasItsIntervalAndPrecision(String value, String begin, String end, Precision precision) {
    TimeInterval interval = TimexValues.interval(value, PUBLISHED);
    assertEquals(
        new TimeInterval(LocalDateTime.parse(begin), LocalDateTime.parse(end), precision), interval);
  }

  @Test
  void pastAndFutureAreOpenOnOneSide() {
    assertEquals(
        new TimeInterval(null, LocalDateTime.parse("2021-10-13T00:00"), Precision.PAST),
        TimexValues.interval("PAST_REF", PUBLISHED));
    assertEquals(
        new TimeInterval(LocalDateTime.parse("2021-10-14T00:00"), null, Precision.FUTURE),
        TimexValues.interval("FUTURE_REF", PUBLISHED));
  }

  @Test
  void referencesNeedAPublicationDate() {
    assertNull(TimexValues.interval("PAST_REF", null));
  }

  @ParameterizedTest
  @CsvSource({"XXXX-10-20", "P2M", "PXY", "2021-13", "2021-02-30", "''"})
  void valuesOffTheCalendarHaveNoInterval(String value) {
    assertNull(TimexValues.interval(value, PUBLISHED));
  }
}

package org.tidings.pipeline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidings.model.Published;

class PublicationDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-10-13T08:30:00+0200|2021-10-13T08:30:00+02:00",
        "2021-10-13T08:30:00.123Z|2021-10-13T08:30:00Z",
        "2021-10-13 08:30|2021-10-13T08:30:00",
        "2021-10-13|2021-10-13",
        "Tue, 17 Oct 2017 22:17:00 +0000|2017-10-17T22:17:00Z",
        "1508166600|2017-10-16T15:10:00Z",
        "2021-10-13T08:30:00-04:00 (updated)|2021-10-13",
      })
  void normalisesToWhatPublishedAccepts(String in, String out) {
    assertEquals(out, PublicationDates.normalise(in));
    Published.parse(out);
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "13.10.2021", "''",
    // years of five digits parse as ISO 8601 but no date form holds them (found by HtmlFuzzTest)
    "+10000-01-01T00:00:00Z", "+10000-01-01T00:00:00", "-0001-01-01T00:00:00Z"})
  void unreadableIsNull(String in) {
    assertNull(PublicationDates.normalise(in));
  }
}

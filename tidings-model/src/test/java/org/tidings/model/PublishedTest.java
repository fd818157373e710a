package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublishedTest {

  @Test
  void dateOnly() {
    Published p = Published.parse("2021-10-13");
    assertEquals(LocalDate.of(2021, 10, 13), p.date());
    assertNull(p.time());
    assertNull(p.offset());
    assertEquals("2021-10-13", p.toString());
  }

  @Test
  void dateTimeWithoutZone() {
    Published p = Published.parse("2021-10-13T08:30");
    assertEquals(LocalTime.of(8, 30), p.time());
    assertNull(p.offset());
    assertEquals("2021-10-13T08:30", p.toString());
  }

  @Test
  void spaceInPlaceOfTAndSurroundingBlanks() {
    assertEquals(Published.parse("2021-10-13T08:30:15"), Published.parse("  2021-10-13 08:30:15\n"));
  }

  @Test
  void zuluTime() {
    Published p = Published.parse("2021-10-13T08:30:00Z");
    assertEquals(LocalTime.of(8, 30), p.time());
    assertEquals(ZoneOffset.UTC, p.offset());
    assertEquals("2021-10-13T08:30Z", p.toString());
  }

  @Test
  void positiveAndNegativeOffsets() {
    assertEquals(ZoneOffset.ofHours(2), Published.parse("2021-10-13T08:30:00+02:00").offset());
    Published west = Published.parse("2021-10-13T08:30:00.250-05:30");
    assertEquals(ZoneOffset.ofHoursMinutes(-5, -30), west.offset());
    assertEquals(LocalTime.of(8, 30, 0, 250_000_000), west.time());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-13-45", "2021-02-30", "13/10/2021", "October 13, 2021", "", "2021-10-1",
        "2021-10-13T", "2021-10-13T25:00", "2021-10-13X08:30", "2021-10-13T08:30+25:00", "yesterday"
      })
  void badInputNamesTheValue(String bad) {
    var e = assertThrows(IllegalArgumentException.class, () -> Published.parse(bad));
    assertTrue(
        e.getMessage().startsWith("not a publication date: '" + bad + "'"),
        "message should name the bad value: " + e.getMessage());
  }

  @Test
  void badInputSuggestsTheExpectedForm() {
    var e = assertThrows(IllegalArgumentException.class, () -> Published.parse("2021-13-45"));
    assertEquals(
        "not a publication date: '2021-13-45' (expected e.g. 2021-10-13 or 2021-10-13T08:30:00Z)",
        e.getMessage());
  }

  @Test
  void nullIsAClearError() {
    var e = assertThrows(IllegalArgumentException.class, () -> Published.parse(null));
    assertTrue(e.getMessage().contains("no publication date"), e.getMessage());
  }

  @Test
  void anOffsetNeedsATime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Published(LocalDate.of(2021, 10, 13), null, ZoneOffset.UTC));
    assertThrows(NullPointerException.class, () -> new Published(null, null, null));
  }
}

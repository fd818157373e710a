package org.tidings.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
  static final String SAMPLE =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>T1</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
      <TITLE>A title with 1997 in it</TITLE>
      <TEXT>
      Profits &amp; losses of <TIMEX3 tid="t2" type="DATE" value="1998-10">last month</TIMEX3>'s <EVENT eid="e1">sale</EVENT> were reported <TIMEX3 tid="t3" type="DATE" value="1998-11-20" functionInDocument="NONE">Friday</TIMEX3>.<TIMEX3 tid="t9" type="DATE" value="PAST_REF"/>
      </TEXT>
      </TimeML>
      """;

  @Test
  void textIsTheTextElementWithoutTagsAndOffsetsPointIntoIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t1.tml");
    Files.writeString(file, SAMPLE);
    TimeMlDocument doc = TimeMlReader.read(file);
    assertEquals(LocalDate.of(1998, 11, 20), doc.creationDate());
    assertTrue(doc.text().contains("Profits & losses of last month's sale were reported Friday."));
    assertEquals(2, doc.timexes().size(), "the DCT and the empty TIMEX3 are not gold expressions");
    TimexAnnotation lastMonth = doc.timexes().get(0);
    assertEquals("last month", lastMonth.span().of(doc.text()));
    assertEquals("DATE", lastMonth.type());
    assertEquals("1998-10", lastMonth.value());
    assertEquals("Friday", doc.timexes().get(1).span().of(doc.text()));
  }

  @Test
  void malformedXmlIsAnIllegalArgumentNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tml");
    Files.writeString(file, SAMPLE.replace("</TEXT>", ""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeMlReader.read(file));
    assertTrue(e.getMessage().contains("bad.tml"), e.getMessage());
  }

  @Test
  void aDocumentWithoutCreationTimeIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nodct.tml");
    Files.writeString(file, SAMPLE.replace("CREATION_TIME", "NONE"));
    assertThrows(IllegalArgumentException.class, () -> TimeMlReader.read(file));
  }
}

package org.tidings.pipeline.extract.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * A WARC with a broken record in the middle, built here: the broken record is reported with its
 * offset, and the records after it are still read.
 */
class CorruptWarcTest {
  @TempDir Path dir;
  private final WarcArticleReader reader = new WarcArticleReader(new HtmlArticleExtractor());

  /** Three response records; {@code starts} receives each record's offset in the file. */
  private static byte[] warc(boolean gzip, List<Long> starts) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (String name : List.of("first", "second", "third")) {
      starts.add((long) file.size());
      byte[] record = record(name);
      if (gzip) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(member)) {
          z.write(record);
        }
        file.writeBytes(member.toByteArray());
      } else {
        file.writeBytes(record);
      }
    }
    return file.toByteArray();
  }

  private static byte[] record(String name) {
    return record(name, "");
  }

  /** A response record of a page whose head also holds {@code head}. */
  private static byte[] record(String name, String head) {
    String html = "<html><head><title>The " + name + " story</title>" + head + "</head><body><article><p>The " + name
        + " story: the minister said on Monday that the talks would resume in the capital next week, "
        + "and that both delegations had agreed to exchange prisoners before the end of the month.</p>"
        + "</article></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/" + name + "\r\n"
        + "WARC-Date: 2026-06-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
        + name.length() + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + block.length + "\r\n\r\n";
    return concat(concat(header.getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private List<PageOutcome> read(Path file) {
    try (Stream<PageOutcome> s = reader.read(file)) {
      return s.toList();
    }
  }

  private static void assertRead(PageOutcome outcome, String name) {
    PageOutcome.Extracted page = assertInstanceOf(PageOutcome.Extracted.class, outcome, outcome.toString());
    assertEquals("http://example.org/" + name, page.extraction().raw().url());
  }

  /** First record read, second reported as broken, third read again: returns the report. */
  private static PageOutcome.Rejected assertOnlyTheSecondIsLost(List<PageOutcome> pages) {
    assertEquals(3, pages.size(), pages.toString());
    assertRead(pages.get(0), "first");
    PageOutcome.Rejected broken = assertInstanceOf(PageOutcome.Rejected.class, pages.get(1));
    assertTrue(broken.failed());
    assertRead(pages.get(2), "third");
    return broken;
  }

  @Test
  void aPageWithoutADateOfItsOwnIsDatedByItsCaptureTime() throws IOException {
    byte[] undated = record("undated");
    byte[] dated = record("dated", "<meta property=\"article:published_time\" content=\"2021-10-13T08:30:00Z\">");
    Path file = Files.write(dir.resolve("dates.warc"), concat(undated, dated));
    List<PageOutcome> pages = read(file);
    assertEquals(2, pages.size(), pages.toString());
    assertEquals("2026-06-01T08:00:00Z", ((PageOutcome.Extracted) pages.get(0)).extraction().raw().published(),
        "the WARC-Date of the record");
    assertEquals("2021-10-13T08:30:00Z", ((PageOutcome.Extracted) pages.get(1)).extraction().raw().published(),
        "the page's own date wins");
  }

  @Test
  void plainWarcWithABrokenHeaderGoesOnAtTheNextRecord() throws IOException {
    List<Long> starts = new ArrayList<>();
    byte[] bytes = warc(false, starts);
    int second = starts.get(1).intValue();
    System.arraycopy("XARC/9.9".getBytes(StandardCharsets.US_ASCII), 0, bytes, second, 8);
    Path file = Files.write(dir.resolve("broken-header.warc"), bytes);

    List<PageOutcome> pages = read(file);
    PageOutcome.Rejected broken = assertOnlyTheSecondIsLost(pages);
    assertEquals(file + "#" + second, broken.origin());
    assertTrue(broken.reason().contains("resuming at the next record, offset " + starts.get(2)), broken.reason());
    assertEquals(file + "#" + starts.get(2), pages.get(2).origin());
  }

  @Test
  void gzippedWarcWithACorruptMemberGoesOnAtTheNextMember() throws IOException {
    List<Long> starts = new ArrayList<>();
    byte[] bytes = warc(true, starts);
    int second = starts.get(1).intValue();
    int third = starts.get(2).intValue();
    for (int i = second + 20; i < third - 12; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0x5a); // scramble the compressed data, keep the member header
    }
    Path file = Files.write(dir.resolve("corrupt-member.warc.gz"), bytes);

    PageOutcome.Rejected broken = assertOnlyTheSecondIsLost(read(file));
    assertTrue(broken.reason().contains("resuming at the next record, offset " + third), broken.reason());
  }

  @Test
  void aRecordCutShortInTheMiddleOfTheFileIsSkipped() throws IOException {
    List<Long> starts = new ArrayList<>();
    byte[] whole = warc(true, starts);
    int second = starts.get(1).intValue();
    int third = starts.get(2).intValue();
    // the second member loses its second half, as when a crawler died mid-write and went on
    int keep = (third - second) / 2;
    byte[] cut = new byte[whole.length - (third - second - keep)];
    System.arraycopy(whole, 0, cut, 0, second + keep);
    System.arraycopy(whole, third, cut, second + keep, whole.length - third);
    Path file = Files.write(dir.resolve("cut-member.warc.gz"), cut);

    assertOnlyTheSecondIsLost(read(file));
  }

  /** Found by WarcFuzzTest: jwarc could not even tell the format, and the exception ended the read. */
  @Test
  void aOneOrTwoByteArchiveIsOneFailedOutcome() throws IOException {
    for (String name : List.of("one-byte.warc.gz", "one-byte.warc", "two-bytes.arc.gz")) {
      Path file = Files.write(dir.resolve(name), name.startsWith("one") ? new byte[] {0} : new byte[] {2, 0});
      List<PageOutcome> outcomes = read(file);
      assertEquals(1, outcomes.size(), name);
      PageOutcome.Rejected r = assertInstanceOf(PageOutcome.Rejected.class, outcomes.get(0));
      assertTrue(r.failed(), r.reason());
      assertTrue(!name.startsWith("one") || r.reason().startsWith("not a readable web archive"), r.reason());
    }
    assertEquals(List.of(), read(Files.write(dir.resolve("empty.warc"), new byte[0])), "an empty archive holds no page");
  }
}

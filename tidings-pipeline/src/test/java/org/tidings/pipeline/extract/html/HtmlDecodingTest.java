package org.tidings.pipeline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The order in which a page's charset is chosen: byte-order mark, transport, page label, UTF-8, Windows-1252. */
class HtmlDecodingTest {
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aByteOrderMarkWinsOverTheTransportAndTheLabelAndIsDropped() {
    String page = "<meta charset=\"windows-1251\"><p>Grüße – „Köln“</p>";
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page.getBytes(StandardCharsets.UTF_8));
    assertEquals(page, HtmlDecoding.decode(utf8, "iso-8859-1"));
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(page, HtmlDecoding.decode(utf16, null));
  }

  @Test
  void theTransportWinsOverThePageLabelUnlessItIsUnknown() {
    String page = "<meta charset=\"utf-8\"><p>Москва сообщила</p>";
    byte[] bytes = page.getBytes(WINDOWS_1251);
    assertEquals(page, HtmlDecoding.decode(bytes, "Windows-1251"));
    // an unknown transport label counts as none: then the page's label (here wrongly UTF-8) and replacement characters
    assertEquals(new String(bytes, StandardCharsets.UTF_8), HtmlDecoding.decode(bytes, "no-such-charset"));
  }

  @Test
  void thePageLabelsItselfByMetaCharsetHttpEquivOrXmlDeclaration() {
    String text = "<p>Москва сообщила</p>";
    for (String label : new String[] {
        "<meta charset=\"windows-1251\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?>"}) {
      String page = label + "<html><head><title>t</title></head><body>" + text + "</body></html>";
      assertEquals(page, HtmlDecoding.decode(page.getBytes(WINDOWS_1251), null), label);
    }
  }

  @Test
  void isoLatin1MeansWindows1252AndUnlabelledBytesThatAreNoUtf8TooButLabelledOnesStayUtf8() {
    String page = "<html><body><p>„Köln“ – café</p></body></html>";
    byte[] cp1252 = page.getBytes(WINDOWS_1252);
    assertEquals(page, HtmlDecoding.decode(cp1252, "ISO-8859-1"), "curly quotes in 0x80-0x9F");
    assertEquals(page, HtmlDecoding.decode(cp1252, null), "no label and not UTF-8");
    assertEquals(page, HtmlDecoding.decode(page.getBytes(StandardCharsets.UTF_8), null), "no label, valid UTF-8");
    byte[] labelled = ("<meta charset=\"UTF-8\">" + page).getBytes(WINDOWS_1252);
    assertEquals(new String(labelled, StandardCharsets.UTF_8), HtmlDecoding.decode(labelled, null),
        "a page that says UTF-8 is read as UTF-8, broken bytes and all");
    byte[] unknown = ("<meta charset=\"utf-8tl\">" + page).getBytes(WINDOWS_1252);
    assertEquals("<meta charset=\"utf-8tl\">" + page, HtmlDecoding.decode(unknown, null), "an unknown label is none");
  }
}

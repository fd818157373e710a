package org.tidings.pipeline.extract.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decodes the bytes of an HTML page to a string, choosing the charset the way browsers do in
 * outline: a byte-order mark wins, then the charset the transport declared (HTTP {@code
 * Content-Type}), then the page's own label ({@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type">} or an XML declaration in its first 5 KiB), then strict UTF-8, and
 * Windows-1252 when the bytes are not UTF-8 (the usual truth behind "ISO-8859-1" and no label).
 *
 * <p>jsoup's own detection ({@code Jsoup.parse(InputStream, charsetName, baseUri)}) reads the
 * byte-order mark and the page's label; what this class adds is what jsoup does not do: an unknown
 * transport label counts as none, ISO-8859-1 is read as Windows-1252, and an unlabelled page that is
 * not valid UTF-8 is read as Windows-1252 instead of with replacement characters.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** What jsoup reads to find the page's label: its first 5 KiB, as it caps its first read. */
  private static final int PROBE_BYTES = 5 * 1024;
  /** A {@code <meta charset>} value that says UTF-8. */
  private static final Pattern UTF8 = Pattern.compile("(?i)\\s*utf-?8\\s*");
  /** A {@code <meta http-equiv="Content-Type">} content that says UTF-8. */
  private static final Pattern CONTENT_TYPE_UTF8 = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*utf-?8\\b");

  private HtmlDecoding() {}

  /**
   * The page as text, without a byte-order mark.
   *
   * @param bytes page bytes, never null
   * @param declaredCharset charset name from the transport, or null
   */
  public static String decode(byte[] bytes, String declaredCharset) {
    Charset declared = charset(declaredCharset);
    Document probe = probe(bytes, declared);
    Charset charset = probe.charset();
    if (!charset.equals(StandardCharsets.UTF_8)) {
      // ISO-8859-1 labels mean Windows-1252 on the web (curly quotes in 0x80-0x9F)
      return withoutByteOrderMark(new String(bytes, charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset));
    }
    try {
      return withoutByteOrderMark(StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException notUtf8) {
      String utf8 = new String(bytes, StandardCharsets.UTF_8);
      boolean labelled = utf8.startsWith("\uFEFF") || StandardCharsets.UTF_8.equals(declared) || labelsItselfUtf8(probe);
      return labelled ? withoutByteOrderMark(utf8) : new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * jsoup's reading of the page's start: its charset is the byte-order mark's, else {@code
   * declared}, else the page's label, else UTF-8 (jsoup's default).
   */
  private static Document probe(byte[] bytes, Charset declared) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, PROBE_BYTES)),
          declared == null ? null : declared.name(), "");
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException("reading bytes in memory", cannotHappen);
    }
  }

  /** True when the page's start says UTF-8 where jsoup looks for its label ({@code <meta charset>}, {@code http-equiv}). */
  private static boolean labelsItselfUtf8(Document probe) {
    for (Element meta : probe.select("meta[charset], meta[http-equiv=content-type]")) {
      if (UTF8.matcher(meta.attr("charset")).matches() || CONTENT_TYPE_UTF8.matcher(meta.attr("content")).find()) {
        return true;
      }
    }
    return false;
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The charset of a label, or null when the label is missing or unknown. */
  static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(label.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return null; // an unknown label is treated as no label, as browsers do
    }
  }

  /** A reason when the bytes are clearly not an HTML page (NUL bytes, no markup), else null. */
  public static String notHtmlReason(byte[] bytes) {
    int sample = Math.min(bytes.length, 4096);
    boolean sawTag = false;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        return "not HTML: binary content (NUL byte at offset " + i + ")";
      }
      if (bytes[i] == '<') {
        sawTag = true;
      }
    }
    if (bytes.length == 0) {
      return "empty page";
    }
    return sawTag ? null : "not HTML: no markup in the first " + sample + " bytes";
  }
}

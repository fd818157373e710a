package org.tidings.pipeline.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page to a string, choosing the charset the way browsers do in
 * outline: a byte-order mark wins, then the charset the transport declared (HTTP
 * {@code Content-Type}), then a {@code <meta charset>} in the first 4 KiB, then strict UTF-8, and
 * Windows-1252 when the bytes are not UTF-8 (the usual truth behind "ISO-8859-1" and no label).
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlDecoding {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoding() {}

  /**
   * The page as text.
   *
   * @param bytes page bytes, never null
   * @param declaredCharset charset name from the transport, or null
   */
  public static String decode(byte[] bytes, String declaredCharset) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset charset = charset(declaredCharset);
    if (charset == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        charset = charset(m.group(1));
      }
    }
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      // ISO-8859-1 labels mean Windows-1252 on the web (curly quotes in 0x80-0x9F)
      return new String(bytes, charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, charset == null ? WINDOWS_1252 : StandardCharsets.UTF_8);
    }
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

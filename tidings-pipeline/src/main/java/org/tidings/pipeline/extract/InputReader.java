package org.tidings.pipeline.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;
import org.tidings.pipeline.extract.warc.WarcArticleReader;

/**
 * Reads input paths into {@link InputItem}s, lazily: a plain-text file is one article (metadata
 * from {@link InputDefaults}); a {@code .jsonl}/{@code .ndjson} file is one article per line
 * ({@code id, url, source, title, published|date, language, text}; docs/input.md); an {@code .html}
 * file is the article extracted from the page; each of these may be gzipped ({@code .jsonl.gz}); a
 * {@code .warc}/{@code .arc} file (gzipped or not) is every HTML response in it; a directory is
 * every such file
 * under it, in name order. Problems with one file or line become a {@link InputItem.Rejected} and
 * reading goes on.
 *
 * <p>Not thread-safe: one reader per consuming thread.
 */
public final class InputReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Files larger than this are not read into memory at all (bytes). */
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final TextCleaner cleaner;
  private final InputDefaults defaults;
  private HtmlArticleExtractor html;
  private WarcArticleReader warcs;

  public InputReader(TextCleaner cleaner, InputDefaults defaults) {
    this.cleaner = cleaner;
    this.defaults = defaults;
  }

  /**
   * Items from {@code path}, read as they are consumed. Close the stream to release open files.
   *
   * @throws IllegalArgumentException when the path does not exist
   */
  public Stream<InputItem> read(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such file or directory: " + path);
    }
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
      return files.stream().flatMap(this::readFile);
    }
    return readFile(path);
  }

  private Stream<InputItem> readFile(Path file) {
    String full = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (full.matches(".*\\.(warc|arc)(\\.gz)?")) {
      return warcs().read(file).map(this::toItem); // gzipped per record: jwarc reads both
    }
    boolean gzip = full.endsWith(".gz");
    String name = gzip ? full.substring(0, full.length() - 3) : full;
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonl(file, gzip);
    }
    if (name.endsWith(".txt") || name.endsWith(".text") || !name.contains(".")) {
      return Stream.of(readSmallFile(file, gzip, bytes -> fromBytes(file.toString(), bytes, defaults)));
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Stream.of(readSmallFile(file, gzip, bytes -> toItem(html().extract(bytes, null, file.toString(), null))));
    }
    return Stream.of(
        new InputItem.Rejected(
            file.toString(), "unsupported file type (expected .txt, .jsonl, .html, .warc or .arc, each optionally .gz)", false));
  }

  /** One saved web page as one article: the main text and the page's metadata. */
  public InputItem readHtml(Path file) {
    return readSmallFile(file, false, bytes -> toItem(html().extract(bytes, null, file.toString(), null)));
  }

  /**
   * Reads a whole file (gunzipped when {@code gzip}) unless it is over {@link #MAX_FILE_BYTES}; read
   * errors and corrupt gzip data become rejections.
   */
  private static InputItem readSmallFile(Path file, boolean gzip, java.util.function.Function<byte[], InputItem> parse) {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return new InputItem.Rejected(
            origin, String.format(Locale.ROOT, "file too large: %,d bytes", size), false);
      }
      if (!gzip) {
        return parse.apply(Files.readAllBytes(file));
      }
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        return new InputItem.Rejected(
            origin, String.format(Locale.ROOT, "file too large: over %,d bytes uncompressed", MAX_FILE_BYTES), false);
      }
      return parse.apply(bytes);
    } catch (IOException e) {
      return new InputItem.Rejected(origin, (gzip ? "cannot read (corrupt gzip?): " : "cannot read: ") + e.getMessage(), true);
    }
  }

  private InputItem toItem(PageOutcome page) {
    return fromPage(page, defaults);
  }

  /**
   * A page's outcome as an input item: the extracted article cleaned, with {@code fill} supplying
   * what the page itself did not say (the page's own metadata wins), or the rejection.
   *
   * @param page an extracted or rejected page, never null
   * @param fill metadata from elsewhere (command line, feed item), never null
   */
  public InputItem fromPage(PageOutcome page, InputDefaults fill) {
    if (page instanceof PageOutcome.Extracted extracted) {
      RawArticle raw = extracted.extraction().raw();
      return cleaner.clean(withDefaults(raw, fill));
    }
    return ((PageOutcome.Rejected) page).toInputItem();
  }

  private static RawArticle withDefaults(RawArticle raw, InputDefaults fill) {
    return new RawArticle(
        raw.origin(),
        raw.externalId(),
        or(raw.url(), fill.url()),
        or(raw.source(), fill.source()),
        or(raw.title(), fill.title()),
        or(raw.published(), fill.published()),
        raw.language(),
        raw.text());
  }

  private HtmlArticleExtractor html() {
    if (html == null) {
      html = new HtmlArticleExtractor();
    }
    return html;
  }

  private WarcArticleReader warcs() {
    if (warcs == null) {
      warcs = new WarcArticleReader(html());
    }
    return warcs;
  }

  /** One plain-text file as one article. */
  public InputItem readText(Path file) {
    return readSmallFile(file, false, bytes -> fromBytes(file.toString(), bytes, defaults));
  }

  /** Bytes of a plain-text article: binary and invalid UTF-8 are rejected with the offset. */
  public InputItem fromBytes(String origin, byte[] bytes, InputDefaults meta) {
    String binary = binaryReason(bytes);
    if (binary != null) {
      return new InputItem.Rejected(origin, binary, false);
    }
    String text;
    try {
      text = strictUtf8(bytes, 0, bytes.length);
    } catch (InvalidUtf8 e) {
      return new InputItem.Rejected(origin, "invalid UTF-8 at byte " + e.at + " (convert the file to UTF-8)", true);
    }
    return cleaner.clean(
        new RawArticle(origin, null, meta.url(), meta.source(), meta.title(), meta.published(), null, text));
  }

  /** A reason when the bytes look binary (NUL bytes, or many control bytes), else null. */
  static String binaryReason(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (sample > 0 && control * 10 > sample) {
      return "binary content (" + control + " control bytes in the first " + sample + ")";
    }
    return null;
  }

  /** Bytes that are not UTF-8; {@code at} is the offset of the first bad byte. */
  private static final class InvalidUtf8 extends Exception {
    final int at;

    InvalidUtf8(int at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /**
   * Decodes UTF-8 with a decoder that reports malformed input, so that a genuine U+FFFD in the text
   * is kept and only bytes that are not UTF-8 are refused.
   *
   * @throws InvalidUtf8 with the offset (from {@code offset}) of the first malformed byte
   */
  private static String strictUtf8(byte[] bytes, int offset, int length) throws InvalidUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidUtf8(in.position() - offset);
    }
  }

  /**
   * A JSONL file (gunzipped when {@code gzip}) read line by line as bytes, each line decoded on its
   * own: a line that is not UTF-8 fails alone, naming the byte, and the next lines are read.
   */
  private Stream<InputItem> readJsonl(Path file, boolean gzip) {
    InputStream in;
    try {
      InputStream raw = Files.newInputStream(file);
      in = new java.io.BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
    } catch (IOException e) {
      return Stream.of(new InputItem.Rejected(file.toString(), "cannot read: " + e.getMessage(), true));
    }
    Iterator<InputItem> lines =
        new Iterator<>() {
          int lineNo = 0;
          final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
          InputItem next = advance();

          /**
           * The next line's bytes without its line break, or null at the end of the file. Lines end
           * as {@link java.io.BufferedReader#readLine} ends them: at LF, CR LF, or a lone CR.
           */
          private byte[] readLine() throws IOException {
            line.reset();
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && b != '\r') {
              line.write(b);
            }
            if (b == '\r') {
              in.mark(1);
              if (in.read() != '\n') {
                in.reset();
              }
            }
            if (b < 0 && line.size() == 0) {
              return null;
            }
            return line.toByteArray();
          }

          private InputItem advance() {
            try {
              byte[] bytes;
              while ((bytes = readLine()) != null) {
                lineNo++;
                String origin = file + ":" + lineNo;
                String text;
                try {
                  text = strictUtf8(bytes, 0, bytes.length);
                } catch (InvalidUtf8 e) {
                  return new InputItem.Rejected(origin, "invalid UTF-8 at byte " + e.at + " of the line", true);
                }
                if (lineNo == 1 && text.startsWith("\uFEFF")) {
                  text = text.substring(1); // a byte-order mark some editors write
                }
                if (!text.isBlank()) {
                  return parseLine(origin, text);
                }
              }
              in.close();
              return null;
            } catch (IOException e) {
              closeQuietly();
              return new InputItem.Rejected(file + ":" + (lineNo + 1), "cannot read: " + e.getMessage(), true);
            }
          }

          private void closeQuietly() {
            try {
              in.close();
            } catch (IOException suppressed) {
              // the read error that brought us here is the one reported
            }
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public InputItem next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            InputItem current = next;
            next = current instanceof InputItem.Rejected r && r.reason().startsWith("cannot read") ? null : advance();
            return current;
          }
        };
    Iterable<InputItem> iterable = () -> lines;
    return java.util.stream.StreamSupport.stream(iterable.spliterator(), false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * One JSON article record (a JSONL line) into an item; the record's own fields win over the
   * defaults. An outcome line that {@code ingest --out} or {@code watch} wrote is read as the
   * article it holds, so their output can be ingested; one without an article (rejected input)
   * is rejected again with its recorded reason.
   */
  public InputItem parseLine(String origin, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new InputItem.Rejected(origin, "malformed JSON: " + e.getOriginalMessage(), true);
    }
    if (node == null || !node.isObject()) {
      return new InputItem.Rejected(origin, "malformed JSON: expected an object", true);
    }
    if (!node.has("text") && node.has("outcome")) {
      JsonNode article = node.get("article");
      if (article == null || !article.isObject()) {
        return new InputItem.Rejected(origin, "a " + node.path("outcome").asText() + " outcome without an article: "
            + node.path("reason").asText("no reason recorded"), !"skipped".equals(node.path("outcome").asText()));
      }
      // The outcome's article id is its content hash; the id the input gave it is externalId.
      com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) article).deepCopy();
      copy.set("id", article.get("externalId"));
      node = copy;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return new InputItem.Rejected(origin, "no \"text\" string in the record", true);
    }
    String published = field(node, "published");
    if (published == null) {
      published = field(node, "date");
    }
    return cleaner.clean(
        new RawArticle(
            origin,
            field(node, "id"),
            or(field(node, "url"), defaults.url()),
            or(field(node, "source"), defaults.source()),
            or(field(node, "title"), defaults.title()),
            or(published, defaults.published()),
            field(node, "language"),
            text.asText()));
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Reads every item of {@code path} into a list (for small inputs and tests). */
  public List<InputItem> readAll(Path path) {
    try (Stream<InputItem> items = read(path)) {
      return new ArrayList<>(items.toList());
    }
  }
}

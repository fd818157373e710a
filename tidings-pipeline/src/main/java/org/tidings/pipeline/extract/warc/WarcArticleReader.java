package org.tidings.pipeline.extract.warc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.tidings.pipeline.extract.RawArticle;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * Reads WARC (0.17, 1.0, 1.1; plain or gzipped per record) and legacy ARC files with jwarc and
 * turns every HTML page in them into a {@link PageOutcome}: {@code response} records with an HTTP
 * 2xx status and an HTML payload, and {@code resource} records of type {@code text/html}. Other
 * records (requests, metadata, images, redirects) are passed over silently: they hold no
 * article. Each outcome's origin is {@code file#offset}, the byte offset of the record in the
 * (compressed) file, so a record can be found again with {@code jwarc extract}. A page that gives no
 * publication date of its own is dated by its record's {@code WARC-Date} (the capture time): an
 * archived news page is rarely captured long after it was published, and an undated article would
 * leave its relative dates ("yesterday") unresolved.
 *
 * <p>A record that cannot be read (truncated file, corrupt gzip member, malformed headers)
 * becomes one failed {@link PageOutcome.Rejected} with the reason, and reading goes on at the
 * next record the file holds ({@link RecordBoundary}: the next gzip member that inflates to a
 * record header, or the next {@code WARC/1.} line). Only a plain (uncompressed) ARC file, which
 * has no record marker to find, stops at its first broken record.
 *
 * <p>Thread-safe: the reader holds only the extractor; each {@link #read} stream is for one
 * thread and must be closed.
 */
public final class WarcArticleReader {
  /** Payloads larger than this (bytes) are rejected unread, as no article page is this big. */
  public static final long MAX_PAYLOAD_BYTES = 32L * 1024 * 1024;

  private final HtmlArticleExtractor extractor;

  /** @param extractor the HTML extractor applied to every page, never null */
  public WarcArticleReader(HtmlArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * The outcomes of every HTML page in {@code file}, read lazily as the stream is consumed.
   *
   * @throws UncheckedIOException when the file cannot be opened at all
   */
  public Stream<PageOutcome> read(Path file) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + describe(e), e);
    }
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      // jwarc reads the first bytes to tell the format: an empty or cut file is a broken input,
      // reported as one outcome like a broken record, not an error that would end a whole ingest
      closeQuietly(channel);
      return Stream.of(new PageOutcome.Rejected(file.toString(),
          "not a readable web archive (too short or not WARC/ARC): " + describe(e), true));
    }
    RecordIterator records = new RecordIterator(file, reader);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
        .onClose(records::close);
  }

  /** Pulls records one at a time, turning each HTML page into an outcome. */
  private final class RecordIterator implements Iterator<PageOutcome> {
    private final Path file;
    private final String name;
    private final boolean gzip;
    private WarcReader reader;
    private PageOutcome next;
    private boolean done;
    /** Where the last resync resumed; the next one must start after it, so reading always advances. */
    private long resumedAt = -1;

    RecordIterator(Path file, WarcReader reader) {
      this.file = file;
      this.name = file.toString();
      this.reader = reader;
      this.gzip = reader.compression() == WarcCompression.GZIP;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public PageOutcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      PageOutcome current = next;
      next = null;
      return current;
    }

    /** One record: an outcome, or null for a record that holds no page. */
    private PageOutcome advance() {
      long position = reader.position();
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        // jwarc signals broken framing with ParsingException, EOFException or gzip ZipException;
        // runtime exceptions from its parser mean the same thing here
        long broken = Math.max(position, reader.position());
        return new PageOutcome.Rejected(
            name + "#" + broken, "unreadable record: " + describe(e) + resync(broken), true);
      }
      if (record.isEmpty()) {
        done = true;
        close();
        return null;
      }
      long recordStart = reader.position();
      String origin = name + "#" + recordStart;
      try {
        return page(record.get(), origin);
      } catch (IOException | RuntimeException e) {
        return new PageOutcome.Rejected(
            origin, "truncated or corrupt record: " + describe(e) + resync(recordStart), true);
      }
    }

    /**
     * Goes on at the first record start after {@code broken}, or ends the file when none is left.
     * Returns what to add to the failure's reason: where reading resumes, or why it cannot.
     */
    private String resync(long broken) {
      long from = Math.max(broken, resumedAt) + 1;
      boolean arc = name.toLowerCase(Locale.ROOT).matches(".*\\.arc(\\.gz)?");
      try {
        long found = arc && !gzip ? -1 : RecordBoundary.next(file, from, gzip);
        if (found < 0) {
          close();
          return arc && !gzip ? "; a plain ARC file cannot be resumed after a broken record" : "";
        }
        reader.close();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(found);
        reader = new WarcReader(channel);
        resumedAt = found;
        return "; resuming at the next record, offset " + found;
      } catch (IOException e) {
        close();
        return "; cannot resume reading the file: " + describe(e);
      }
    }

    private PageOutcome page(WarcRecord record, String origin) throws IOException {
      if (record instanceof WarcResponse response) {
        String url = response.target();
        MediaType type = response.contentType();
        if (!type.base().equals(MediaType.HTTP_RESPONSE) && !type.base().equals(MediaType.HTTP)
            && !type.raw().toLowerCase(Locale.ROOT).startsWith("application/http")) {
          return null; // a DNS or other non-HTTP capture: no page
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
          return null;
        }
        MediaType payloadType = http.contentType();
        if (!isHtml(payloadType)) {
          return null;
        }
        byte[] bytes = readPayload(http.bodyDecoded().stream(), origin);
        if (bytes == null) {
          return new PageOutcome.Rejected(origin, "payload larger than " + MAX_PAYLOAD_BYTES + " bytes", false);
        }
        return datedByCapture(extractor.extract(bytes, payloadType.parameters().get("charset"), origin, url), record);
      }
      if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
        byte[] bytes = readPayload(resource.body().stream(), origin);
        if (bytes == null) {
          return new PageOutcome.Rejected(origin, "payload larger than " + MAX_PAYLOAD_BYTES + " bytes", false);
        }
        return datedByCapture(extractor.extract(bytes, resource.contentType().parameters().get("charset"), origin,
            resource.target()), record);
      }
      return null;
    }

    void close() {
      done = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + name, e);
      }
    }
  }

  /** The page, dated by its record's capture time (WARC-Date, UTC) when it gives no publication date of its own. */
  static PageOutcome datedByCapture(PageOutcome page, WarcRecord record) {
    if (!(page instanceof PageOutcome.Extracted extracted) || extracted.extraction().raw().published() != null) {
      return page;
    }
    RawArticle raw = extracted.extraction().raw();
    String captured = record.date().truncatedTo(ChronoUnit.SECONDS).toString();
    return new PageOutcome.Extracted(extracted.extraction().withRaw(new RawArticle(raw.origin(), raw.externalId(), raw.url(),
        raw.source(), raw.title(), captured, raw.language(), raw.text())));
  }

  static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The payload bytes, or null when larger than the limit. */
  private static byte[] readPayload(InputStream in, String origin) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PAYLOAD_BYTES + 1));
    return bytes.length > MAX_PAYLOAD_BYTES ? null : bytes;
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException suppressed) {
      // the format error that brought us here is the one reported
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}

package org.tidings.pipeline.extract.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next record starts after a broken one, so reading can go on. In a gzipped file
 * (one gzip member per record, as the WARC standard recommends) that is the next gzip member
 * header ({@code 1f 8b 08}) whose first bytes inflate to a record header; in a plain WARC file it
 * is the next {@code WARC/1.} at the start of a line. A plain ARC file has no recognisable record
 * marker, so there is no resync in it.
 *
 * <p>Stateless and thread-safe.
 */
final class RecordBoundary {
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  /** A WARC version line, or an ARC header line starting with a URL ("http://…", "dns:…"). */
  private static final Pattern RECORD_START = Pattern.compile("^(WARC/1\\.|[a-zA-Z][a-zA-Z0-9+.-]*:)");
  private static final int CHUNK = 64 * 1024;

  private RecordBoundary() {}

  /**
   * The offset of the first record start at or after {@code from}, or -1 when there is none.
   *
   * @param gzip true when the file's records are gzip members
   * @throws IOException when the file cannot be read
   */
  static long next(Path file, long from, boolean gzip) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] marker = gzip ? GZIP_MAGIC : WARC_LINE;
      // a plain marker includes the preceding newline: start one byte early to see it
      long start = gzip ? from : Math.max(0, from - 1);
      long at = start;
      while (true) {
        long candidate = find(ch, at, marker);
        if (candidate < 0) {
          return -1;
        }
        long recordStart = gzip ? candidate : candidate + 1;
        if (!gzip || inflatesToRecord(ch, candidate)) {
          return recordStart;
        }
        at = candidate + 1; // the magic bytes happened to occur inside compressed data
      }
    }
  }

  /** Offset of the first occurrence of {@code marker} at or after {@code from}, or -1. */
  private static long find(FileChannel ch, long from, byte[] marker) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    long base = from;
    while (base < ch.size()) {
      buf.clear();
      int n = ch.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + marker.length <= n; i++) {
        if (matches(a, i, marker)) {
          return base + i;
        }
      }
      if (base + n >= ch.size()) {
        return -1;
      }
      base += n - marker.length + 1; // overlap, so a marker across two chunks is seen
    }
    return -1;
  }

  private static boolean matches(byte[] a, int i, byte[] marker) {
    for (int k = 0; k < marker.length; k++) {
      if (a[i + k] != marker[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean inflatesToRecord(FileChannel ch, long offset) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(4096);
    ch.read(head, offset);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head.array(), 0, head.position()), 512)) {
      byte[] start = in.readNBytes(16);
      return RECORD_START.matcher(new String(start, StandardCharsets.ISO_8859_1)).find();
    } catch (IOException e) {
      return false; // not a gzip member after all (or cut off right after its header)
    }
  }
}

package org.tidings.pipeline.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One feed to watch and how often: a line of a feeds file, {@code URL [INTERVAL]}, where the
 * interval is a number with a unit ({@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the feed's address, absolute http or https, never null
 * @param interval time between polls, or null for the watcher's default
 */
public record FeedSubscription(URI url, Duration interval) {
  private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([smhd])");

  /**
   * Reads a feeds file: one feed a line; blank lines and lines starting with {@code #} are
   * ignored; a feed listed twice is watched once.
   *
   * @throws IllegalArgumentException naming the line when a URL or interval is malformed, or when
   *     the file lists no feed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<FeedSubscription> readAll(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<FeedSubscription> out = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      FeedSubscription s;
      try {
        s = parse(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
      if (seen.add(s.url())) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": no feed listed");
    }
    return out;
  }

  /** One line: {@code URL [INTERVAL]}. */
  public static FeedSubscription parse(String line) {
    String[] parts = line.strip().split("\\s+", 2);
    URI url;
    try {
      url = new URI(parts[0]);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + parts[0], e);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + parts[0]);
    }
    return new FeedSubscription(url, parts.length > 1 ? interval(parts[1]) : null);
  }

  /** {@code 90s}, {@code 15m}, {@code 2h} or {@code 1d} as a positive duration. */
  public static Duration interval(String text) {
    Matcher m = INTERVAL.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException("not an interval (expected e.g. 90s, 15m, 2h, 1d): " + text);
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "s":
        return Duration.ofSeconds(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        return Duration.ofDays(n);
    }
  }
}

package org.tidings.pipeline.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the watcher remembers between runs, in one small JSON file: the keys of every item already
 * handed to the sink (never fetched again), each feed's validators and next poll time, and the
 * items whose page fetch failed and waits for a retry. {@link #save} writes a temporary file and
 * moves it over the old one, so a crash leaves either the old state or the new, never half a file.
 *
 * <p>Not thread-safe: one watcher thread.
 */
public final class WatchState {
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A feed's memory.
   *
   * @param etag the last {@code ETag}, or null
   * @param lastModified the last {@code Last-Modified}, or null
   * @param nextPoll ISO-8601 instant of the next poll, or null for "now"
   * @param failures consecutive failed polls (0 after a success)
   */
  public record FeedState(String etag, String lastModified, String nextPoll, int failures) {
    static final FeedState NEW = new FeedState(null, null, null, 0);

    Instant due() {
      return nextPoll == null ? Instant.EPOCH : Instant.parse(nextPoll);
    }
  }

  /**
   * An item whose page could not be fetched yet.
   *
   * @param keys the item's identity keys ({@link FeedWatcher#keys}), never empty
   * @param link the page address, never null
   * @param feed the feed it came from
   * @param title the feed's title for it, or null
   * @param published the feed's date for it, or null
   * @param source the feed's name, or null
   * @param attempts failed fetches so far
   * @param nextTry ISO-8601 instant of the next attempt
   * @param lastError the last failure's reason
   */
  public record PendingItem(
      List<String> keys, String link, String feed, String title, String published, String source,
      int attempts, String nextTry, String lastError) {
    public PendingItem {
      keys = List.copyOf(keys);
    }

    Instant due() {
      return Instant.parse(nextTry);
    }
  }

  /** The file's shape; unknown keys are rejected when read. */
  record Stored(int version, Map<String, FeedState> feeds, List<String> seen, List<PendingItem> pending) {}

  private final Path file;
  private final Map<String, FeedState> feeds;
  private final Set<String> seen;
  private final Map<String, PendingItem> pending;

  private WatchState(Path file, Map<String, FeedState> feeds, Set<String> seen, Map<String, PendingItem> pending) {
    this.file = file;
    this.feeds = feeds;
    this.seen = seen;
    this.pending = pending;
  }

  /**
   * The state in {@code file}, or an empty state when the file does not exist yet.
   *
   * @throws IllegalArgumentException when the file exists but is not a watch state
   * @throws UncheckedIOException when it cannot be read
   */
  public static WatchState load(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      return new WatchState(file, new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashMap<>());
    }
    Stored stored;
    try {
      stored = JSON.readValue(file.toFile(), Stored.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a watch state file: " + file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (stored.version() != VERSION) {
      throw new IllegalArgumentException("watch state " + file + " has version " + stored.version() + ", expected " + VERSION);
    }
    Map<String, PendingItem> pending = new LinkedHashMap<>();
    for (PendingItem p : stored.pending() == null ? List.<PendingItem>of() : stored.pending()) {
      pending.put(p.keys().get(0), p);
    }
    return new WatchState(
        file,
        new LinkedHashMap<>(stored.feeds() == null ? Map.of() : stored.feeds()),
        new LinkedHashSet<>(stored.seen() == null ? List.of() : stored.seen()),
        pending);
  }

  /** Writes the state: temporary file in the same directory, then an atomic move. */
  public void save() {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        JSON.writeValue(tmp.toFile(), new Stored(VERSION, feeds, new ArrayList<>(seen), new ArrayList<>(pending.values())));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write watch state " + file + ": " + e.getMessage(), e);
    }
  }

  public FeedState feed(String url) {
    return feeds.getOrDefault(url, FeedState.NEW);
  }

  public void putFeed(String url, FeedState state) {
    feeds.put(url, state);
  }

  /** True when any of {@code keys} was handed to the sink before, or waits for a retry. */
  public boolean known(List<String> keys) {
    for (String k : keys) {
      if (seen.contains(k)) {
        return true;
      }
    }
    for (PendingItem p : pending.values()) {
      for (String k : keys) {
        if (p.keys().contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Records that the item was handed to the sink, and that it no longer waits. */
  public void markSeen(List<String> keys) {
    seen.addAll(keys);
    pending.remove(keys.get(0));
  }

  public void putPending(PendingItem item) {
    pending.put(item.keys().get(0), item);
  }

  /** Items waiting for a retry, in the order they first failed. */
  public List<PendingItem> pending() {
    return List.copyOf(pending.values());
  }

  /** Number of item keys remembered as seen. */
  public int seenCount() {
    return seen.size();
  }
}

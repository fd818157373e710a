package org.tidings.pipeline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStateTest {
  @TempDir Path dir;

  @Test
  void whatIsSavedIsWhatALaterProcessLoads() throws IOException {
    Path file = dir.resolve("sub/state.json");
    WatchState state = WatchState.load(file);
    state.putFeed("http://127.0.0.1/feed", new WatchState.FeedState("\"v3\"", "Mon, 01 Jun 2026 10:00:00 GMT",
        "2026-06-01T08:15:00Z", 0));
    state.markSeen(List.of("id:a", "url:http://127.0.0.1/a"));
    state.putPending(new WatchState.PendingItem(List.of("id:b", "url:http://127.0.0.1/b"), "http://127.0.0.1/b",
        "http://127.0.0.1/feed", "B", null, "Feed", 2, "2026-06-01T08:04:00Z", "HTTP 503"));
    state.save();

    WatchState again = WatchState.load(file);
    assertEquals("\"v3\"", again.feed("http://127.0.0.1/feed").etag());
    assertTrue(again.known(List.of("url:http://127.0.0.1/a")), "either key recognises a seen item");
    assertTrue(again.known(List.of("id:b")), "a pending item is known");
    assertFalse(again.known(List.of("id:c", "url:http://127.0.0.1/c")));
    assertEquals(2, again.pending().get(0).attempts());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }

    again.markSeen(List.of("id:b", "url:http://127.0.0.1/b"));
    assertEquals(List.of(), again.pending(), "delivered items no longer wait");
  }

  @Test
  void aFileThatIsNoStateIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("state.json"), "{\"version\":1,\"feedz\":{}}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WatchState.load(file));
    assertTrue(e.getMessage().startsWith("not a watch state file: " + file), e.getMessage());
    Files.writeString(file, "{\"version\":7,\"feeds\":{},\"seen\":[],\"pending\":[]}");
    assertThrows(IllegalArgumentException.class, () -> WatchState.load(file));
  }
}

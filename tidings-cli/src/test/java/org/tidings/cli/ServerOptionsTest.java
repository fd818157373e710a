package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --server} refused with a clear message when it cannot work; nothing is coded or stored here. */
class ServerOptionsTest {
  @TempDir Path dir;

  @Test
  void aMissingTokenFileABadUrlOrAnUnreachableServerIsSaidPlainly() throws Exception {
    Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"Putin spoke in Moscow.\"}\n");
    Run noToken = Run.of("ingest", in.toString(), "--server", "http://127.0.0.1:7070", "--token-file",
        dir.resolve("missing.token").toString());
    assertEquals(2, noToken.exitCode());
    assertTrue(noToken.err().contains("--token-file: " + dir.resolve("missing.token") + " does not exist"), noToken.err());
    Path token = Files.writeString(dir.resolve("server.token"), "abc\n");
    Run badUrl = Run.of("ingest", in.toString(), "--server", "ftp://example.org", "--token-file", token.toString());
    assertEquals(2, badUrl.exitCode());
    assertTrue(badUrl.err().contains("--server: expected http://HOST:PORT, got 'ftp://example.org'"), badUrl.err());
    Run both = Run.of("ingest", in.toString(), "--server", "http://127.0.0.1:7070", "--db", dir.resolve("x.duckdb").toString(),
        "--token-file", token.toString());
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("--server excludes --out, --db and --index"), both.err());
    Run down = Run.of("ingest", in.toString(), "--server", "http://127.0.0.1:9", "--token-file", token.toString(), "--no-progress");
    assertEquals(2, down.exitCode());
    assertTrue(down.err().contains("cannot send articles to http://127.0.0.1:9/api/articles"), down.err());
    assertTrue(Files.notExists(dir.resolve("x.duckdb")), "no store was opened");
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:9/feed.xml\n");
    Run watch = Run.of("watch", feeds.toString(), "--once", "--server", "http://127.0.0.1:9", "-o", dir.resolve("o.jsonl").toString(),
        "--token-file", token.toString());
    assertEquals(2, watch.exitCode());
    assertTrue(watch.err().contains("--server and --out exclude each other"), watch.err());
  }
}

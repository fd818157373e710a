package org.tidings.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.tidings.model.Outcome;
import org.tidings.store.StoreLocation;
import org.tidings.store.search.IndexedEventStore;

/** A real API server on a free loopback port over a new DuckDB store holding {@code outcomes}; close stops both. */
final class TestServer implements AutoCloseable {
  final IndexedEventStore store;
  final ApiServer server;

  private TestServer(IndexedEventStore store, ApiServer server) {
    this.store = store;
    this.server = server;
  }

  static TestServer start(Path storeFile, List<? extends Outcome> outcomes) {
    IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(storeFile.toString()), null);
    store.ingestAll(outcomes);
    return new TestServer(store, ApiServer.start(store, "127.0.0.1", 0));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  @Override
  public void close() {
    server.stop();
    store.close();
  }
}

package org.tidings.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --server URL} and its token file: for commands that can send to a running server instead of opening its store. */
final class ServerOptions {
  @Option(names = "--server", description = "Send to a running `tidings serve` at this URL (e.g. http://localhost:7070),"
      + " which codes, stores and indexes the articles in the store it holds, instead of opening a store here.")
  String server;

  @Option(names = "--token-file", description = "With --server: the server's bearer-token file (default: DATA/server.token).")
  Path tokenFile;

  /** True when a server is given. */
  boolean given() {
    return server != null;
  }

  /** A client of the server; see {@link ServerClient#of}. */
  ServerClient client() {
    return ServerClient.of(server, tokenFile != null ? tokenFile : DataDirectory.token());
  }
}

package org.tidings.cli;

import java.nio.file.Path;

/** Where Tidings keeps its files: {@code $TIDINGS_HOME}, else {@code $XDG_DATA_HOME/tidings}, else {@code ~/.local/share/tidings}. */
final class DataDirectory {
  private DataDirectory() {}

  static Path resolve() {
    String home = System.getenv("TIDINGS_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "tidings");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "tidings");
  }

  /** Where {@code tidings gazetteer import} writes, and where the pipeline looks for a gazetteer first. */
  static Path gazetteer() {
    return resolve().resolve("gazetteer").resolve("gazetteer.tsv.gz");
  }

  /** The default bearer-token file of {@code tidings serve} and of its clients ({@code --server}). */
  static Path token() {
    return resolve().resolve("server.token");
  }
}

package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that progress bars and escape codes stay out of redirected logs. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard error is an interactive terminal: the JVM has a console (standard input and
   * output are terminals) and, where {@code /proc} tells, file descriptor 2 is a terminal device
   * too; {@code TERM=dumb} counts as none.
   */
  static boolean stderrIsTerminal() {
    if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return true; // no /proc (not Linux): the console is all we know
    }
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}

package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.process.PTBTokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The command line's log (slf4j-simple, configured in tidings-server's {@code simplelogger.properties})
 * keeps CoreNLP's warnings ("Untokenizable", "No document date specified") out of the user's stderr;
 * the project's own warnings still show.
 */
class LoggingTest {
  @Test
  void coreNlpWarningsStayOutOfStandardError() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      PTBTokenizer.newPTBTokenizer(new StringReader("Talks \uFFFC resumed.")).tokenize();
      LoggerFactory.getLogger("org.tidings.cli.LoggingTest").warn("a warning of our own");
    } finally {
      System.setErr(saved);
    }
    String err = captured.toString(StandardCharsets.UTF_8);
    assertFalse(err.contains("Untokenizable"), err);
    assertTrue(err.contains("a warning of our own"), err);
  }
}

package org.tidings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tidings} command: news in, event data out. */
@Command(
    name = "tidings",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand too
    version = "tidings 0.1.0",
    description = "Turns news into event data: who did or said what to whom, where and when.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      PublishCommand.class,
      ConsumeCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Tidings implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // Bind the log once, up front: worker threads logging while it binds make slf4j print a warning.
    org.slf4j.LoggerFactory.getILoggerFactory();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Tidings());
    cl.registerConverter(java.time.LocalDate.class, Tidings::day);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
              || e instanceof org.tidings.store.StoreException || e instanceof org.tidings.pipeline.places.GazetteerException) {
            cmd.getErr().println("tidings: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cl;
  }

  /** A day option's value: an ISO day, or a message saying what was expected (not the parser's exception). */
  static java.time.LocalDate day(String text) {
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a day such as 2021-10-13 (year-month-day), got '" + text + "'");
    }
  }
}

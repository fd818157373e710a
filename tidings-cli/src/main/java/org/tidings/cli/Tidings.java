package org.tidings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tidings} command: news in, event data out. */
@Command(
    name = "tidings",
    mixinStandardHelpOptions = true,
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
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
              || e instanceof org.tidings.store.StoreException) {
            cmd.getErr().println("tidings: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cl;
  }
}

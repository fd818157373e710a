package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidings.pipeline.places.GazetteerException;
import org.tidings.pipeline.places.GeoNamesImport;
import org.tidings.pipeline.places.PlaceResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings gazetteer import FILE}: the user's own gazetteer from a GeoNames dump. */
@Command(
    name = "gazetteer",
    description = "Manage the gazetteer the places stage resolves names with.",
    subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tidings gazetteer import FILE [--out PATH] [--min-population N]}. */
  @Command(
      name = "import",
      description = "Import a GeoNames dump (allCountries.txt, cities500.txt, a country file, or its .zip);"
          + " the pipeline then uses it instead of the built-in gazetteer.")
  static final class Import implements Callable<Integer> {
    @Parameters(index = "0", description = "GeoNames dump: 19 tab-separated columns a line, plain or zipped.")
    Path file;

    @Option(names = "--out", description = "Where to write (default: gazetteer/gazetteer.tsv.gz in the data directory).")
    Path out;

    @Option(names = "--min-population", description = "Least population of a populated place to keep (default 500).")
    long minPopulation = 500;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path target = out != null ? out : DataDirectory.gazetteer();
      PrintWriter err = spec.commandLine().getErr();
      GeoNamesImport.Result r;
      try {
        r = new GeoNamesImport(PlaceResources.builtIn().gazetteer(), minPopulation)
            .run(file, target, (lines, places) -> {
              err.printf(Locale.ROOT, "\rread %,d lines, kept %,d places", lines, places);
              err.flush();
            });
      } catch (GazetteerException e) {
        err.println();
        err.println("tidings: " + e.getMessage());
        return 1;
      }
      err.println();
      r.firstBad().forEach(b -> err.println("skipped malformed " + b));
      if (r.bad() > r.firstBad().size()) {
        err.printf(Locale.ROOT, "... and %,d more malformed lines%n", r.bad() - r.firstBad().size());
      }
      spec.commandLine().getOut().printf(Locale.ROOT,
          "imported %,d places from %s (%,d lines, %,d malformed skipped) and %,d countries, regions and"
              + " divisions from the built-in gazetteer -> %s%n",
          r.imported(), file, r.lines(), r.bad(), r.carried(), r.output());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}

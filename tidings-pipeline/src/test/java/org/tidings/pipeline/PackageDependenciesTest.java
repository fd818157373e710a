package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ties between packages that were cut (issue 22) stay cut. Reads the main sources as text:
 * every fully qualified {@code org.tidings.pipeline...Type} a file names, in an import or in code,
 * is a dependency of the file's package on the type's. Each rule names what it keeps apart and
 * why; a failure lists the offending files and references.
 */
class PackageDependenciesTest {
  /** Surefire runs in the module folder. */
  private static final Path MAIN = Path.of("src", "main", "java", "org", "tidings", "pipeline");
  private static final Path ROOT = Path.of("..");
  private static final Pattern REFERENCE = Pattern.compile("org\\.tidings\\.pipeline\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*)");

  /** A reference from a source file to a type: packages relative to org.tidings.pipeline ("" for the root). */
  record Reference(String file, String fromPackage, String toPackage, String type) {
    @Override
    public String toString() {
      return file + " -> " + (toPackage.isEmpty() ? "" : toPackage + ".") + type;
    }
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(Path file) {
    Path dir = MAIN.relativize(file).getParent();
    return dir == null ? "" : dir.toString().replace(java.io.File.separatorChar, '.');
  }

  static List<Reference> references() {
    List<Reference> out = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      String from = packageOf(file);
      Matcher m = REFERENCE.matcher(read(file));
      while (m.find()) {
        String to = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
        if (!to.equals(from)) {
          out.add(new Reference(MAIN.relativize(file).toString(), from, to, m.group(2)));
        }
      }
    }
    return out;
  }

  private static boolean in(String pkg, String... roots) {
    for (String root : roots) {
      if (pkg.equals(root) || pkg.startsWith(root + ".")) {
        return true;
      }
    }
    return false;
  }

  private static void forbid(String why, Predicate<Reference> bad) {
    List<Reference> found = references().stream().filter(bad).toList();
    assertEquals(List.of(), found, why);
  }

  @Test
  void theScanSeesTheKnownTies() {
    List<Reference> refs = references();
    assertTrue(refs.stream().anyMatch(r -> r.fromPackage().equals("events") && r.toPackage().equals("lexicon")), refs::toString);
    assertTrue(refs.stream().anyMatch(r -> r.fromPackage().equals("watch") && r.type().equals("Pipeline")), refs::toString);
  }

  @Test
  void noWildcardImportsHideATie() {
    Pattern wildcard = Pattern.compile("import org\\.tidings\\.pipeline[\\w.]*\\.\\*;");
    for (Path file : javaFiles(MAIN)) {
      assertTrue(!wildcard.matcher(read(file)).find(), file + " imports a whole package");
    }
  }

  @Test
  void outputWritesEveryLayerAndCallsNoStage() {
    forbid("output (JSON and text lines of every layer) reads the model only: no stage package, no callbacks",
        r -> in(r.fromPackage(), "output"));
    forbid("no stage writes JSON: the layers' output forms live in output",
        r -> in(r.toPackage(), "output") && !in(r.fromPackage(), "watch"));
  }

  @Test
  void syntaxAndLexiconSitAtTheBottom() {
    forbid("syntax (the parse index) and lexicon (WordNet) depend on no other package of the pipeline",
        r -> in(r.fromPackage(), "syntax", "lexicon"));
    forbid("quotes and events read the parse through syntax, not actors",
        r -> in(r.fromPackage(), "quotes", "events") && r.type().equals("ParseIndex") && !r.toPackage().equals("syntax"));
  }

  @Test
  void quotesTakeWordNetFromTheLexiconNotFromEvents() {
    forbid("quotes do not depend on events", r -> in(r.fromPackage(), "quotes") && in(r.toPackage(), "events"));
    for (Path file : javaFiles(MAIN)) {
      assertTrue(!read(file).contains(".events().wordNet("), file + " takes WordNet from the events registry");
    }
  }

  @Test
  void eventsReadPlacesThroughThePlacesLayerNotTheGazetteer() {
    forbid("the events stage asks places.Countries (or reads the places layer), never the gazetteer",
        r -> in(r.fromPackage(), "events") && r.toPackage().equals("places")
            && (r.type().startsWith("Gazetteer") || r.type().equals("GeoNamesImport")));
  }

  @Test
  void theWatcherSitsOnTopOfThePipeline() {
    forbid("extract reads input only: it does not run the pipeline, write output or watch feeds",
        r -> in(r.fromPackage(), "extract") && (r.toPackage().isEmpty() || in(r.toPackage(), "output", "watch")));
    forbid("no stage depends on the watcher", r -> in(r.toPackage(), "watch") && !in(r.fromPackage(), "watch"));
  }

  @Test
  void coreNlpStaysInAnnotateAndToolsStayOut() {
    for (Path file : javaFiles(MAIN)) {
      String pkg = packageOf(file);
      assertTrue(in(pkg, "annotate") || !read(file).contains("edu.stanford.nlp"), file + " uses CoreNLP outside annotate");
      String name = file.getFileName().toString();
      assertTrue(!name.endsWith("Baseline.java") && !name.endsWith("Probe.java"),
          file + ": evaluation baselines and benchmark probes belong in tidings-eval / tidings-bench");
    }
  }

  /**
   * Word classes come from {@link org.tidings.pipeline.syntax.PennTag} and entity kinds from {@link
   * org.tidings.pipeline.syntax.NerTag}, not from tests on tag strings, in every package.
   */
  @Test
  void partOfSpeechIsAskedOfPennTag() {
    Pattern stringly = Pattern.compile("\\.(pos|ner)\\(\\)\\.(startsWith|endsWith|equals)\\(\"");
    for (Path file : javaFiles(MAIN)) {
      assertTrue(!stringly.matcher(read(file)).find(), file + " tests a tag string; use PennTag or NerTag");
    }
  }

  /** The server reads the store; only its tests code articles, so CoreNLP stays off its class path. */
  @Test
  void theServerUsesThePipelineInTestsOnly() {
    String pom = read(ROOT.resolve("tidings-server/pom.xml"));
    Matcher dep = Pattern.compile("<dependency>(?:(?!</dependency>).)*<artifactId>tidings-pipeline</artifactId>(?:(?!</dependency>).)*</dependency>",
        Pattern.DOTALL).matcher(pom);
    assertTrue(dep.find(), "tidings-server/pom.xml names tidings-pipeline");
    assertTrue(dep.group().contains("<scope>test</scope>"), dep.group());
    for (Path file : javaFiles(ROOT.resolve("tidings-server/src/main/java"))) {
      assertTrue(!read(file).contains("org.tidings.pipeline"), file + " uses the pipeline");
    }
  }

  /**
   * One adapter per outside engine (issue 21): Spark only in tidings-spark, the Kafka client only in
   * tidings-stream, so that no other module carries them on its class path.
   */
  @Test
  void sparkAndKafkaStayInTheirModules() {
    for (String module : List.of("tidings-model", "tidings-pipeline", "tidings-eval", "tidings-store", "tidings-bench",
        "tidings-server", "tidings-cli", "tidings-stream", "tidings-spark")) {
      String pom = read(ROOT.resolve(module + "/pom.xml"));
      assertTrue(module.equals("tidings-spark") || !pom.contains("<artifactId>spark-"), module + "/pom.xml names Spark");
      assertTrue(module.equals("tidings-stream") || !pom.contains("<groupId>org.apache.kafka</groupId>"),
          module + "/pom.xml names Kafka");
      for (Path file : javaFiles(ROOT.resolve(module + "/src/main/java"))) {
        String text = read(file);
        assertTrue(module.equals("tidings-spark") || !text.contains("org.apache.spark"), file + " uses Spark");
        assertTrue(module.equals("tidings-stream") || !text.contains("org.apache.kafka"), file + " uses the Kafka client");
      }
    }
  }
}

package org.tidings.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.eval.events.corpus.EventCorpus;
import org.tidings.eval.events.corpus.EventTrainer;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.Encoders;
import org.tidings.pipeline.events.learn.TriggerInput;
import org.tidings.pipeline.places.PlaceResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings train events --data corpus/events --out FILE [--seed N] [--epochs N] [--encoder NAME,...]
 * [--hidden N,...] [--input word|context,...] [--members N,...] [--negatives F] [--no-refit]}: fits on the train split, chooses on dev, then fits the chosen variant again on train and
 * dev (unless --no-refit); never reads test.
 */
@Command(name = "train", description = "Train a model from annotated data (events: the learned event coder).")
final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "What to train: events.")
  String what;

  @Option(names = "--data", required = true, description = "The annotated corpus folder (corpus/events).")
  Path data;

  @Option(names = "--out", required = true, description = "Model file to write (gzipped JSON).")
  Path out;

  @Option(names = "--seed", defaultValue = "18", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--hidden", defaultValue = "256", split = ",", description = "Hidden units of the trigger head, 0 for linear; several (comma-separated) are each trained and the best on dev kept (default: ${DEFAULT-VALUE}).")
  java.util.List<Integer> hidden;

  @Option(names = "--negatives", defaultValue = "0.4", description = "Fraction of non-trigger words kept for training (default: ${DEFAULT-VALUE}).")
  double negatives;

  @Option(names = "--epochs", defaultValue = "8", description = "Passes over the training examples (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--input", defaultValue = "word", split = ",", description = "What the trigger head reads: 'word' (the word's vector) or 'context' (also its governor's and its sentence's mean); several are each tried (default: ${DEFAULT-VALUE}).")
  java.util.List<String> input;

  @Option(names = "--members", defaultValue = "1", split = ",", description = "Trigger heads fitted with successive seeds and averaged (a seed ensemble); several counts are each tried (default: ${DEFAULT-VALUE}).")
  java.util.List<Integer> members;

  @Option(names = "--no-refit", description = "Ship the heads fitted on train only, instead of fitting the chosen variant again on train and dev together (thresholds and calibration chosen on dev either way).")
  boolean noRefit;

  @Option(names = "--encoder", defaultValue = Encoders.DEFAULT, split = ",", description = "Encoder whose vectors the model reads ('none' for none); several (comma-separated) are each tried and the best on dev kept (default: ${DEFAULT-VALUE}).")
  java.util.List<String> encoder;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!what.equals("events")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown model '" + what + "'; known: events");
    }
    EventCorpus corpus = EventCorpus.read(data);
    if (!corpus.missingTexts().isEmpty()) {
      System.err.printf("train: %d annotated articles have no text here and are left out (e.g. %s); "
          + "rebuild their texts with python3 scripts/events_corpus.py texts%n", corpus.missingTexts().size(), corpus.missingTexts().get(0));
    }
    PipelineResources resources = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
    int cores = Runtime.getRuntime().availableProcessors();
    java.util.List<org.tidings.pipeline.events.learn.SentenceEncoder> encoders =
        encoder.stream().map(name -> Encoders.byName(name, cores)).toList();
    EventTrainer trainer = new EventTrainer(resources, encoders.get(0), System.err);
    java.util.List<EventTrainer.Settings> variants = new java.util.ArrayList<>();
    for (int h : hidden) {
      for (String in : input) {
        for (int m : members) {
          variants.add(new EventTrainer.Settings(seed, epochs, "train", "dev", h, negatives, TriggerInput.byId(in), m));
        }
      }
    }
    EventModel model = trainer.trainBest(corpus, encoders, variants, !noRefit);
    model.write(out);
    spec.commandLine().getOut().println("wrote " + out + ": " + model.card());
    return 0;
  }
}

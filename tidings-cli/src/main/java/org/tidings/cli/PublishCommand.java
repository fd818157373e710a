package org.tidings.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.stream.KafkaArticleSink;
import org.tidings.stream.KafkaTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings publish PATH kafka://host:port/topic}: puts every input item of a file or
 * directory (the {@code ingest} formats) on a Kafka topic for {@code tidings consume} workers, as
 * {@code tidings watch --to} does with feed items: a back-fill of the stream.
 */
@Command(name = "publish", description = "Put every article of a file or directory on a Kafka topic for `tidings consume`.")
final class PublishCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "A .txt, .jsonl, .html or .warc[.gz] file, or a directory of them.")
  Path input;

  @Parameters(index = "1", description = "The topic: kafka://host:port/topic.")
  String topic;

  @Option(names = "--config", description = "Pipeline settings JSON file (its maxChars applies; unknown keys are rejected).")
  Path config;

  @Mixin MetadataOptions metadata = new MetadataOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    KafkaTopic kafka = KafkaTopic.parse(topic);
    PipelineConfig settings = config == null ? PipelineConfig.DEFAULT : PipelineConfig.read(config);
    InputReader reader = new InputReader(new TextCleaner(settings.maxChars()), metadata.defaults());
    long start = System.nanoTime();
    try (KafkaArticleSink sink = new KafkaArticleSink(kafka); Stream<InputItem> items = reader.read(input)) {
      for (Iterator<InputItem> it = items.iterator(); it.hasNext(); ) {
        sink.accept(it.next());
      }
      spec.commandLine().getOut().println(String.format(Locale.ROOT, "%d items published in %.1f s -> %s",
          sink.sent(), (System.nanoTime() - start) / 1e9, kafka));
    }
    return 0;
  }
}

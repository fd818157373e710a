package org.tidings.cli;

import org.tidings.pipeline.extract.InputDefaults;
import picocli.CommandLine.Option;

/** Article metadata for inputs that carry none (plain text). */
final class MetadataOptions {
  @Option(names = "--title", description = "Headline of the article.")
  String title;

  @Option(names = "--published", description = "Publication date or date-time, e.g. 2021-10-13 or 2021-10-13T08:30Z.")
  String published;

  @Option(names = "--url", description = "Where the article was published.")
  String url;

  @Option(names = "--source", description = "Publisher name.")
  String source;

  InputDefaults defaults() {
    return new InputDefaults(title, published, url, source);
  }
}
